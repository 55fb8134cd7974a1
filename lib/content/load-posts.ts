import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { siteConfig, type Language } from '@/site.config';
import { parseMdx, type SourceFormat } from '../mdx';
import { ContentError, ContentErrors } from './content-error';
import { parseSource } from './front-matter';
import type { Post } from './post';
import { urlize } from './slug';
import { checkMdxTree } from './validate-mdx';

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

/** Posts are `<slug>.mdx` / `<slug>.md`, or a page bundle `<slug>/index.mdx` whose other files are its assets. */
function findSourceFiles(folder: string, segments: string[] = []): SourceFile[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const index = entries.find((entry) => entry.isFile() && /^index\.mdx?$/.test(entry.name));
  if (index && segments.length > 0) {
    const format = postExtensions[path.extname(index.name)]!;
    return [{ absolutePath: path.join(folder, index.name), pathSegments: segments, bundleDir: folder, format }];
  }
  return entries.flatMap((entry) => {
    const absolutePath = path.join(folder, entry.name);
    if (entry.isDirectory()) return findSourceFiles(absolutePath, [...segments, entry.name]);
    const format = postExtensions[path.extname(entry.name)];
    if (!entry.isFile() || !format || entry.name.startsWith('_')) return [];
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

function loadPost(source: SourceFile, lang: Language): Post {
  const file = path.relative(process.cwd(), source.absolutePath);
  const { frontMatter, body } = parseSource(readUtf8(source.absolutePath, file), file, siteConfig.timeZone);
  const tree = parseMdx(body, source.format, file);
  const { errors, components } = checkMdxTree(tree, file);
  if (errors.length > 0) throw new ContentErrors(errors);

  const { slug, summary, ...fields } = frontMatter;
  const segments = source.pathSegments.map(urlize);
  if (slug !== undefined) segments[segments.length - 1] = urlize(slug);
  if (segments.some((segment) => segment === '')) {
    throw new ContentError(file, 0, 0, 'its name has no letters or digits to make a URL from; rename it or set slug: in its front matter');
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
    components,
  };
}

/** Reads every post of every configured language. Never throws for bad content: it returns each problem instead. */
export function loadPosts(root: string = contentDir()): { posts: Post[]; errors: ContentError[] } {
  const posts: Post[] = [];
  const errors: ContentError[] = [];
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const folder = path.join(root, lang);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const source of findSourceFiles(folder)) {
      try {
        posts.push(loadPost(source, lang));
      } catch (error) {
        if (error instanceof ContentErrors) errors.push(...error.errors);
        else if (error instanceof ContentError) errors.push(error);
        else throw error;
      }
    }
  }
  return { posts, errors: [...errors, ...findDuplicateSlugs(posts)] };
}

function findDuplicateSlugs(posts: Post[]): ContentError[] {
  const byUrl = new Map<string, Post>();
  const errors: ContentError[] = [];
  for (const post of posts) {
    const key = `${post.lang}/${post.slug.join('/')}`;
    const first = byUrl.get(key);
    if (first) {
      errors.push(new ContentError(post.file, 0, 0, `has the same URL /blog/${post.slug.join('/')}/ as ${first.file}; change the file name or its slug:`));
    } else {
      byUrl.set(key, post);
    }
  }
  return errors;
}
