// The search index: Pagefind reads the exported HTML and writes out/pagefind/, which the search
// box loads in the browser. Only post pages are indexed: they are the pages whose article carries
// data-pagefind-body (components/PostArticle.tsx); lists, the 404 page and redirects have none, and
// Pagefind is given only the posts' pages, so as not to spend time on the other half of the export.
//
// Pagefind holds the whole index in memory while it writes it: about 0.5 GB per 1,000 posts here,
// 5 GB at 10,000. So the posts are indexed in parts of at most POSTS_PER_SEARCH_INDEX (2,000), one
// Pagefind process after another: the first part at pagefind/, the others at pagefind/part-2/ and
// on, listed in pagefind/parts.json, which the browser merges into one search (mergeIndex).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { siteConfig, type Language } from '@/site.config';
import { getPosts, getSinglePages } from '@/lib/site-index/queries';
import { exportFileOf, postUrl } from '@/lib/urls';

type PagefindEntry = { languages: Record<string, { page_count: number }> };

const postsPerIndex = Number(process.env.POSTS_PER_SEARCH_INDEX ?? 2000);
const filesInFlight = 32;

/** The HTML file of every published post and single page of every language, relative to the export's root, in a stable order. */
function postPageFiles(siteDir: string): string[] {
  return (Object.keys(siteConfig.languages) as Language[])
    .flatMap((lang) => [...getPosts(lang), ...getSinglePages(lang)])
    .map((post) => path.relative(siteDir, exportFileOf(siteDir, postUrl(post))))
    .sort();
}

/**
 * Pagefind indexes no script's text, and two thirds of a page's HTML are the scripts that carry
 * Next.js's flight data: sending the page without them saves Pagefind reading them (0.6 s of 3.5 s
 * at 1,000 posts). Next.js and the JSON-LD escape "<" inside their scripts, so the first "</script>" ends one.
 */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/**
 * Pagefind ends most blocks with a space, but not a header cell, a definition list's term and
 * description, or a summary: `<th>Capability</th><th>API</th>` was indexed as the one word
 * "CapabilityAPI", and "Speakers" ran into the name beside it (measured with Pagefind 1.x). The
 * page on disk stays as it is; Pagefind reads a space at the end of each.
 */
function withWordBreaks(html: string): string {
  return html.replace(/<\/(th|dt|dd|summary)>/gi, ' $&');
}

/**
 * The files Pagefind writes for sites that use its own search UI (its Default, Modular and Component
 * UIs, and the script that highlights matches on the page a result opens): this site searches through
 * pagefind.js alone (lib/search/search-posts.ts), so they would be 0.4 MB of every export no page loads.
 */
const unusedPagefindFile = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes one part of the posts into `outputPath`; returns how many pages it indexed, in which languages. */
async function writePart(siteDir: string, files: string[], outputPath: string): Promise<{ pages: number; languages: string[] }> {
  try {
    // The pages say lang="zh-CN"; Pagefind splits Chinese text into words only for such pages.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    // Pagefind's process indexes files as they come: sending one at a time would leave it waiting.
    for (let start = 0; start < files.length; start += filesInFlight) {
      await Promise.all(
        files.slice(start, start + filesInFlight).map(async (sourcePath) => {
          const html = readFileSync(path.join(siteDir, sourcePath), 'utf8');
          const added = await index.addHTMLFile({ sourcePath, content: withWordBreaks(withoutScripts(html)) });
          if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    for (const name of readdirSync(outputPath)) if (unusedPagefindFile.test(name)) rmSync(path.join(outputPath, name));
    // Files without data-pagefind-body are read but not indexed; the entry file counts the indexed pages.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const pages = Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0);
    return { pages, languages: Object.keys(entry.languages) };
  } finally {
    // Ends the Pagefind process, and with it the memory this part's index took.
    await pagefind.close();
  }
}

/** Indexes the export in `siteDir` into `siteDir/pagefind/`; returns how many pages it indexed. */
export async function writeSearchIndex(siteDir: string, files: string[] = postPageFiles(siteDir)): Promise<number> {
  if (!(postsPerIndex >= 1)) throw new Error(`POSTS_PER_SEARCH_INDEX must be a number above 0; got "${process.env.POSTS_PER_SEARCH_INDEX}"`);
  const bundleDir = path.join(siteDir, 'pagefind');
  // Each part with the languages it has an index for (Pagefind's keys, "zh-cn"): a page merges only
  // the parts in its own language, as Pagefind itself loads only the page's language from a bundle.
  const parts: { path: string; languages: string[] }[] = [];
  let indexed = 0;
  for (let start = 0, part = 1; start < files.length || part === 1; start += postsPerIndex, part++) {
    const folder = part === 1 ? '' : `part-${part}/`;
    const { pages, languages } = await writePart(siteDir, files.slice(start, start + postsPerIndex), path.join(bundleDir, folder));
    indexed += pages;
    if (folder) parts.push({ path: folder, languages });
  }
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(path.join(bundleDir, 'parts.json'), JSON.stringify(parts));
  return indexed;
}
