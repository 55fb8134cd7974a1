// Every URL the site writes comes from here: pages, feeds and sitemaps agree, and the
// base path (BASE_PATH, e.g. /weekly) is applied in this one place.
import { siteConfig, type Language } from '@/site.config';
import { termKinds, type Post, type Term, type TermKind } from './model/post';
import { controlCharacterIn, segmentSizeProblem, shownName } from './model/names';

/** The deployment's base path: "" at the root, "/weekly" under a sub-path. next.config.js validates it. */
export const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

/**
 * Next.js refuses to export a dynamic route whose generateStaticParams() is empty, so a site with
 * no releases, events or questions yet would not build. Such a route gets this one placeholder
 * instead, which answers "not found": the not-found page (noindex), or a feed or calendar file
 * saying so. Nothing links to it.
 */
export const placeholderSegment = '_none';

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

/** The folder of a paginated list's later pages, after the list's own path: /page/2/, /tags/x/page/2/. */
const pagesFolder = 'page/';

function pagePath(page: number): string {
  return page > 1 ? `${pagesFolder}${page}/` : '';
}

/** A list's /page/1/: not a page of its own but a redirect page to the list (`listUrl`), as in Hugo. */
export function firstPageUrl(listUrl: string): string {
  return `${listUrl}${pagesFolder}1/`;
}

export function homeUrl(lang: Language = siteConfig.defaultLanguage, page = 1): string {
  return withBasePath(`${languagePrefix(lang)}/${pagePath(page)}`);
}

/** A path from a language's home (/tags/, as site.config.ts's navigation writes it) as a URL: /en/tags/. */
export function languagePathUrl(path: string, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}${path}`);
}

/** A post at /<section>/<path>/, or a single page (no section) at /<name>/, as Hugo serves them. */
export function postUrl(post: Pick<Post, 'lang' | 'section' | 'slug'>): string {
  const segments = post.section === null ? post.slug : [post.section, ...post.slug];
  return withBasePath(`${languagePrefix(post.lang)}/${joinSegments(segments)}/`);
}

/** A section's list of posts: /<section>/, and /<section>/page/2/… */
export function sectionUrl(section: string, lang: Language = siteConfig.defaultLanguage, page = 1): string {
  return withBasePath(`${languagePrefix(lang)}/${joinSegments([section])}/${pagePath(page)}`);
}

export function termIndexUrl(kind: TermKind, lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/${kind}/`);
}

export function termUrl(term: Pick<Term, 'kind' | 'segment'>, lang: Language = siteConfig.defaultLanguage, page = 1): string {
  return withBasePath(`${languagePrefix(lang)}/${term.kind}/${joinSegments([term.segment])}/${pagePath(page)}`);
}

/** The search page; the header's search form submits to it with ?q=. */
export function searchUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/search/`);
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

/**
 * The name Hugo gives every RSS feed. A section's or a term's one feed has it, so that a subscription
 * made on Hugo keeps working with no second copy in the export (200 tags' copies were 4 MB of a
 * 1,000-post export); the site's own feed is /feed.xml beside Atom and JSON Feed, and copied to /index.xml.
 */
const hugoFeedFile = 'index.xml';

/** The RSS feed of one tag or category: /tags/<tag>/index.xml. */
export function termFeedUrl(term: Pick<Term, 'kind' | 'segment'>, lang: Language = siteConfig.defaultLanguage): string {
  return `${termUrl(term, lang)}${hugoFeedFile}`;
}

/** The RSS feed of one section: /<section>/index.xml. */
export function sectionFeedUrl(section: string, lang: Language = siteConfig.defaultLanguage): string {
  return `${sectionUrl(section, lang)}${hugoFeedFile}`;
}

/** Where Hugo served the site's RSS feed (/index.xml), which the build writes as a copy of /feed.xml. */
export function hugoHomeFeedUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/${hugoFeedFile}`);
}

/** File names the site writes inside a list's folder, which a post's last URL segment must not take. */
export const listFileNames: readonly string[] = [...Object.values(feedFiles), hugoFeedFile];

export function sitemapUrl(): string {
  return withBasePath('/sitemap.xml');
}

export function robotsUrl(): string {
  return withBasePath('/robots.txt');
}

export function archivesUrl(lang: Language = siteConfig.defaultLanguage): string {
  return withBasePath(`${languagePrefix(lang)}/archives/`);
}

/** Where a page bundle's files are served: the post's own folder. */
export function postAssetBase(post: Pick<Post, 'lang' | 'section' | 'slug'>): string {
  return postUrl(post);
}

/** Whether a URL written in a post leads off this site's paths: another site (`//host`, any scheme), an anchor, or nothing. */
export function isOffSitePath(url: string): boolean {
  return url === '' || url.startsWith('//') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Whether a URL is fetched from another web site (http, https or protocol-relative). */
export function isRemoteWebUrl(url: string): boolean {
  return /^(https?:)?\/\//i.test(url);
}

/** Where a site URL's page or file lies in the export folder: the base path taken off, its segments decoded (export folders are UTF-8 in NFC). */
export function exportFileOf(outDir: string, url: string): string {
  const sitePath = exportPathOf(url);
  return `${outDir}${sitePath}${sitePath.endsWith('/') ? 'index.html' : ''}`;
}

/**
 * Resolves a URL written in a post: remote URLs, anchors and schemes stay as written,
 * root-relative ones get the base path, and an asset path relative to a page bundle
 * points into the bundle's folder (`assetBase`), as does a root-relative image that is the bundle's
 * file rather than public/'s (`bundleRootImages`, see Post).
 */
export function resolvePostUrl(url: string, assetBase: string | null, bundleRootImages: readonly string[] = []): string {
  if (isOffSitePath(url)) return url;
  if (assetBase !== null && bundleRootImages.includes(url)) return assetBase + url.slice(1);
  if (url.startsWith('/')) return withBasePath(url);
  return assetBase === null ? url : assetBase + url.replace(/^\.\//, '');
}

/** A post's cover as an src: remote, from public/, or from its page bundle. */
export function coverUrl(post: Pick<Post, 'lang' | 'section' | 'slug' | 'cover' | 'bundleRootImages'>): string | undefined {
  return post.cover && resolvePostUrl(post.cover, postAssetBase(post), post.bundleRootImages);
}

/** The absolute URL of a site path (for canonical links and feeds), with SITE_URL applied. */
export function absoluteUrl(pathWithBase: string): string {
  return new URL(pathWithBase, `${siteConfig.url.replace(/\/$/, '')}/`).href;
}

/**
 * Where a post's source file is edited (siteConfig.editUrl and the file's path in the project), or
 * undefined when no editUrl is set, or when the file is outside the project's folder (CONTENT_DIR
 * elsewhere), where no path of the repository leads to it.
 */
export function postEditUrl(post: Pick<Post, 'file'>): string | undefined {
  const editUrl: string = siteConfig.editUrl;
  const pathSegments = post.file.split(/[\\/]/);
  if (!editUrl || pathSegments[0] === '..' || pathSegments[0] === '' || /^[a-z]:$/i.test(pathSegments[0]!)) return undefined;
  const segments = pathSegments.map((segment) => encodeURIComponent(segment.normalize('NFC')));
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
export function questionInPostUrl(question: { id: string; post: Pick<Post, 'lang' | 'section' | 'slug'> }): string {
  return `${postUrl(question.post)}#${question.id}`;
}

// The paths the site writes itself, which an alias (a redirect page a post asks for) must not take.

/** A site URL as a path of the export folder: the base path taken off, decoded, NFC. */
export function exportPathOf(url: string): string {
  return decodeURIComponent(url.slice(basePath.length)).normalize('NFC');
}

/**
 * Where the export's not-found page is rendered (the post route's placeholder, which finds no post),
 * in the site's root layout; the build moves it to /404.html, which static hosts serve for every missing path.
 */
export function notFoundPageUrl(): string {
  return withBasePath(`/${placeholderSegment}/${placeholderSegment}/`);
}

/** The folder of the islands' script files (lib/outputs/islands.ts), from the export's root. */
export const islandsFolder = '/islands/';

/** Next.js's scripts and styles, and its not-found page, which the export also writes as folders; the placeholders' pages; the islands. */
const nextFolders = ['/_next/', '/404/', '/_not-found/', `/${placeholderSegment}/`, islandsFolder];
const nextFiles = ['/404.html'];

/** The empty file that tells GitHub Pages' branch deploys not to run Jekyll, which drops folders starting with _ (such as _next/). */
export const noJekyllFile = '.nojekyll';

/**
 * File names Next.js serves at the root from app/ by its metadata conventions (app/icon.svg is /icon.svg):
 * all of them, so that adding one to app/ cannot meet an alias already there.
 */
const metadataFileName = /^(favicon\.ico|(icon|apple-icon|opengraph-image|twitter-image)\d*(\.\w+)?|manifest\.(json|webmanifest)|robots\.txt|sitemap\.xml)$/i;

/**
 * What Next.js writes beside every page's index.html for client-side navigation: the page's flight
 * data (index.txt) and its per-segment prefetch files (__next._tree.txt, __next.blog.$c$slug.txt…).
 * Only next/link and router.push fetch them; the build prunes them from the export.
 */
const navigationFileName = /^(index|__next\..+)\.txt$/;

/** Whether a file name of the export is one of Next.js's client-navigation files (see navigationFileName). */
export function isNavigationFile(fileName: string): boolean {
  return navigationFileName.test(fileName);
}

/**
 * What Next.js writes into every exported page for React to run it in the browser. The pages are
 * server components and the parts a reader interacts with are islands (lib/outputs/islands.ts), so
 * the build's "strip runtime" phase (scripts/strip-runtime.ts) removes all of it from every page,
 * then deletes the script files no page names any more. What it does not recognise stops the build.
 */
export const nextRuntimeMarkup = {
  /** Next.js's script files: a <script src> into this folder goes, and so does a <link rel="preload" as="script"> or <link rel="modulepreload">. */
  scriptFolder: '/_next/static/',
  /**
   * How Next.js's inline scripts start: the flight data (React's payload, the page's content once
   * more: `(self.__next_f=self.__next_f||[]).push([0])`, then `self.__next_f.push([1,"…"])`) and
   * Turbopack's chunk registration (`<script id="_R_">(globalThis["TURBOPACK"] || …).push(…)`).
   */
  inlineScriptStarts: ['(self.__next_f=', 'self.__next_f.push(', '(globalThis["TURBOPACK"]', '(globalThis.TURBOPACK'],
  /**
   * The comments React writes for its hydration alone: `<!-- -->` between two texts, `<!--$-->` and
   * `<!--/$-->` around a Suspense boundary. With no React in the browser they are bytes no one reads.
   */
  hydrationComments: [' ', '$', '/$'],
  /**
   * Next.js's container for metadata it streams (`<div hidden=""><!--$--><!--/$--></div>` at the start
   * of <body>): a <div> with only `hidden`, holding only React's comments, is removed whole.
   */
  metadataOutlet: { tagName: 'div' },
  /** React's attribute on each stylesheet it puts into the head (`data-precedence="next"`), which only its client reads. */
  stylesheetAttributes: ['data-precedence'],
  /** Strings only Next.js's runtime writes: a script kept by the phase that holds one is markup the phase does not recognise. */
  fingerprints: ['/_next/', '__next', 'TURBOPACK', '__turbopack', 'self.__'],
} as const;

/**
 * Whether a URL segment is a file name the export writes inside a page's folder: its index.html,
 * Next.js's navigation files (index.txt, __next.*.txt) and a list's feeds. A post whose URL has a
 * folder of that name would need a folder where the page beside it has a file.
 */
export function isPageFolderFileName(segment: string): boolean {
  const name = segment.toLowerCase();
  return name === 'index.html' || isNavigationFile(name) || listFileNames.includes(name);
}

/**
 * The folders the site owns whole (every list and its pages, the hubs, the archives, the search page
 * and index, Next.js's files) and the files it writes at fixed paths (the home pages, the feeds, the
 * sitemap, robots.txt, the not-found page); decoded paths of the export. A folder is claimed whole,
 * not page by page, because what is in it depends on the posts (a tag added next week, page 7 of a
 * list, a project's release feed) and on files written after `next build` (the search index).
 */
export function siteOwnPaths(): { folders: string[]; files: string[] } {
  ownPaths ??= listSiteOwnPaths();
  return ownPaths;
}

// Depends only on the configuration and the base path, which do not change while a process runs.
let ownPaths: { folders: string[]; files: string[] } | undefined;

function listSiteOwnPaths(): { folders: string[]; files: string[] } {
  const folders = [...nextFolders, exportPathOf(searchIndexLocation().scriptUrl).replace(/[^/]*$/, '')];
  const files = [...nextFiles, `/${noJekyllFile}`, exportPathOf(sitemapUrl()), exportPathOf(robotsUrl())];
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const home = exportPathOf(homeUrl(lang));
    folders.push(
      home + pagesFolder,
      ...termKinds.map((kind) => exportPathOf(termIndexUrl(kind, lang))),
      exportPathOf(archivesUrl(lang)),
      exportPathOf(searchUrl(lang)),
      exportPathOf(releasesUrl(lang)),
      exportPathOf(eventsUrl(lang)),
      exportPathOf(questionsUrl(undefined, lang)),
    );
    files.push(`${home}index.html`, `${home}${hugoFeedFile}`, ...(Object.keys(feedFiles) as FeedFormat[]).map((format) => exportPathOf(feedUrl(format, lang))));
  }
  return { folders, files };
}

/**
 * The first URL segments of a language that its sections and single pages must not take, in lower
 * case: the site's own folders and files there (/tags/, /search/, /page/, /feed.xml…) and, at the
 * root, the other languages' folders. Next.js serves a static route folder before the dynamic
 * section segment, so a section named "tags" would never be shown.
 */
export function reservedFirstSegments(lang: Language): Set<string> {
  const prefix = `${languagePrefix(lang)}/`;
  const { folders, files } = siteOwnPaths();
  const reserved = new Set<string>();
  for (const ownPath of [...folders, ...files]) {
    if (!ownPath.startsWith(prefix)) continue;
    const first = ownPath.slice(prefix.length).split('/')[0];
    if (first) reserved.add(first.toLowerCase());
  }
  if (prefix === '/') {
    for (const other of Object.keys(siteConfig.languages)) if (other !== lang) reserved.add(other.toLowerCase());
  }
  return reserved;
}

/** A path of the site's own that an export file would take or pass through. */
export interface SiteOwnPath {
  path: string;
  /** Whether `path` is a folder the site owns whole, rather than one file. */
  isFolder: boolean;
}

/**
 * A path of the export as a static host tells it from another: NFC, one letter case (a build on
 * macOS or Windows merges /A.png and /a.png). Every check that compares paths of the export folds them here.
 */
export function foldExportPath(exportPath: string): string {
  return exportPath.normalize('NFC').toLowerCase();
}

/**
 * The site's own path that writing this export file (a decoded path from the export's root) would
 * overwrite, or need as a folder, or write into; undefined when the file is free. Letter case is
 * ignored: a build on macOS or Windows (case-insensitive file systems) would write /FEED.XML over
 * /feed.xml, and a site's export must not depend on the machine that builds it.
 */
export function siteOwnPathAt(exportFile: string): SiteOwnPath | undefined {
  const { folders, files } = siteOwnPaths();
  const folded = foldExportPath(exportFile);
  const folder = folders.find((candidate) => folded.startsWith(foldExportPath(candidate)));
  if (folder !== undefined) return { path: folder, isFolder: true };
  const segments = exportFile.split('/').slice(1);
  for (let count = 1; count <= segments.length; count++) {
    const prefix = foldExportPath(`/${segments.slice(0, count).join('/')}`);
    const file = files.find((candidate) => foldExportPath(candidate) === prefix);
    if (file !== undefined) return { path: file, isFolder: false };
  }
  if (segments.length > 0 && metadataFileName.test(segments[0]!)) return { path: `/${segments[0]}`, isFolder: false };
  // Kept out of aliases even though the build prunes them: a site that starts using next/link drops the prune.
  const pageData = segments.findIndex((segment) => isNavigationFile(segment.toLowerCase()));
  if (pageData >= 0) return { path: `/${segments.slice(0, pageData + 1).join('/')}`, isFolder: false };
  return undefined;
}

/**
 * Where an alias's redirect page lies in the export, as a decoded path from its root, or why it
 * cannot lie anywhere. The alias is read as a browser and a static host read a URL path: percent-
 * encoding decoded once (then NFC), runs of / and ./ segments dropped, and a path not ending in
 * .html is a folder whose index.html is the page (`/old/index.html` is `/old/`).
 */
export function aliasExportFile(alias: string): { file: string } | { problem: string } {
  if (!alias.startsWith('/')) return { problem: 'must be a path from the site root, such as /2020/07/10/old-url/' };
  if (/[?#]/.test(alias)) return { problem: 'must be a path, without ? or #' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(alias).normalize('NFC');
  } catch {
    return { problem: 'has a % that does not start a percent-encoded UTF-8 character (such as %20); write a % itself as %25' };
  }
  const control = controlCharacterIn(decoded);
  if (control !== undefined) return { problem: `contains the control character ${control}; remove it` };
  if (/[?#\\]/.test(decoded)) return { problem: 'must not hold ?, # or \\, even percent-encoded: a browser reads \\ as /, and ? and # end the path' };
  const parts = decoded.split('/');
  if (parts.includes('..')) return { problem: 'must not climb out of a folder with ..' };
  const segments = parts.filter((part) => part !== '' && part !== '.');
  for (const segment of segments) {
    const tooLong = segmentSizeProblem(segment);
    if (tooLong !== undefined) return { problem: `has a segment "${shownName(segment)}" ${tooLong}` };
  }
  const last = parts.at(-1)!;
  if (last === 'index.html') segments.pop();
  const isFile = last !== 'index.html' && last.endsWith('.html');
  return { file: `/${[...segments, ...(isFile ? [] : ['index.html'])].join('/')}` };
}

/**
 * An alias as a path from the site root. Hugo reads an alias without a leading / against the page's
 * parent path: "posts/2018-12-06-01" of /blog/sofa-bolt/ is /blog/posts/2018-12-06-01/.
 */
export function resolveAlias(alias: string, pageUrl: string): string {
  if (alias.startsWith('/')) return alias;
  const parent = pageUrl.slice(basePath.length).replace(/[^/]*\/$/, '');
  return new URL(alias, `https://site.invalid${parent}`).pathname;
}

// Route params: the inverse of the paths above, as Next.js hands them to a route.

/**
 * Route params arrive percent-encoded in Next.js 16 (in `next dev` and during the export)
 * while generateStaticParams returns them raw: decode each one once, here, and compare in NFC.
 */
export function decodeRouteParam(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not valid percent-encoding: it was raw text all along.
  }
  return decoded.normalize('NFC');
}

/** A page number from a /page/<n>/ route, or NaN when it is not a whole number. */
export function pageParam(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The kind of term a /tags/… or /categories/… route is about, or undefined for any other segment. */
export function termKindParam(value: string): TermKind | undefined {
  return termKinds.find((kind) => kind === value);
}



export function atLeastOneParam<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
