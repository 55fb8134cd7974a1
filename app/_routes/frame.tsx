import type { ReactNode } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { SiteFrame } from '@/components/SiteFrame';
import type { LanguageLink, NavigationLink } from '@/components/SiteHeader';
import type { Post } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { getEvents, getQuestions, getReleaseProjects } from '@/lib/site-index/hubs';
import { getTranslations, hasPosts } from '@/lib/site-index/queries';
import { getSectionLinks } from '@/lib/site-index/section-links';
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
 * The header's navigation of a language (site.config.ts), as URLs, with the links to its sections after
 * the first entry (getSectionLinks); a hub (releases, events, questions) the language has no entries
 * for is left out, as the sitemap leaves it out.
 */
export function navigationLinks(lang: Language): NavigationLink[] {
  const emptyHubs = new Set([
    ...(getReleaseProjects(lang).length === 0 ? [releasesUrl(lang)] : []),
    ...(getEvents(lang).length === 0 ? [eventsUrl(lang)] : []),
    ...(getQuestions(lang).length === 0 ? [questionsUrl(undefined, lang)] : []),
  ]);
  const [first, ...rest] = siteConfig.languages[lang].navigation.map((item) => ({ label: item.label, url: languagePathUrl(item.path, lang) }));
  const configured = new Set([first, ...rest].map((item) => item?.url));
  const sections = getSectionLinks(lang).filter((link) => !configured.has(link.url));
  return [...(first ? [first] : []), ...sections, ...rest].filter((item) => !emptyHubs.has(item.url));
}

/** Where a page stands, for the navigation to mark. */
interface PageLocation {
  /** The page's URL. */
  url: string;
  /** A list that shows the page, when its URL does not say so (a post of a main section is listed on the home). */
  listedOn?: string;
}

/**
 * The navigation with the page's own link marked `page` and the link of the section it belongs to
 * marked `true`: the deepest link whose URL starts the page's URL. The home's URL starts every URL,
 * so the home link marks only the pages listed on it (its later pages, posts of the main sections).
 */
export function markCurrentLink(links: NavigationLink[], lang: Language, { url, listedOn }: PageLocation): NavigationLink[] {
  const home = homeUrl(lang);
  const own = links.find((link) => link.url === url);
  const section = own
    ? undefined
    : (links.filter((link) => link.url !== home && url.startsWith(link.url)).sort((a, b) => b.url.length - a.url.length)[0] ??
      links.find((link) => link.url === listedOn));
  return links.map((link) => (link === own ? { ...link, current: 'page' } : link === section ? { ...link, current: 'true' } : link));
}

function postLocation(post: Post): PageLocation {
  const mainSections: readonly string[] = siteConfig.mainSections;
  const isOnHome = post.section !== null && mainSections.includes(post.section);
  return { url: postUrl(post), listedOn: isOnHome ? homeUrl(post.lang) : undefined };
}

interface LanguagePageProps extends Partial<PageLocation> {
  lang: Language;
  /** The post the page shows: the switcher leads to its translation, and its URL is the page's. */
  post?: Post;
  children: ReactNode;
}

/**
 * A page of a language: header, main, footer. The header marks the page's link and its section's
 * (by `url`, or the post's); a page without a URL (not found) marks none.
 */
export function LanguagePage({ lang, post, url, listedOn, children }: LanguagePageProps) {
  const location = url !== undefined ? { url, listedOn } : post && postLocation(post);
  const navigation = location ? markCurrentLink(navigationLinks(lang), lang, location) : navigationLinks(lang);
  return (
    <SiteFrame lang={lang} navigation={navigation} languageLinks={languageLinks(lang, post)}>
      {children}
    </SiteFrame>
  );
}
