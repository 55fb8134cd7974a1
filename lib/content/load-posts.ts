import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { siteConfig, type Language } from '@/site.config';
import { parseMdx } from '../mdx/compile';
import { bundleFileKind, isSvgFile } from './asset-files';
import { readBundleFiles, readRegularFile, svgErrors, symbolicLinkError, type BundleFiles } from './bundle-files';
import { ContentError, ContentErrors } from '../model/content-error';
import { parseSource, type FrontMatter } from './front-matter';
import { postCompileOptions, precompile, removeStaleCompiledMdx } from '../mdx/compile-cache';
import { ParseCache } from './parse-cache';
import type { ContentReport, Post, SourceFormat, UrlUse } from '../model/post';
import { readableText, readingMinutes } from '../model/reading-time';
import { urlize } from '../model/names';
import { isOffSitePath } from '../urls';
import { isRegularFileAt, urlPathSegments } from './url-path';
import { checkMdxTree, type MdxCheck } from '../mdx/check-tree';

/** The folder posts are read from: content/, or CONTENT_DIR (benchmarks and tests point it elsewhere). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

export interface SourceFile {
  absolutePath: string;
  /** Folder segments and file name (without extension), relative to the language folder. */
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

/**
 * Posts are `<slug>.mdx` / `<slug>.md`, or a page bundle `<slug>/index.mdx` (or index.md) whose
 * other files are its resources (readBundleFiles() says which are published). `_index.md` is a Hugo
 * section page, not a post, and hidden files other than .md/.mdx are a tool's, so both pass without
 * a word; any other file that is not a post is reported. Links are never followed: each is an error.
 */
function findSourceFiles(folder: string, problems: FoundProblems, readBundle: BundleReader, segments: string[] = []): SourceFile[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const indexes = entries.filter((entry) => entry.isFile() && isIndexFile(entry.name));
  const index = indexes[0];
  if (index && segments.length > 0) {
    if (indexes.length > 1) {
      problems.errors.push(new ContentError(relativePath(path.join(folder, indexes[1]!.name)), 0, 0,
        `the bundle has two post files, ${indexes.map((entry) => entry.name).join(' and ')}, and only one can be its post; merge them into one and delete the other`));
    }
    const bundle = readBundle(folder);
    problems.errors.push(...bundle.errors);
    problems.warnings.push(...bundle.warnings);
    const format = postExtensions[path.extname(index.name)]!;
    return [{ absolutePath: path.join(folder, index.name), pathSegments: segments, bundleDir: folder, format }];
  }
  return entries.flatMap((entry) => {
    const absolutePath = path.join(folder, entry.name);
    const file = relativePath(absolutePath);
    if (entry.isSymbolicLink()) {
      problems.errors.push(symbolicLinkError(absolutePath));
      return [];
    }
    if (entry.isDirectory()) return findSourceFiles(absolutePath, problems, readBundle, [...segments, entry.name]);
    const format = postExtensions[path.extname(entry.name)];
    if (entry.name.startsWith('.')) {
      if (format) problems.warnings.push(new ContentError(file, 0, 0, 'ignored: a hidden file (its name starts with ".") is not a post; rename it without the dot to publish it, or delete it', 'warning'));
      return [];
    }
    if (/^_index\.mdx?$/.test(entry.name)) return [];
    if (entry.name.startsWith('_') && format) {
      problems.warnings.push(new ContentError(file, 0, 0, 'ignored: a name starting with "_" is not a post (only _index.md, a Hugo section page, is expected); rename it without the "_" to publish it, or delete it', 'warning'));
      return [];
    }
    if (!entry.isFile() || !format) {
      problems.warnings.push(new ContentError(file, 0, 0, 'ignored: only .mdx and .md files are posts (images belong in a page bundle, beside index.mdx)', 'warning'));
      return [];
    }
    return [{ absolutePath, pathSegments: [...segments, path.basename(entry.name, path.extname(entry.name))], bundleDir: null, format }];
  });
}

/**
 * The largest post file read. Every post the site has is under 100 KB; the parser's time and memory
 * grow with the text, and past this size they are not worth spending on one post.
 */
export const maxPostBytes = 2 * 1024 * 1024;

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

const summaryLength = 160;

function summaryOf(tree: Root, body: string): string {
  const moreAt = body.search(/<!--\s*more\s*-->/);
  const nodes = moreAt >= 0
    ? tree.children.filter((node) => (node.position?.end.offset ?? Infinity) <= moreAt)
    : tree.children.filter((node) => node.type === 'paragraph' && toString(node).trim() !== '').slice(0, 1);
  const text = nodes.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > summaryLength ? `${text.slice(0, summaryLength)}…` : text;
}


/**
 * What is wrong with a local image URL, if anything: /x.png names public/x.png, x.png a file of the page
 * bundle that is published. A path that climbs out of its folder is refused from its text alone, so
 * the check never tells whether a file outside content/ and public/ exists.
 */
function findImageProblem(image: UrlUse, bundleDir: string | null, file: string): ContentError | undefined {
  if (isOffSitePath(image.url)) return undefined;
  const problem = (reason: string) => new ContentError(file, image.line, image.column, reason);
  const isFromRoot = image.url.startsWith('/');
  if (!isFromRoot && bundleDir === null) {
    return problem(`the image ${image.url} is relative, but this post is a single file; make it a page bundle (a folder with index.mdx) and put the image beside it`);
  }
  const base = isFromRoot ? path.resolve('public') : bundleDir!;
  const segments = urlPathSegments(image.url);
  if (segments === null) {
    return problem(isFromRoot
      ? `the image ${image.url} leads out of public/; a path from the site root names a file in public/, like /images/x.png`
      : `the image ${image.url} leads out of the post's page bundle; put the image in the bundle's folder and write its path from there, like ./x.png`);
  }
  const absolute = path.join(base, ...segments);
  if (!isRegularFileAt(base, segments)) return problem(`the image ${image.url} does not exist (looked for ${relativePath(absolute)})`);
  const name = segments.at(-1)!;
  if (!isFromRoot && bundleFileKind(name) !== 'asset') {
    return problem(`the image ${image.url} is not published: only images, audio, video and PDF files of a bundle are copied`);
  }
  // A bundle's SVG files are checked where the bundle is read; public/ is checked for the files posts use.
  if (isFromRoot && isSvgFile(name)) {
    const bytes = readRegularFile(absolute);
    const svgError = bytes ? svgErrors(bytes, absolute)[0] : undefined;
    if (svgError) return problem(`the image ${image.url} may not be shown: ${svgError.message.replace(/  error  /, ' ')}`);
  }
  return undefined;
}

/** What a post's text alone decides: kept in the parse cache, so it must survive JSON. */
export interface ParsedPost {
  frontMatter: FrontMatter;
  body: string;
  summary: string;
  check: Omit<MdxCheck, 'errors'>;
  frontMatterWarnings: ContentError[];
  coverLine: number;
  dateLine: number;
  readingMinutes: number;
}

function parsePost(text: string, file: string, format: SourceFormat): { parsed: ParsedPost; tree: Root } {
  const parsed = parseSource(text, file, siteConfig.timeZone);
  const tree = parseMdx(parsed.body, format, file);
  const { errors, ...check } = checkMdxTree(tree, file, parsed.body);
  if (errors.length > 0) throw new ContentErrors(errors);
  const { frontMatter, body } = parsed;
  const post: ParsedPost = {
    frontMatter,
    body,
    summary: frontMatter.summary ?? frontMatter.description ?? summaryOf(tree, body),
    check,
    frontMatterWarnings: parsed.warnings,
    coverLine: parsed.lineOf('cover'),
    dateLine: parsed.lineOf('date'),
    readingMinutes: readingMinutes(readableText(tree)),
  };
  return { parsed: post, tree };
}

const reviveError = ({ file, line, column, reason, severity }: ContentError) => new ContentError(file, line, column, reason, severity);

function reviveParsedPost(parsed: ParsedPost): ParsedPost {
  const { check, frontMatter } = parsed;
  return {
    ...parsed,
    frontMatter: { ...frontMatter, date: new Date(frontMatter.date) },
    check: { ...check, warnings: check.warnings.map(reviveError) },
    frontMatterWarnings: parsed.frontMatterWarnings.map(reviveError),
  };
}

/** A post, and its syntax tree when it was parsed now rather than read from the parse cache. */
interface LoadedPost {
  post: Post;
  tree: Root | undefined;
}

/** The cover and every image of a post must be files it may show: an error for each that is not. */
function checkImages(parsed: ParsedPost, source: SourceFile, file: string): void {
  const { frontMatter, coverLine, check } = parsed;
  const cover = frontMatter.cover === undefined ? [] : [{ url: frontMatter.cover, line: coverLine, column: 1 }];
  const errors = [...cover, ...check.images].flatMap((image) => findImageProblem(image, source.bundleDir, file) ?? []);
  if (errors.length > 0) throw new ContentErrors(errors);
}

/** The post's URL segments after /blog/: its folders and file name, or its slug for the last, through urlize. */
function slugOf(source: SourceFile, slug: string | undefined, file: string): string[] {
  const segments = source.pathSegments.map(urlize);
  if (slug !== undefined) segments[segments.length - 1] = urlize(slug);
  if (segments.some((segment) => segment === '')) {
    throw new ContentError(file, 0, 0, 'its name has no letters or digits to make a URL from; rename it or set slug: in its front matter');
  }
  return segments;
}

/** Reads one post file: its text, parsed and checked (or the parse cache's result for that text), then what depends on other files and the clock. */
function loadPost(source: SourceFile, lang: Language, warnings: ContentError[], cache: ParseCache<ParsedPost>): LoadedPost {
  const file = relativePath(source.absolutePath);
  const text = readUtf8(source.absolutePath, file);
  let tree: Root | undefined;
  const parsed = cache.get(file, text, () => {
    const result = parsePost(text, file, source.format);
    tree = result.tree;
    return result.parsed;
  });
  checkImages(parsed, source, file);
  const { frontMatter, body, summary, check, dateLine, readingMinutes } = parsed;
  warnings.push(...parsed.frontMatterWarnings, ...check.warnings);
  const { slug, summary: _summary, ...fields } = frontMatter;
  const segments = slugOf(source, slug, file);
  if (!frontMatter.isDraft && frontMatter.date.getTime() > Date.now()) {
    warnings.push(new ContentError(file, dateLine, 1, 'the date is in the future: the post stays out of the export until a build after that date', 'warning'));
  }
  const post: Post = {
    ...fields,
    lang,
    slug: segments,
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

/** A post's file and the language folder it was found in. */
export interface PostSource {
  lang: Language;
  source: SourceFile;
}

/** What loading one file gave: its post (unless it has errors), its problems, and its tree if it was parsed now. */
interface SourceResult {
  post: Post | undefined;
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
    return findSourceFiles(folder, problems, readBundle).map((source) => ({ lang, source }));
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

/** Loads one post file: its post (unless it has errors) and its problems. Never throws for bad content. */
export function loadPostSource(postSource: PostSource, cache: ParseCache<ParsedPost>): LoadedSource {
  const { tree: _tree, ...result } = loadSource(postSource, cache);
  return result;
}

function loadSource({ source, lang }: PostSource, cache: ParseCache<ParsedPost>): SourceResult {
  const result: SourceResult = { post: undefined, tree: undefined, errors: [], warnings: [] };
  try {
    Object.assign(result, loadPost(source, lang, result.warnings, cache));
  } catch (error) {
    collectContentError(error, relativePath(source.absolutePath), result.errors);
  }
  return result;
}

/** Loads one post file and compiles its body unless the compiled-body cache has it, from the tree parsed for the checks. */
export async function loadAndCompileSource(postSource: PostSource, cache: ParseCache<ParsedPost>): Promise<LoadedSource> {
  const { tree, ...result } = loadSource(postSource, cache);
  if (result.post) {
    try {
      await precompile(postCompileOptions(result.post), tree);
    } catch (error) {
      collectContentError(error, result.post.file, result.errors);
    }
  }
  return result;
}

export function newParseCache(root: string): ParseCache<ParsedPost> {
  return new ParseCache<ParsedPost>(root, reviveParsedPost);
}

/** Adds what loading one file gave to a report: its post only when it has no errors. */
export function addToReport(report: ContentReport, { post, errors, warnings }: LoadedSource): void {
  if (post && errors.length === 0) report.posts.push(post);
  report.errors.push(...errors);
  report.warnings.push(...warnings);
}

/** Reads every post of every configured language. Never throws for bad content: it returns each problem instead. */
export function loadPosts(root: string = contentDir()): ContentReport {
  const report: ContentReport = { posts: [], errors: [], warnings: [] };
  const cache = newParseCache(root);
  for (const postSource of findPostSources(root, report)) addToReport(report, loadSource(postSource, cache));
  cache.save();
  return report;
}

/**
 * Reads every post as loadPosts() does and compiles each body, so that the pages only run it: a body is
 * parsed once per build, for its checks, and compiled from that tree. A body that fails to compile is
 * reported as content errors are. `loadSources` lets the build spread the files over threads
 * (scripts/content-threads.ts); without it the files are loaded here, one after another.
 */
export async function loadAndCompilePosts(
  root: string = contentDir(),
  loadSources: SourceLoader = loadEachSource,
): Promise<ContentReport> {
  const report: ContentReport = { posts: [], errors: [], warnings: [] };
  const cache = newParseCache(root);
  const sources = findPostSources(root, report);
  for (const result of await loadSources(root, sources, cache)) addToReport(report, result);
  cache.save();
  removeStaleCompiledMdx();
  return report;
}

/** Loads and compiles the given files of the content folder `root`, returning their results in their order. */
export type SourceLoader = (root: string, sources: PostSource[], cache: ParseCache<ParsedPost>) => Promise<LoadedSource[]>;

/** The SourceLoader that loads and compiles the files one after another, in this thread. */
export async function loadEachSource(_root: string, sources: PostSource[], cache: ParseCache<ParsedPost>): Promise<LoadedSource[]> {
  const results: LoadedSource[] = [];
  for (const postSource of sources) results.push(await loadAndCompileSource(postSource, cache));
  return results;
}
