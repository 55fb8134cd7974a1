import type { ReactNode } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { SiteFrame } from '@/components/SiteFrame';
import type { LanguageLink, NavigationLink } from '@/components/SiteHeader';
import type { Post } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { getEvents, getQuestions, getReleaseProjects } from '@/lib/site-index/hubs';
import { getTranslations, hasPosts } from '@/lib/site-index/queries';
import { eventsUrl, homeUrl, languagePathUrl, postUrl, questionsUrl, releasesUrl } from '@/lib/urls';

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

/**
 * The header's navigation of a language (site.config.ts), as URLs; a hub (releases, events, questions)
 * the language has no entries for is left out, as the sitemap leaves it out.
 */
export function navigationLinks(lang: Language): NavigationLink[] {
  const emptyHubs = new Set([
    ...(getReleaseProjects(lang).length === 0 ? [releasesUrl(lang)] : []),
    ...(getEvents(lang).length === 0 ? [eventsUrl(lang)] : []),
    ...(getQuestions(lang).length === 0 ? [questionsUrl(undefined, lang)] : []),
  ]);
  return siteConfig.languages[lang].navigation
    .map((item) => ({ label: item.label, url: languagePathUrl(item.path, lang) }))
    .filter((item) => !emptyHubs.has(item.url));
}

/** A page of a language: header (with the switcher for `post`, if the page is one), main, footer. */
export function LanguagePage({ lang, post, children }: { lang: Language; post?: Post; children: ReactNode }) {
  return (
    <SiteFrame lang={lang} navigation={navigationLinks(lang)} languageLinks={languageLinks(lang, post)}>
      {children}
    </SiteFrame>
  );
}
