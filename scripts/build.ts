// npm run build [-- --drafts]: checks the content, copies page-bundle files, runs `next build`
// (a static export into out/) whose workers read the checked posts instead of parsing them again,
// then writes what only exists as files: the lists' /page/1/ and the alias redirect pages, the feeds
// and, last, the search index.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aliasPageHtml, exportFileOf, firstPageRedirects, redirectPageHtml } from '@/lib/redirect-page';
import { copyBundleAssets } from '@/lib/content/bundle-assets';
import { writeContentIndex } from '@/lib/content/content-index-file';
import { isPublished } from '@/lib/content/is-published';
import { absoluteUrl } from '@/lib/urls';
import { siteConfig } from '@/site.config';
import { runContentCheck } from './check-content';
import { writeSearchIndex } from './search-index';

if (process.argv.includes('--drafts')) process.env.INCLUDE_DRAFTS = '1';

const report = await runContentCheck();
if (!report) process.exit(1);
copyBundleAssets(report.posts);

const indexDir = mkdtempSync(path.join(os.tmpdir(), 'content-index-'));
const indexEnv = writeContentIndex(report.posts, path.join(indexDir, 'posts.json'));
// The feeds below read the same checked posts.
Object.assign(process.env, indexEnv);
process.on('exit', () => rmSync(indexDir, { recursive: true, force: true }));
const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: process.env });
if (next.status !== 0) process.exit(next.status ?? 1);

// Each list's /page/1/ leads to the list itself; Next.js rendered it only where a route needed a
// page. Written before the aliases, so that an alias at one of these paths is refused below.
let firstPageCount = 0;
for (const { from, to } of firstPageRedirects(siteConfig.defaultLanguage)) {
  const file = exportFileOf('out', from);
  if (existsSync(file)) continue;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, redirectPageHtml(siteConfig.defaultLanguage, to, decodeURI(absoluteUrl(to))));
  firstPageCount += 1;
}
console.log(`lists: wrote ${firstPageCount} /page/1/ redirect page${firstPageCount === 1 ? '' : 's'}`);

let aliasCount = 0;
for (const post of report.posts.filter((post) => isPublished(post))) {
  for (const alias of post.aliases) {
    const file = path.join('out', alias.normalize('NFC'), alias.endsWith('.html') ? '' : 'index.html');
    if (existsSync(file)) {
      console.error(`${post.file}: alias ${alias} would overwrite ${file}, a page of the site; remove it from aliases:`);
      process.exit(1);
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, aliasPageHtml(post));
    aliasCount += 1;
  }
}
console.log(`aliases: wrote ${aliasCount} redirect page${aliasCount === 1 ? '' : 's'}`);

// The feeds render each post with react-dom/server, which Next.js refuses inside the app: they are
// written here, with the CSS Module hook in place before the components load.
await import('./css-modules.mjs');
const feedsStarted = performance.now();
const { writeFeeds } = await import('./write-feeds');
const feedCount = await writeFeeds();
console.log(`feeds: wrote ${feedCount} feeds in ${((performance.now() - feedsStarted) / 1000).toFixed(1)}s`);

const indexedPages = await writeSearchIndex('out');
console.log(`search: indexed ${indexedPages} post${indexedPages === 1 ? '' : 's'} into out/pagefind/`);
