import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { postSource, usesComponents } from './post-source';

/** A generated content folder, laid out as content/ is: <root>/zh/blog/<slug>.mdx. */
export interface Corpus {
  /** The folder CONTENT_DIR points at. */
  root: string;
  /** Slugs of the posts, in the order they were generated (post 0 first, the newest). */
  slugs: string[];
  bytes: number;
}

function slugOf(index: number, count: number): string {
  return `bench-${String(index).padStart(Math.max(5, String(count - 1).length), '0')}`;
}

/** Writes `count` posts into a new folder `root`; the same count and seed write the same files. */
export function writeCorpus(root: string, count: number, seed: string): Corpus {
  const folder = path.join(root, 'zh', 'blog');
  mkdirSync(folder, { recursive: true });
  const slugs: string[] = [];
  let bytes = 0;
  for (let index = 0; index < count; index += 1) {
    const slug = slugOf(index, count);
    const source = postSource(index, seed);
    writeFileSync(path.join(folder, `${slug}.mdx`), source);
    bytes += Buffer.byteLength(source);
    slugs.push(slug);
  }
  return { root, slugs, bytes };
}

/** The post whose page is measured and which the rebuild changes: the newest one, which uses every component. */
export function probePost(corpus: Corpus): { slug: string; file: string } {
  const slug = corpus.slugs[0];
  if (slug === undefined || !usesComponents(0)) throw new Error('the corpus has no post that uses the components');
  return { slug, file: path.join(corpus.root, 'zh', 'blog', `${slug}.mdx`) };
}

/** The edit of the "rebuild after one post changed" run: one more paragraph at the end of the post. */
export function appendParagraph(file: string): void {
  appendFileSync(file, '\n追加的一段：这一段是基准测试在重新构建之前加上的。One more paragraph, appended before the rebuild.\n');
}

/** Copies every post to a Hugo site's content folder, as .md files (Hugo does not read .mdx). */
export function copyCorpusTo(corpus: Corpus, folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(path.join(corpus.root, 'zh', 'blog'))) {
    writeFileSync(path.join(folder, name.replace(/\.mdx$/, '.md')), readFileSync(path.join(corpus.root, 'zh', 'blog', name)));
  }
}
