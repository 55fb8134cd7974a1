// Writes every feed into the export: called by scripts/build.ts after `next build`, once the
// CSS Module hook (scripts/css-modules.mjs) lets it import the MDX components outside Next.js.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mdxComponents } from '@/components/mdx';
import { buildFeeds } from '@/lib/outputs/feeds';
import { exportedLanguages } from '@/lib/site-index/queries';
import { postHtml } from '@/lib/outputs/post-html';
import { exportFileOf } from '@/lib/urls';

/** Writes the feeds of every language the export keeps into outDir; returns how many it wrote. */
export async function writeFeeds(outDir = 'out'): Promise<number> {
  let count = 0;
  for (const lang of exportedLanguages()) {
    const components = mdxComponents(lang);
    for (const feed of await buildFeeds(lang, (post) => postHtml(post, components))) {
      const file = exportFileOf(outDir, feed.url);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, feed.text);
      count += 1;
    }
  }
  return count;
}
