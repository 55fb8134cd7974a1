import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { siteConfig, type Language } from '@/site.config';
import { parseMdx, type SourceFormat } from '../mdx';
import { ContentError, ContentErrors } from './content-error';
import { parseSource, type FrontMatter } from './front-matter';
import { ParseCache } from './parse-cache';
import type { Post } from './post';
import { readableText, readingMinutes } from './reading-time';
import { urlize } from './slug';
import { checkMdxTree, type MdxCheck, type UrlUse } from './validate-mdx';

/** The folder posts are read from: content/, or CONTENT_DIR (benchmarks and tests point it elsewhere). */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

interface SourceFile {
  absolutePath: string;
  /** Folder segments and file name (without extension), relative to the language folder. */
  pathSegments: string[];
  bundleDir: string | null;
  format: SourceFormat;
}

const postExtensions: Record<string, SourceFormat> = { '.mdx': 'mdx', '.md': 'md' };
const relativePath = (absolutePath: string) => path.relative(process.cwd(), absolutePath);

/**
 * Posts are `<slug>.mdx` / `<slug>.md`, or a page bundle `<slug>/index.mdx` (or index.md) whose
 * other files, other Markdown files included, are its resources. `_index.md` is a Hugo section
 * page, not a post. Any other file outside a bundle is reported and ignored.
 */
function findSourceFiles(folder: string, ignored: ContentError[], segments: string[] = []): SourceFile[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const index = entries.find((entry) => entry.isFile() && /^index\.mdx?$/.test(entry.name));
  if (index && segments.length > 0) {
    const format = postExtensions[path.extname(index.name)]!;
    return [{ absolutePath: path.join(folder, index.name), pathSegments: segments, bundleDir: folder, format }];
  }
  return entries.flatMap((entry) => {
    const absolutePath = path.join(folder, entry.name);
    if (entry.isDirectory()) return findSourceFiles(absolutePath, ignored, [...segments, entry.name]);
    const format = postExtensions[path.extname(entry.name)];
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) return [];
    if (!entry.isFile() || !format) {
      ignored.push(new ContentError(relativePath(absolutePath), 0, 0, 'ignored: only .mdx and .md files are posts (images belong in a page bundle, beside index.mdx)', 'warning'));
      return [];
    }
    return [{ absolutePath, pathSegments: [...segments, path.basename(entry.name, path.extname(entry.name))], bundleDir: null, format }];
  });
}

function readUtf8(absolutePath: string, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(absolutePath));
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

const isRemoteOrSpecial = (url: string) => url === '' || url.startsWith('//') || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url);

function decodePath(url: string): string {
  const withoutSuffix = url.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(withoutSuffix);
  } catch {
    return withoutSuffix;
  }
}

/** The image file a local image URL points at: in public/ for /x.png, in the page bundle for x.png. */
function findMissingImage(image: UrlUse, bundleDir: string | null, file: string): ContentError | undefined {
  if (isRemoteOrSpecial(image.url)) return undefined;
  const imagePath = decodePath(image.url);
  if (!imagePath.startsWith('/') && bundleDir === null) {
    return new ContentError(file, image.line, image.column, `the image ${image.url} is relative, but this post is a single file; make it a page bundle (a folder with index.mdx) and put the image beside it`);
  }
  const absolute = imagePath.startsWith('/') ? path.join('public', imagePath) : path.join(bundleDir!, imagePath);
  if (existsSync(absolute)) return undefined;
  return new ContentError(file, image.line, image.column, `the image ${image.url} does not exist (looked for ${relativePath(path.resolve(absolute))})`);
}

/** What a post's text alone decides: kept in the parse cache, so it must survive JSON. */
interface ParsedPost {
  frontMatter: FrontMatter;
  body: string;
  summary: string;
  check: Omit<MdxCheck, 'errors'>;
  frontMatterWarnings: ContentError[];
  coverLine: number;
  dateLine: number;
  readingMinutes: number;
}

function parsePost(text: string, file: string, format: SourceFormat): ParsedPost {
  const parsed = parseSource(text, file, siteConfig.timeZone);
  const tree = parseMdx(parsed.body, format, file);
  const { errors, ...check } = checkMdxTree(tree, file);
  if (errors.length > 0) throw new ContentErrors(errors);
  const { frontMatter, body } = parsed;
  return {
    frontMatter,
    body,
    summary: frontMatter.summary ?? frontMatter.description ?? summaryOf(tree, body),
    check,
    frontMatterWarnings: parsed.warnings,
    coverLine: parsed.lineOf('cover'),
    dateLine: parsed.lineOf('date'),
    readingMinutes: readingMinutes(readableText(tree)),
  };
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

function loadPost(source: SourceFile, lang: Language, warnings: ContentError[], cache: ParseCache<ParsedPost>): Post {
  const file = relativePath(source.absolutePath);
  const text = readUtf8(source.absolutePath, file);
  const { frontMatter, body, summary, check, frontMatterWarnings, coverLine, dateLine, readingMinutes } = cache.get(file, text, () => parsePost(text, file, source.format));
  const errors: ContentError[] = [];
  const cover = frontMatter.cover === undefined ? [] : [{ url: frontMatter.cover, line: coverLine, column: 1 }];
  for (const image of [...cover, ...check.images]) {
    const missing = findMissingImage(image, source.bundleDir, file);
    if (missing) errors.push(missing);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  warnings.push(...frontMatterWarnings, ...check.warnings);

  const { slug, summary: _summary, ...fields } = frontMatter;
  const segments = source.pathSegments.map(urlize);
  if (slug !== undefined) segments[segments.length - 1] = urlize(slug);
  if (segments.some((segment) => segment === '')) {
    throw new ContentError(file, 0, 0, 'its name has no letters or digits to make a URL from; rename it or set slug: in its front matter');
  }
  if (!frontMatter.isDraft && frontMatter.date.getTime() > Date.now()) {
    warnings.push(new ContentError(file, dateLine, 1, 'the date is in the future: the post stays out of the export until a build after that date', 'warning'));
  }
  return {
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
}

/** Reads every post of every configured language. Never throws for bad content: it returns each problem instead. */
export function loadPosts(root: string = contentDir()): { posts: Post[]; errors: ContentError[]; warnings: ContentError[] } {
  const posts: Post[] = [];
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const cache = new ParseCache<ParsedPost>(root, reviveParsedPost);
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const folder = path.join(root, lang);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const source of findSourceFiles(folder, warnings)) {
      try {
        posts.push(loadPost(source, lang, warnings, cache));
      } catch (error) {
        if (error instanceof ContentErrors) errors.push(...error.errors);
        else if (error instanceof ContentError) errors.push(error);
        else throw error;
      }
    }
  }
  cache.save();
  return { posts, errors, warnings };
}
