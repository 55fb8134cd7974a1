import type { ReactNode } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { SiteFrame } from '@/components/SiteFrame';
import type { LanguageLink } from '@/components/SiteHeader';
import type { Post } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { getTranslations, hasPosts } from '@/lib/site-index/queries';
import { homeUrl, postUrl } from '@/lib/urls';

const languages = Object.keys(siteConfig.languages) as Language[];

/**
 * Where the header's language switcher leads from a page: to the post's translation when it has
 * one, else to the other language's home. A language without posts is not offered.
 */
export function languageLinks(lang: Language, post?: Post): LanguageLink[] {
  const translations = post ? getTranslations(post) : new Map<Language, Post>();
  return languages
    .filter((other) => other !== lang && hasPosts(other))
    .map((other) => {
      const translation = translations.get(other);
      return {
        lang: other,
        hrefLang: siteConfig.languages[other].htmlLang,
        name: labelsFor(other).languageName,
        url: translation ? postUrl(translation) : homeUrl(other),
        isTranslation: translation !== undefined,
      };
    });
}

/** A page of a language: header (with the switcher for `post`, if the page is one), main, footer. */
export function LanguagePage({ lang, post, children }: { lang: Language; post?: Post; children: ReactNode }) {
  return (
    <SiteFrame lang={lang} languageLinks={languageLinks(lang, post)}>
      {children}
    </SiteFrame>
  );
}
