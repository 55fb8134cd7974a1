// The search index: Pagefind reads the exported HTML and writes out/pagefind/, which the search
// box loads in the browser. Only post pages are indexed: they are the pages whose article carries
// data-pagefind-body (components/PostArticle.tsx); lists, the 404 page and redirects have none, and
// Pagefind is given only the blog folders, so as not to spend time on the other half of the export.
//
// Pagefind holds the whole index in memory while it writes it: about 0.5 GB per 1,000 posts here,
// 5 GB at 10,000. So the posts are indexed in parts of at most POSTS_PER_SEARCH_INDEX (2,000), one
// Pagefind process each, as many at once as there are cores: the first part at pagefind/, the others
// at pagefind/part-2/ and on (Pagefind leaves the rest of a folder alone when it writes), listed in
// pagefind/parts.json, which the browser merges into one search (mergeIndex).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { siteConfig, type Language } from '@/site.config';
import { languagePrefix } from '@/lib/urls';

/** What a part's thread reports: how many pages it indexed, and in which languages (Pagefind's keys, "zh-cn"). */
interface PartResult {
  pages: number;
  languages: string[];
}

const postsPerIndex = Number(process.env.POSTS_PER_SEARCH_INDEX ?? 2000);

/** The HTML files under each language's blog folder, relative to the export's root, in a stable order. */
function postPageFiles(siteDir: string): string[] {
  return (Object.keys(siteConfig.languages) as Language[]).flatMap((lang) => {
    const folder = `${languagePrefix(lang)}/blog`.slice(1);
    let names: string[];
    try {
      names = readdirSync(path.join(siteDir, folder), { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return names.filter((name) => name.endsWith('.html')).sort().map((name) => path.join(folder, name));
  });
}

/** Indexes one part in a thread (scripts/search-index-part.mjs) and its own Pagefind process. */
function writePart(siteDir: string, files: string[], outputPath: string): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-part.mjs', import.meta.url), { workerData: { siteDir, files, outputPath } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index thread for ${outputPath} stopped with exit code ${code} before it reported`)));
  });
}

/** Indexes the export in `siteDir` into `siteDir/pagefind/`; returns how many pages it indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  if (!(postsPerIndex >= 1)) throw new Error(`POSTS_PER_SEARCH_INDEX must be a number above 0; got "${process.env.POSTS_PER_SEARCH_INDEX}"`);
  const files = postPageFiles(siteDir);
  const bundleDir = path.join(siteDir, 'pagefind');
  // Each part with the languages it has an index for (Pagefind's keys, "zh-cn"): a page merges only
  // the parts in its own language, as Pagefind itself loads only the page's language from a bundle.
  const parts = Array.from({ length: Math.max(1, Math.ceil(files.length / postsPerIndex)) }, (_, index) => ({
    folder: index === 0 ? '' : `part-${index + 1}/`,
    files: files.slice(index * postsPerIndex, (index + 1) * postsPerIndex),
  }));
  // One part per core at a time: Pagefind's process uses one core, and holds its part's index in memory.
  const results: PartResult[] = [];
  let next = 0;
  const indexNextParts = async () => {
    for (let index = next++; index < parts.length; index = next++) {
      results[index] = await writePart(siteDir, parts[index]!.files, path.join(bundleDir, parts[index]!.folder));
    }
  };
  await Promise.all(Array.from({ length: Math.min(os.availableParallelism(), parts.length) }, indexNextParts));
  mkdirSync(bundleDir, { recursive: true });
  const listed = parts.slice(1).map((part, index) => ({ path: part.folder, languages: results[index + 1]!.languages }));
  writeFileSync(path.join(bundleDir, 'parts.json'), JSON.stringify(listed));
  return results.reduce((count, result) => count + result.pages, 0);
}
