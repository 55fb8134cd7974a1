import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { siteConfig, type Language } from '@/site.config';
import { parseMdx, type SourceFormat } from '../mdx';
import { ContentError, ContentErrors } from './content-error';
import { parseSource } from './front-matter';
import type { Post } from './post';
import { readableText, readingMinutes } from './reading-time';
import { urlize } from './slug';
import { checkMdxTree, type UrlUse } from './validate-mdx';

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

function loadPost(source: SourceFile, lang: Language, warnings: ContentError[]): Post {
  const file = relativePath(source.absolutePath);
  const parsed = parseSource(readUtf8(source.absolutePath, file), file, siteConfig.timeZone);
  const { frontMatter, body } = parsed;
  const tree = parseMdx(body, source.format, file);
  const check = checkMdxTree(tree, file);
  const errors = [...check.errors];
  const cover = frontMatter.cover === undefined ? [] : [{ url: frontMatter.cover, line: parsed.lineOf('cover'), column: 1 }];
  for (const image of [...cover, ...check.images]) {
    const missing = findMissingImage(image, source.bundleDir, file);
    if (missing) errors.push(missing);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  warnings.push(...parsed.warnings, ...check.warnings);

  const { slug, summary, ...fields } = frontMatter;
  const segments = source.pathSegments.map(urlize);
  if (slug !== undefined) segments[segments.length - 1] = urlize(slug);
  if (segments.some((segment) => segment === '')) {
    throw new ContentError(file, 0, 0, 'its name has no letters or digits to make a URL from; rename it or set slug: in its front matter');
  }
  if (!frontMatter.isDraft && frontMatter.date.getTime() > Date.now()) {
    warnings.push(new ContentError(file, parsed.lineOf('date'), 1, 'the date is in the future: the post stays out of the export until a build after that date', 'warning'));
  }
  return {
    ...fields,
    lang,
    slug: segments,
    file,
    bundleDir: source.bundleDir,
    format: source.format,
    summary: summary ?? fields.description ?? summaryOf(tree, body),
    body,
    components: check.components,
    links: check.links,
    readingMinutes: readingMinutes(readableText(tree)),
  };
}

/** Reads every post of every configured language. Never throws for bad content: it returns each problem instead. */
export function loadPosts(root: string = contentDir()): { posts: Post[]; errors: ContentError[]; warnings: ContentError[] } {
  const posts: Post[] = [];
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const folder = path.join(root, lang);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const source of findSourceFiles(folder, warnings)) {
      try {
        posts.push(loadPost(source, lang, warnings));
      } catch (error) {
        if (error instanceof ContentErrors) errors.push(...error.errors);
        else if (error instanceof ContentError) errors.push(error);
        else throw error;
      }
    }
  }
  return { posts, errors, warnings };
}
