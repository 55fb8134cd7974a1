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

export function languagePrefix(lang: Language): string {
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

/** The search page; the header's search form submits to it with ?q=. */
export function searchUrl(): string {
  return withBasePath('/search/');
}

/**
 * Pagefind's browser script (the build's search index step writes it into the export), and the
 * base path that Pagefind puts in front of the URLs it finds.
 */
export function searchIndexLocation(): { scriptUrl: string; baseUrl: string } {
  return { scriptUrl: withBasePath('/pagefind/pagefind.js'), baseUrl: withBasePath('/') };
}

/** The site's feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1. */
export type FeedFormat = 'rss' | 'atom' | 'json';

const feedFiles: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

export function feedUrl(format: FeedFormat, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/${feedFiles[format]}`);
}

/** The RSS feed of one tag or category: /tags/<tag>/feed.xml. */
export function termFeedUrl(term: Pick<Term, 'kind' | 'segment'>, lang: Language = siteConfig.defaultLanguage): string {
  return `${termUrl(term, lang)}${feedFiles.rss}`;
}

export function archivesUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/archives/`);
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

/** Where a post's source file is edited (siteConfig.editUrl and the file's path), or undefined when no editUrl is set. */
export function postEditUrl(post: Pick<Post, 'file'>): string | undefined {
  const editUrl: string = siteConfig.editUrl;
  if (!editUrl) return undefined;
  const segments = post.file.split(/[\\/]/).map((segment) => encodeURIComponent(segment.normalize('NFC')));
  return `${editUrl.replace(/\/?$/, '/')}${segments.join('/')}`;
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
