// The search index: Pagefind reads the exported HTML and writes out/pagefind/, which the search
// box loads in the browser. Only post pages are indexed: they are the pages whose article carries
// data-pagefind-body (components/PostArticle.tsx); lists, the 404 page and redirects have none.
// Pagefind reads only the blog folders, so as not to spend time (half of it, at 1,000 posts) and
// memory on the other half of the export's pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { siteConfig, type Language } from '@/site.config';
import { languagePrefix } from '@/lib/urls';

type PagefindEntry = { languages: Record<string, { page_count: number }> };

/** The HTML files under each language's blog folder, relative to the export's root. */
function postPagesGlob(): string {
  const folders = (Object.keys(siteConfig.languages) as Language[]).map((lang) => `${languagePrefix(lang)}/blog`.slice(1));
  return `{${folders.join(',')}}/**/*.html`;
}

/** Indexes the export in `siteDir` into `siteDir/pagefind/`; returns how many pages it indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    // The pages say lang="zh-CN"; Pagefind splits Chinese text into words only for such pages.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: siteDir, glob: postPagesGlob() });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // addDirectory counts every HTML file it read; the entry file counts the pages that were indexed.
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    return Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}
