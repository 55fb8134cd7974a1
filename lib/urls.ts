// Every URL the site writes comes from here: pages, feeds and sitemaps agree, and the
// base path (BASE_PATH, e.g. /weekly) is applied in this one place.
import { siteConfig, type Language } from '@/site.config';
import type { Post, Term, TermKind } from './content/post';

/** The deployment's base path: "" at the root, "/weekly" under a sub-path. next.config.js validates it. */
export const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/** Percent-encodes each segment (Chinese included) so that links work on every static host. */
function joinSegments(segments: string[]): string {
  return segments.map((segment) => encodeURIComponent(segment)).join('/');
}

function languagePrefix(lang: Language): string {
  return lang === siteConfig.defaultLanguage ? '' : `/${lang}`;
}

/** A root-relative path with the base path in front of it: what an href or src needs. */
export function withBasePath(path: string): string {
  return basePath + path;
}

export function homeUrl(lang: Language = siteConfig.defaultLanguage, page = 1): string {
  return withBasePath(`${languagePrefix(lang)}/${page > 1 ? `page/${page}/` : ''}`);
}

export function postUrl(post: Pick<Post, 'lang' | 'slug'>): string {
  return withBasePath(`${languagePrefix(post.lang)}/blog/${joinSegments(post.slug)}/`);
}

export function termIndexUrl(kind: TermKind, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/${kind}/`);
}

export function termUrl(term: Pick<Term, 'kind' | 'segment'>, lang: Language = siteConfig.defaultLanguage, page = 1): string {
  const pagePath = page > 1 ? `page/${page}/` : '';
  return withBasePath(`${languagePrefix(lang)}/${term.kind}/${joinSegments([term.segment])}/${pagePath}`);
}

/** Where a page bundle's files are served: the post's own folder. */
export function postAssetBase(post: Pick<Post, 'lang' | 'slug'>): string {
  return postUrl(post);
}

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves a URL written in a post: remote URLs, anchors and schemes stay as written,
 * root-relative ones get the base path, and an asset path relative to a page bundle
 * points into the bundle's folder (`assetBase`).
 */
export function resolvePostUrl(url: string, assetBase: string | null): string {
  if (url === '' || url.startsWith('//') || url.startsWith('#') || hasScheme.test(url)) return url;
  if (url.startsWith('/')) return withBasePath(url);
  return assetBase === null ? url : assetBase + url.replace(/^\.\//, '');
}

/** The absolute URL of a site path (for canonical links and feeds), with SITE_URL applied. */
export function absoluteUrl(pathWithBase: string): string {
  return new URL(pathWithBase, `${siteConfig.url.replace(/\/$/, '')}/`).href;
}

// The hubs: pages that gather every ReleaseNote, EventCard and QA of the posts.

export function releasesUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/releases/`);
}

export function releaseProjectUrl(segment: string, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/releases/${joinSegments([segment])}/`);
}

/** The RSS feed of one project's releases. */
export function releaseFeedUrl(segment: string, lang: Language = siteConfig.defaultLanguage): string {
  return `${releaseProjectUrl(segment, lang)}feed.xml`;
}

export function eventsUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/events/`);
}

/** One event's iCalendar file, for "add to calendar". */
export function eventCalendarUrl(id: string, lang: Language = siteConfig.defaultLanguage): string {
  return `${eventsUrl(lang)}${joinSegments([id])}.ics`;
}

/** Every event in one iCalendar file, for calendar subscriptions. */
export function calendarUrl(lang: Language = siteConfig.defaultLanguage): string {
  return `${eventsUrl(lang)}calendar.ics`;
}

/** All questions, or those about one project. */
export function questionsUrl(segment?: string, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/qa/${segment ? `${joinSegments([segment])}/` : ''}`);
}

/** A question where its weekly answered it. */
export function questionInPostUrl(question: { id: string; post: Pick<Post, 'lang' | 'slug'> }): string {
  return `${postUrl(question.post)}#${question.id}`;
}
