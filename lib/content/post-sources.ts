// Finding post files and making each a Post from its parsed text: everything of loading a post but
// parsing its body and compiling it, which lib/content/load-posts.ts adds. Kept apart so that loading
// a post both caches hold needs neither the MDX compiler nor its plugins: `npm run check` on posts it
// checked before loads only this, which takes a fraction of the time of loading the compiler.
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { siteConfig, type Language } from '@/site.config';
import { bundleFileKind, isSvgFile } from './asset-files';
import { readBundleFiles, readRegularFile, svgErrors, symbolicLinkError, type BundleFiles } from './bundle-files';
import { ContentError, ContentErrors, reportReference, reviveContentError, type ReferenceProblem } from '../model/content-error';
import { parseSource, type FrontMatter } from './front-matter';
import { compiledBodyInCache, postCompileOptions, removeStaleCompiledMdx } from '../mdx/compile-cache';
import type { CompiledMdx } from '../mdx/compile';
import { componentLostInCompile } from '../mdx/component-lost-in-compile';
import { ParseCache } from './parse-cache';
import type { ContentReport, ImageSize, Post, SectionPage, SourceFormat, UrlUse } from '../model/post';
import { imageFileSize } from './image-sizes';
import { urlize } from '../model/names';
import { aliasExportFile, isOffSitePath, isPageFolderFileName, languagePathUrl, languagePrefix, listFileNames, postUrl, reservedFirstSegments, resolveAlias, siteOwnPathAt } from '../urls';
import { isRegularFileAt, urlPathSegments } from './url-path';
import type { MdxCheck } from '../mdx/check-tree';
import { brokenLinkSeverity } from '../model/build-mode';
import { postBounds } from '../model/post-bounds';
import { sectionTitle } from '../model/section-title';
/** The folder posts are read from: content/, or CONTENT_DIR (benchmarks and tests point it elsewhere). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** What a content file is, by where it lies in its language folder (as Hugo reads the folder). */
export type SourceRole =
  /** A post of a section: content/<lang>/<section>/…/<name>.md or …/<name>/index.md. */
  | 'post'
  /** A file (or a bundle) directly in the language folder: a page at /<name>/ in no list (Hugo's "about" page). */
  | 'single-page'
  /** A section's _index.md: the title and description of the section's list. */
  | 'section-page';

export interface SourceFile {
  absolutePath: string;
  role: SourceRole;
  /** The section's folder name as written; null for a single page. */
  section: string | null;
  /** Folder segments and file name (without extension), relative to the section's folder (the language folder for a single page). */
  pathSegments: string[];
  bundleDir: string | null;
  format: SourceFormat;
}

const postExtensions: Record<string, SourceFormat> = { '.mdx': 'mdx', '.md': 'md' };
const relativePath = (absolutePath: string) => path.relative(process.cwd(), absolutePath);

/** Where problems found while looking for posts go: errors stop the build, warnings are shown. */
type FoundProblems = Pick<ContentReport, 'errors' | 'warnings'>;

/** Reads a page bundle's folder: readBundleFiles, or a caller's memo of it (`next dev` reads again only a bundle that changed). */
export type BundleReader = (bundleDir: string) => BundleFiles;

const isIndexFile = (name: string) => /^index\.mdx?$/.test(name);
const isSectionPageFile = (name: string) => /^_index\.mdx?$/.test(name);

function sortedEntries(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** Where a folder's files belong: the section (null for single pages) and the path segments down to the folder. */
interface Place {
  section: string | null;
  segments: string[];
}

/** A page bundle: its post file and its other files, read by `readBundle`. */
function bundleSource(folder: string, indexes: Dirent[], problems: FoundProblems, readBundle: BundleReader, { section, segments }: Place): SourceFile {
  const index = indexes[0]!;
  if (indexes.length > 1) {
    problems.errors.push(new ContentError(relativePath(path.join(folder, indexes[1]!.name)), 0, 0,
      `the bundle has two post files, ${indexes.map((entry) => entry.name).join(' and ')}, and only one can be its post; merge them into one and delete the other`));
  }
  const bundle = readBundle(folder);
  problems.errors.push(...bundle.errors);
  problems.warnings.push(...bundle.warnings);
  const format = postExtensions[path.extname(index.name)]!;
  return { absolutePath: path.join(folder, index.name), role: section === null ? 'single-page' : 'post', section, pathSegments: segments, bundleDir: folder, format };
}

/**
 * One entry of a folder that is not a folder: a post file, or nothing (with a warning unless it is a
 * file nobody expects to be a post). `_index.md` is a Hugo list page: a section's is read by
 * findLanguageSources and the home page's passes without a word, as hidden files other than .md/.mdx
 * (a tool's) do; a nested section's gets a warning, since what it says is not shown.
 */
function fileSource(entry: Dirent, folder: string, problems: FoundProblems, { section, segments }: Place): SourceFile[] {
  const absolutePath = path.join(folder, entry.name);
  const file = relativePath(absolutePath);
  const format = postExtensions[path.extname(entry.name)];
  if (entry.name.startsWith('.')) {
    if (format) problems.warnings.push(new ContentError(file, 0, 0, 'ignored: a hidden file (its name starts with ".") is not a post; rename it without the dot to publish it, or delete it', 'warning'));
    return [];
  }
  if (isSectionPageFile(entry.name)) {
    if (section !== null && segments.length > 0) {
      const folderPath = [section, ...segments].join('/');
      problems.warnings.push(new ContentError(file, 0, 0,
        `not shown: a nested section's _index.md (Hugo gives the folder ${folderPath} a list page; here only a language's top-level folders, its sections, have one, and this folder's posts keep their URLs); move what it says into a post, and link there`,
        'warning', 'nested-section-page'));
    }
    return [];
  }
  if (entry.name.startsWith('_') && format) {
    problems.warnings.push(new ContentError(file, 0, 0, 'ignored: a name starting with "_" is not a post (only _index.md, a Hugo section page, is expected); rename it without the "_" to publish it, or delete it', 'warning'));
    return [];
  }
  if (!entry.isFile() || !format) {
    problems.warnings.push(new ContentError(file, 0, 0, 'ignored: only .mdx and .md files are posts (images belong in a page bundle, beside index.mdx)', 'warning'));
    return [];
  }
  const pathSegments = [...segments, path.basename(entry.name, path.extname(entry.name))];
  return [{ absolutePath, role: section === null ? 'single-page' : 'post', section, pathSegments, bundleDir: null, format }];
}

/**
 * Posts are `<slug>.mdx` / `<slug>.md`, or a page bundle `<slug>/index.mdx` (or index.md) whose
 * other files are its resources (readBundleFiles() says which are published). Any other file that is
 * not a post is reported. Links are never followed: each is an error.
 */
function findSourceFiles(folder: string, problems: FoundProblems, readBundle: BundleReader, place: Place): SourceFile[] {
  const entries = sortedEntries(folder);
  const indexes = entries.filter((entry) => entry.isFile() && isIndexFile(entry.name));
  if (indexes.length > 0 && place.segments.length > 0) return [bundleSource(folder, indexes, problems, readBundle, place)];
  return entries.flatMap((entry) => {
    const absolutePath = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      problems.errors.push(symbolicLinkError(absolutePath));
      return [];
    }
    if (entry.isDirectory()) return findSourceFiles(absolutePath, problems, readBundle, { ...place, segments: [...place.segments, entry.name] });
    return fileSource(entry, folder, problems, place);
  });
}

/**
 * A language folder as Hugo lays it out: each folder is a section (its _index.md gives its list a
 * title), except a folder with an index.md, which is a single page's bundle; each file is a single
 * page. A section whose URL the site's own pages take (/tags/, /search/, /en/…) is an error: Next.js
 * serves those static routes before any section, so its posts would never be shown.
 */
function findLanguageSources(folder: string, lang: Language, problems: FoundProblems, readBundle: BundleReader): SourceFile[] {
  const reserved = reservedFirstSegments(lang);
  return sortedEntries(folder).flatMap((entry) => {
    const absolutePath = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) {
      problems.errors.push(symbolicLinkError(absolutePath));
      return [];
    }
    if (!entry.isDirectory()) return fileSource(entry, folder, problems, { section: null, segments: [] });
    const inside = sortedEntries(absolutePath);
    const indexes = inside.filter((child) => child.isFile() && isIndexFile(child.name));
    if (indexes.length > 0) return [bundleSource(absolutePath, indexes, problems, readBundle, { section: null, segments: [entry.name] })];
    const segment = urlize(entry.name);
    if (reserved.has(segment)) {
      problems.errors.push(new ContentError(relativePath(absolutePath), 0, 0,
        `the section "${entry.name}" would be served at ${languagePathUrl(`/${segment}/`, lang)}, where the site has its own pages; rename the folder (its posts' URLs change with it; add the old ones to their aliases:)`));
      return [];
    }
    const sectionPages = inside.filter((child) => child.isFile() && isSectionPageFile(child.name)).map((child): SourceFile => ({
      absolutePath: path.join(absolutePath, child.name),
      role: 'section-page',
      section: entry.name,
      pathSegments: [],
      bundleDir: null,
      format: postExtensions[path.extname(child.name)]!,
    }));
    return [...sectionPages.slice(0, 1), ...findSourceFiles(absolutePath, problems, readBundle, { section: entry.name, segments: [] })];
  });
}

/** The largest post file read (see postBounds): past this size the file is not read at all. */
export const maxPostBytes = postBounds.bytes;

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;

function readUtf8(absolutePath: string, file: string): string {
  // The size from the open file, not from the path, so that what is measured is what is read.
  const fd = openSync(absolutePath, 'r');
  let bytes: Buffer;
  try {
    const { size } = fstatSync(fd);
    if (size > maxPostBytes) {
      throw new ContentError(file, 0, 0, `the file is ${kilobytes(size)}, more than the ${kilobytes(maxPostBytes)} a post may have; split it into several posts, and keep data and images as files beside it in a page bundle`);
    }
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, 0, 0, 'the file is not UTF-8 text; save it as UTF-8');
  }
}


/** What a local image URL names: a file it may show, a file that is missing, or a path it may not use. */
type ImageLookup = { kind: 'found'; isBundleFileFromRoot: boolean; absolutePath: string } | { kind: 'missing' | 'refused'; reason: string };

/**
 * What a local image URL names: /x.png a file of public/, x.png a file of the page bundle that is
 * published. /x.png that public/ lacks but the bundle has is the bundle's file, as Hugo themes
 * (SOFAStack's among them) read a cover written from the root. A path that climbs out of its folder
 * is refused from its text alone, so the check never tells whether a file outside content/ and
 * public/ exists.
 */
function lookUpImage(url: string, bundleDir: string | null): ImageLookup {
  const isFromRoot = url.startsWith('/');
  if (!isFromRoot && bundleDir === null) {
    return { kind: 'refused', reason: `the image ${url} is relative, but this post is a single file; make it a page bundle (a folder with index.mdx) and put the image beside it` };
  }
  const segments = urlPathSegments(url);
  if (segments === null) {
    return { kind: 'refused', reason: isFromRoot
      ? `the image ${url} leads out of public/; a path from the site root names a file in public/, like /images/x.png`
      : `the image ${url} leads out of the post's page bundle; put the image in the bundle's folder and write its path from there, like ./x.png` };
  }
  const publicDir = path.resolve('public');
  const isInPublic = isFromRoot && isRegularFileAt(publicDir, segments);
  const isInBundle = !isInPublic && bundleDir !== null && isRegularFileAt(bundleDir, segments);
  if (!isInPublic && !isInBundle) {
    const lookedAt = [...(isFromRoot ? [path.join(publicDir, ...segments)] : []), ...(bundleDir === null ? [] : [path.join(bundleDir, ...segments)])];
    return { kind: 'missing', reason: `the image ${url} does not exist (looked for ${lookedAt.map(relativePath).join(' and ')})` };
  }
  const name = segments.at(-1)!;
  if (isInBundle && bundleFileKind(name) !== 'asset') {
    return { kind: 'refused', reason: `the image ${url} is not published: only images, audio, video and PDF files of a bundle are copied` };
  }
  // A bundle's SVG files are checked where the bundle is read; public/ is checked for the files posts use.
  if (isInPublic && isSvgFile(name)) {
    const absolute = path.join(publicDir, ...segments);
    const bytes = readRegularFile(absolute);
    const svgError = bytes ? svgErrors(bytes, absolute)[0] : undefined;
    if (svgError) return { kind: 'refused', reason: `the image ${url} may not be shown: ${svgError.message.replace(/  error  /, ' ')}` };
  }
  return { kind: 'found', isBundleFileFromRoot: isFromRoot && isInBundle, absolutePath: path.join(isInPublic ? publicDir : bundleDir!, ...segments) };
}

/** What a post's text alone decides: kept in the parse cache, so it must survive JSON. */
export interface ParsedPost {
  frontMatter: FrontMatter;
  body: string;
  summary: string;
  check: Omit<MdxCheck, 'errors' | 'references'>;
  frontMatterWarnings: ContentError[];
  /** What leads nowhere (a cover, a link's URL): errors, or warnings under brokenLinks 'warning', decided when the post is loaded. */
  references: ReferenceProblem[];
  coverLine: number;
  dateLine: number;
  readingMinutes: number;
}

function reviveParsedPost(parsed: ParsedPost): ParsedPost {
  const { check, frontMatter } = parsed;
  return {
    ...parsed,
    frontMatter: {
      ...frontMatter,
      date: frontMatter.date === undefined ? undefined : new Date(frontMatter.date),
      ...(frontMatter.lastModified !== undefined && { lastModified: new Date(frontMatter.lastModified) }),
    },
    check: { ...check, warnings: check.warnings.map(reviveContentError) },
    frontMatterWarnings: parsed.frontMatterWarnings.map(reviveContentError),
  };
}

/** A post, and its syntax tree when it was parsed now rather than read from the parse cache. */
interface LoadedPost {
  post: Post;
  tree: Root | undefined;
}

/**
 * The cover and every image of a post must be files it may show: an error for each that is not, or,
 * for a missing file when broken links are warnings (brokenLinkSeverity), a warning. Returns the
 * images written from the root that are the bundle's files (Post.bundleRootImages), and the size of
 * each image found (Post.imageSizes).
 */
function checkImages(parsed: ParsedPost, source: SourceFile, file: string, warnings: ContentError[]): Pick<Post, 'bundleRootImages' | 'imageSizes'> {
  const { frontMatter, coverLine, check } = parsed;
  const cover = frontMatter.cover === undefined ? [] : [{ url: frontMatter.cover, line: coverLine, column: 1 }];
  const errors: ContentError[] = [];
  const bundleRootImages = new Set<string>();
  const imageSizes: [string, ImageSize][] = [];
  for (const image of [...cover, ...check.images]) {
    if (isOffSitePath(image.url)) continue;
    const found = lookUpImage(image.url, source.bundleDir);
    if (found.kind === 'found') {
      if (found.isBundleFileFromRoot) bundleRootImages.add(image.url);
      const size = imageFileSize(found.absolutePath);
      if (size && 'unusable' in size) {
        warnings.push(new ContentError(file, image.line, image.column,
          `the image ${image.url} (${relativePath(found.absolutePath)}) ${size.unusable}, so the page gives it no width and height; save it at its real size`,
          'warning', 'unusable-image-size'));
      } else if (size) {
        imageSizes.push([image.url, size]);
      }
      continue;
    }
    const severity = found.kind === 'missing' ? brokenLinkSeverity() : 'error';
    (severity === 'error' ? errors : warnings).push(new ContentError(file, image.line, image.column, found.reason, severity));
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  // Own properties, whatever the URLs: an image at `__proto__` must not change what the object inherits.
  return { bundleRootImages: [...bundleRootImages], imageSizes: Object.fromEntries(imageSizes) };
}

/** The post's URL segments after its section: its folders and file name, or its slug for the last, through urlize. */
function slugOf(source: SourceFile, slug: string | undefined, file: string): string[] {
  const segments = source.pathSegments.map(urlize);
  if (slug !== undefined) segments[segments.length - 1] = urlize(slug);
  if (segments.some((segment) => segment === '')) {
    throw new ContentError(file, 0, 0, 'its name has no letters or digits to make a URL from; rename it or set slug: in its front matter');
  }
  return segments;
}

/**
 * The post's URL segments after its section from Hugo's url: (the whole path from the language's
 * root), when the post can be served there: inside its own section's folder, or for a single page
 * one segment. Otherwise undefined, and the post keeps its own path, with url: as an alias.
 */
function pathAtUrl(url: string[], section: string | null, file: string, line: number): string[] | undefined {
  const segments = url.map(urlize);
  if (segments.length === 0 || segments.some((segment) => segment === '')) {
    throw new ContentError(file, line, 1, 'url: has no path to serve the post at (or a segment without letters or digits); write the path from the language\'s root, such as /blog/old-name/');
  }
  if (section === null) return segments.length === 1 ? segments : undefined;
  return segments.length > 1 && segments[0] === section ? segments.slice(1) : undefined;
}

/**
 * Why a post's URL would be taken by the site's own files, or undefined. In a section, /<section>/page/…
 * is the list's pages and /<section>/feed.xml its feed; a single page at /<name>/ must not take one of
 * the site's own top-level folders (/tags/, /search/…).
 */
function urlProblem(section: string | null, segments: string[], lang: Language): { reason: string; isInLastSegment: boolean } | undefined {
  const [first, last] = [segments[0]!, segments.at(-1)!];
  if (section === null && reservedFirstSegments(lang).has(first.toLowerCase())) {
    return { reason: `the single page would be served at ${languagePathUrl(`/${first}/`, lang)}, where the site has its own pages; rename the file or set another slug:`, isInLastSegment: segments.length === 1 };
  }
  if (section !== null && first.toLowerCase() === 'page') {
    return { reason: `its URL would start with /${section}/page/, where the section's list has its later pages; rename the folder or file, or set another slug:`, isInLastSegment: segments.length === 1 };
  }
  if (section !== null && listFileNames.includes(last.toLowerCase())) {
    return { reason: `its URL would end in ${last}, a file name the site writes for lists' feeds; rename the file or set another slug:`, isInLastSegment: true };
  }
  const fileName = segments.findIndex(isPageFolderFileName);
  if (fileName !== -1) {
    return {
      reason: `its URL ${languagePathUrl(`/${[...(section === null ? [] : [section]), ...segments].join('/')}/`, lang)} would need a folder named ${segments[fileName]}, a file the export writes in every page's folder; rename the file or folder, or set another slug:`,
      isInLastSegment: fileName === segments.length - 1,
    };
  }
  return undefined;
}

/** Parses and checks a post's text (lib/content/load-posts.ts): what the parse cache keeps, and the syntax tree. */
export type PostParser = (text: string, file: string, format: SourceFormat, isDateRequired: boolean) => { parsed: ParsedPost; tree: Root };

/**
 * Reads one post file: its text, parsed and checked (or the parse cache's result for that text), then
 * what depends on other files and the clock. Without `parse`, undefined when the parse cache does not
 * have the text.
 */
function loadPost(source: SourceFile, lang: Language, warnings: ContentError[], cache: ParseCache<ParsedPost>, parse: PostParser | undefined): LoadedPost | undefined {
  const file = relativePath(source.absolutePath);
  const text = readUtf8(source.absolutePath, file);
  let tree: Root | undefined;
  const isSinglePage = source.role === 'single-page';
  const parseNow = parse && (() => {
    const result = parse(text, file, source.format, !isSinglePage);
    tree = result.tree;
    return result.parsed;
  });
  const parsed = parseNow ? cache.get(file, text, parseNow) : cache.cached(file, text);
  if (parsed === undefined) return undefined;
  if (parsed.references.length > 0) {
    const severity = brokenLinkSeverity();
    const problems = parsed.references.map((problem) => reportReference(problem, severity));
    if (severity === 'error') throw new ContentErrors(problems);
    warnings.push(...problems);
  }
  const { bundleRootImages, imageSizes } = checkImages(parsed, source, file, warnings);
  const { frontMatter, body, summary, check, dateLine, readingMinutes } = parsed;
  warnings.push(...parsed.frontMatterWarnings, ...check.warnings);
  const { slug, slugLine, url, urlLine, summary: _summary, translationKey, date, aliases, ...fields } = frontMatter;
  const section = source.section === null ? null : urlize(source.section);
  const atUrl = url === undefined ? undefined : pathAtUrl(url, section, file, urlLine);
  const segments = atUrl ?? slugOf(source, slug, file);
  const problem = urlProblem(section, segments, lang);
  if (problem !== undefined) {
    const line = url !== undefined ? urlLine : slug !== undefined && problem.isInLastSegment ? slugLine : 0;
    throw new ContentError(file, line, line === 0 ? 0 : 1, problem.reason);
  }
  // A url: the site cannot serve the post at (another section's folder) still leads to it, as an alias does.
  const urlAlias = url !== undefined && atUrl === undefined ? `${languagePrefix(lang)}/${url.join('/')}/` : undefined;
  if (urlAlias !== undefined) {
    const target = aliasExportFile(urlAlias);
    if ('problem' in target) throw new ContentError(file, urlLine, 1, `url: ${urlAlias} ${target.problem}`);
    const own = siteOwnPathAt(target.file);
    if (own) throw new ContentError(file, urlLine, 1, `url: ${urlAlias} is at ${own.path}, which the site writes itself; set another url: or remove it`);
    warnings.push(new ContentError(file, urlLine, 1,
      `url: ${urlAlias} is outside the folder of the section "${source.section ?? ''}", so the post is served at ${postUrl({ lang, section, slug: segments })} and ${urlAlias} redirects to it; to serve it at ${urlAlias}, move the file into the folder of that path's section`,
      'warning', 'url-outside-section'));
  }
  if (isSinglePage && (date !== undefined || frontMatter.tags.length > 0)) {
    warnings.push(new ContentError(file, 0, 0, `is a single page (a file directly in the language folder, served at ${languagePathUrl(`/${segments.join('/')}/`, lang)} and in no list or feed), but it has a ${date !== undefined ? 'date' : 'tag'} as posts do; if it is a post, move it into a section's folder, such as ${lang}/blog/`, 'warning'));
  }
  if (!frontMatter.isDraft && date !== undefined && date.getTime() > Date.now()) {
    warnings.push(new ContentError(file, dateLine, 1, 'the date is in the future: the post stays out of the export until a build after that date', 'warning'));
  }
  const place = { lang, section, slug: segments };
  const post: Post = {
    ...fields,
    ...place,
    // A single page without a date sorts before every post; nothing shows it.
    date: date ?? new Date(0),
    translationKey: translationKey ?? `/${[source.section ?? '', ...source.pathSegments].filter(Boolean).join('/').normalize('NFC')}`,
    aliases: [...aliases.map((alias) => resolveAlias(alias, postUrl(place))), ...(urlAlias === undefined ? [] : [urlAlias])],
    bundleRootImages,
    imageSizes,
    file,
    bundleDir: source.bundleDir,
    format: source.format,
    summary,
    body,
    components: check.components,
    links: check.links,
    readingMinutes,
  };
  return { post, tree };
}

/** Reads a section's _index.md: the title (else as sectionTitle gives it) and description of its list; its body is not shown, and a warning says so. */
function loadSectionPage(source: SourceFile & { section: string }, lang: Language, warnings: ContentError[]): SectionPage {
  const file = relativePath(source.absolutePath);
  const { frontMatter, body, warnings: frontMatterWarnings } = parseSource(readUtf8(source.absolutePath, file), file, siteConfig.timeZone, false, false);
  warnings.push(...frontMatterWarnings);
  // The body keeps the file's lines (its front matter is blank lines).
  const firstTextLine = body.split('\n').findIndex((line) => line.trim() !== '');
  if (firstTextLine >= 0) {
    warnings.push(new ContentError(file, firstTextLine + 1, 1,
      `not shown: the text of a section's _index.md (the list shows its title and description only); put a sentence in description:, and the rest in a post`,
      'warning', 'section-page-text'));
  }
  const section = urlize(source.section);
  return { lang, section, file, title: sectionTitle(section, lang, frontMatter.title), ...(frontMatter.description !== undefined && { description: frontMatter.description }) };
}

/** A post's file and the language folder it was found in. */
export interface PostSource {
  lang: Language;
  source: SourceFile;
}

/** What loading one file gave: its post (unless it has errors), its problems, and its tree if it was parsed now. */
export interface SourceResult {
  post: Post | undefined;
  /** What a section's _index.md gave. */
  sectionPage?: SectionPage;
  tree: Root | undefined;
  errors: ContentError[];
  warnings: ContentError[];
}

/** What loading and compiling one file gave. */
export type LoadedSource = Omit<SourceResult, 'tree'>;

/** Every post file of every configured language, in a stable order; files that are not posts, or not published, are reported in `problems`. */
export function findPostSources(root: string, problems: FoundProblems, readBundle: BundleReader = readBundleFiles): PostSource[] {
  return (Object.keys(siteConfig.languages) as Language[]).flatMap((lang) => {
    const folder = path.join(root, lang);
    const stats = lstatSync(folder, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) problems.errors.push(symbolicLinkError(folder));
    if (!stats?.isDirectory()) return [];
    return findLanguageSources(folder, lang, problems, readBundle).map((source) => ({ lang, source }));
  });
}

/**
 * Keeps a problem with the content as one of `errors`. Any other error while reading one post (a
 * stack overflow on deeply nested markup, a parser's own limit) is that post's error too: one post
 * must not stop the check of the others, and its author needs to know which file it was.
 */
function collectContentError(error: unknown, file: string, errors: ContentError[]): void {
  if (error instanceof ContentErrors) errors.push(...error.errors);
  else if (error instanceof ContentError) errors.push(error);
  else errors.push(unexpectedError(error, file));
}

function unexpectedError(error: unknown, file: string): ContentError {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  // V8's stack overflow; its message does not say that nesting caused it.
  if (error instanceof RangeError && /call stack/i.test(message)) {
    return new ContentError(file, 0, 0, `could not be read: ${message}; its elements, quotes or lists are nested too deeply: flatten the nesting`);
  }
  return new ContentError(file, 0, 0, `could not be read: ${message}; simplify the part of the post you changed last, and if the post looks ordinary, report this message as a bug of the site`);
}

/**
 * Loads one post file: its post (unless it has errors), its problems and its tree if it was parsed
 * now. Never throws for bad content. Without `parse`, undefined for a section page and for a post
 * the parse cache does not have: what would need parsing.
 */
export function loadSource({ source, lang }: PostSource, cache: ParseCache<ParsedPost>, parse: PostParser | undefined): SourceResult | undefined {
  const result: SourceResult = { post: undefined, tree: undefined, errors: [], warnings: [] };
  try {
    if (source.role === 'section-page' && source.section !== null) {
      if (!parse) return undefined;
      result.sectionPage = loadSectionPage({ ...source, section: source.section }, lang, result.warnings);
    } else {
      const loaded = loadPost(source, lang, result.warnings, cache, parse);
      if (!loaded) return undefined;
      Object.assign(result, loaded);
    }
  } catch (error) {
    collectContentError(error, relativePath(source.absolutePath), result.errors);
  }
  return result;
}

/** Adds to `result` the error of a component the compiled body does not have where the parse found it. */
export function checkCompiledBody(result: LoadedSource & { post: Post }, compiled: CompiledMdx): void {
  const lost = componentLostInCompile(result.post.components, compiled);
  if (lost) {
    result.errors.push(new ContentError(result.post.file, lost.line, 0, `<${lost.name}>: the hubs cannot show what is written inside it apart from the post, because the compiled post does not have it where the parse has it; move it out of the element around it`));
  }
}

/** Collects an error compiling a post's body as that post's error. */
export function addCompileError(error: unknown, result: LoadedSource & { post: Post }): void {
  collectContentError(error, result.post.file, result.errors);
}

/**
 * What loadAndCompileSource (lib/content/load-posts.ts) gives for a post that both the parse cache and
 * the compiled bodies hold, without loading the parser or the compiler; undefined for a file that
 * needs either (or is a section page, whose front matter is not cached).
 */
export function loadCachedSource(postSource: PostSource, cache: ParseCache<ParsedPost>): LoadedSource | undefined {
  const loaded = loadSource(postSource, cache, undefined);
  if (!loaded) return undefined;
  const { tree: _tree, ...result } = loaded;
  if (!result.post) return result;
  const { post } = result;
  let compiled: CompiledMdx | undefined;
  try {
    compiled = compiledBodyInCache(postCompileOptions(post));
  } catch {
    // What compiling it would meet too: loadAndCompileSource reports it.
    return undefined;
  }
  if (!compiled) return undefined;
  checkCompiledBody({ ...result, post }, compiled);
  return result;
}

export function newParseCache(root: string): ParseCache<ParsedPost> {
  return new ParseCache<ParsedPost>(root, reviveParsedPost);
}

/** Adds what loading one file gave to a report: its post only when it has no errors. */
export function addToReport(report: ContentReport, { post, sectionPage, errors, warnings }: LoadedSource): void {
  if (post && errors.length === 0) report.posts.push(post);
  if (sectionPage && errors.length === 0) report.sectionPages.push(sectionPage);
  report.errors.push(...errors);
  report.warnings.push(...warnings);
}

/** Loads and compiles the given files of the content folder `root`, returning their results in their order. */
export type SourceLoader = (root: string, sources: PostSource[], cache: ParseCache<ParsedPost>) => Promise<LoadedSource[]>;

/**
 * Reads every post and compiles each body with `loadSources` (see loadAndCompilePosts of
 * lib/content/load-posts.ts), then keeps the caches: the parse cache with what this run used, the
 * compiled bodies without those no build used for a month.
 */
export async function loadAllSources(root: string, loadSources: SourceLoader): Promise<ContentReport> {
  const report: ContentReport = { posts: [], sectionPages: [], errors: [], warnings: [] };
  const cache = newParseCache(root);
  const sources = findPostSources(root, report);
  for (const result of await loadSources(root, sources, cache)) addToReport(report, result);
  cache.save();
  removeStaleCompiledMdx();
  return report;
}
