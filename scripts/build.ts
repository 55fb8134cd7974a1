// npm run build [-- --drafts]: checks the content, copies page-bundle files, runs `next build`
// (a static export into out/) whose workers read the checked posts instead of parsing them again,
// then writes what only exists as files: the lists' /page/1/ and the alias redirect pages, the feeds
// and, last, the search index.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { aliasPageHtml, exportFileOf, firstPageRedirects, redirectPageHtml } from '@/lib/outputs/redirect-page';
import { copyBundleAssets } from '@/lib/content/bundle-assets';
import { writeContentIndex } from '@/lib/site-index/index-file';
import { isPublished } from '@/lib/model/post';
import type { Post } from '@/lib/model/post';
import { absoluteUrl, aliasExportFile, siteOwnPathAt } from '@/lib/urls';
import { siteConfig } from '@/site.config';
import { runContentCheck } from './check-content';
import { writeSearchIndex } from './search-index';

if (process.argv.includes('--drafts')) process.env.INCLUDE_DRAFTS = '1';

// Next.js deletes the previous build's server files before it compiles, and the previous export before
// it copies the new one into place, and the build waits for both: at 1,000 posts the copy took 7–10 s
// instead of 1.5 s. So both are moved aside here and deleted while Pagefind writes the search index.
// Until Next.js has written the new export, the previous one is kept: it comes back to out/ if
// Next.js fails, and if this process was stopped, the next build brings it back first.
const previousBuild = '.previous-build';
const previousExport = path.join(previousBuild, 'out');
function restorePreviousExport(): void {
  if (!existsSync(previousExport)) return;
  rmSync('out', { recursive: true, force: true });
  renameSync(previousExport, 'out');
}
if (!existsSync('out')) restorePreviousExport();

const report = await runContentCheck();
if (!report) process.exit(1);
copyBundleAssets(report.posts);

const indexDir = mkdtempSync(path.join(os.tmpdir(), 'content-index-'));
const indexEnv = writeContentIndex(report.posts, path.join(indexDir, 'posts.json'));
// The feeds below read the same checked posts.
Object.assign(process.env, indexEnv);
process.on('exit', () => rmSync(indexDir, { recursive: true, force: true }));
rmSync(previousBuild, { recursive: true, force: true });
mkdirSync(previousBuild);
const setAside: [string, string][] = [['out', previousExport], ['.next/server', path.join(previousBuild, 'next-server')]];
for (const [from, to] of setAside) {
  if (existsSync(from)) renameSync(from, to);
}
const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env: process.env });
if (next.status !== 0) {
  // A partial out/ (Next.js failed while exporting) gives way to the whole previous one.
  restorePreviousExport();
  rmSync(previousBuild, { recursive: true, force: true });
  process.exit(next.status ?? 1);
}
// From here out/ is the new export: a later step that fails leaves no previous build behind.
process.on('exit', () => rmSync(previousBuild, { recursive: true, force: true }));

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

// The check refused every alias onto the site's own paths already; this second lock keeps a page of
// the export from being overwritten all the same, and says why in one line, without a stack trace.
function refuseAlias(post: Post, alias: string, reason: string): never {
  console.error(`${post.file}:${post.aliasesLine}: alias ${JSON.stringify(alias)} ${reason}; remove it from aliases:`);
  process.exit(1);
}
/** The file of out/ that writing `file` would overwrite, or need as a folder; undefined when there is none. */
function fileInTheWay(file: string): string | undefined {
  const segments = path.relative('out', file).split(path.sep);
  return segments
    .map((_segment, index) => path.join('out', ...segments.slice(0, index + 1)))
    .find((candidate, index) => {
      const stats = statSync(candidate, { throwIfNoEntry: false });
      return stats !== undefined && (index === segments.length - 1 || !stats.isDirectory());
    });
}
let aliasCount = 0;
for (const post of report.posts.filter((post) => isPublished(post))) {
  for (const alias of post.aliases) {
    const target = aliasExportFile(alias);
    if ('problem' in target) refuseAlias(post, alias, target.problem);
    const own = siteOwnPathAt(target.file);
    if (own) refuseAlias(post, alias, `would write into ${own.path}, which the site writes itself`);
    const file = path.join('out', target.file);
    const inTheWay = fileInTheWay(file);
    if (inTheWay) refuseAlias(post, alias, `would overwrite, or need as a folder, ${inTheWay}, a file of the site`);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, aliasPageHtml(post), { flag: 'wx' });
    } catch (error) {
      refuseAlias(post, alias, `could not be written to ${file} (${error instanceof Error ? error.message : String(error)})`);
    }
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

const previousBuildRemoved = rm(previousBuild, { recursive: true, force: true }).catch((error: unknown) => {
  console.warn(`the previous build in ${previousBuild}/ was not deleted: ${error instanceof Error ? error.message : String(error)}`);
});
const indexedPages = await writeSearchIndex('out');
console.log(`search: indexed ${indexedPages} post${indexedPages === 1 ? '' : 's'} into out/pagefind/`);
await previousBuildRemoved;
