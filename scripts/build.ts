// npm run build [-- --drafts]: a list of named phases, each handed what the ones before it made.
// check content → next build (a static export into out/, whose workers read the checked posts from a
// file instead of parsing them again) → copy bundle files → prune navigation files → strip runtime → not-found page →
// languages without posts → redirect pages → feeds → search index → hosts' rules (and limits: scripts/export-size.ts).
// A phase that cannot go on throws BuildStop; runBuild() is the one place the build ends.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPublicFile } from '@/lib/content/asset-files';
import { copyBundleAssets, oldDevCopiesWarning } from '@/lib/content/bundle-assets';
import { exportClaimsAt } from '@/lib/content/export-owners';
import { isPublished, type ContentReport, type Post } from '@/lib/model/post';
import { aliasPageHtml, firstPageRedirects, redirectPageHtml } from '@/lib/outputs/redirect-page';
import { writeContentIndex } from '@/lib/site-index/index-file';
import { exportedLanguages } from '@/lib/site-index/queries';
import { useCheckedContent } from '@/lib/site-index/store';
import { absoluteUrl, aliasExportFile, exportFileOf, homeUrl, noJekyllFile, notFoundPageUrl, placeholderSegment, siteOwnPathAt } from '@/lib/urls';
import { siteConfig, type Language } from '@/site.config';
import { runContentCheck } from './check-content';
import { pruneNavigationFiles } from './prune-navigation-files';
import { exportSizeWarnings } from './export-size';
import { writeSearchIndex } from './search-index';
import { stripRuntime, UnknownRuntimeMarkupError } from './strip-runtime';

/** A phase that cannot go on: its message has been printed, or is printed by runBuild. */
export class BuildStop extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** What the phases hand on to each other. */
interface BuildState {
  outDir: string;
  report?: ContentReport;
  /** Deleting the previous build, started while the search index is written. */
  previousBuildRemoved?: Promise<void>;
}

// Next.js deletes the previous build's server files before it compiles, and the previous export before
// it copies the new one into place, and the build waits for both: at 1,000 posts the copy took 7–10 s
// instead of 1.5 s. So both are moved aside and deleted while Pagefind writes the search index.
// Until Next.js has written the new export, the previous one is kept: it comes back to out/ if
// Next.js fails, and if a build was stopped, the next one brings it back first.
const previousBuild = '.previous-build';
const previousExport = path.join(previousBuild, 'out');

function restorePreviousExport(outDir: string): void {
  if (!existsSync(previousExport)) return;
  rmSync(outDir, { recursive: true, force: true });
  renameSync(previousExport, outDir);
}

function checkedReport(state: BuildState): ContentReport {
  if (!state.report) throw new Error('a build phase ran before the content check');
  return state.report;
}

async function checkContentPhase(state: BuildState): Promise<void> {
  if (!existsSync(state.outDir)) restorePreviousExport(state.outDir);
  const report = await runContentCheck();
  if (!report) throw new BuildStop('');
  state.report = report;
  // The build's own later phases (redirect pages, feeds) read these posts, not the content folder again.
  useCheckedContent(report);
}

function copyBundleFilesPhase(state: BuildState): void {
  copyBundleAssets(checkedReport(state).posts, state.outDir);
}

function nextBuildPhase(state: BuildState): void {
  // Next.js exports every file of public/, so copies an older `next dev` left there are named first.
  const warning = oldDevCopiesWarning();
  if (warning) console.warn(warning);
  const indexDir = mkdtempSync(path.join(os.tmpdir(), 'content-index-'));
  try {
    const indexEnv = writeContentIndex(checkedReport(state), path.join(indexDir, 'posts.json'));
    rmSync(previousBuild, { recursive: true, force: true });
    mkdirSync(previousBuild);
    const setAside: [string, string][] = [[state.outDir, previousExport], ['.next/server', path.join(previousBuild, 'next-server')]];
    for (const [from, to] of setAside) {
      if (existsSync(from)) renameSync(from, to);
    }
    // Telemetry off: nothing about a community's builds is sent to Vercel, and no notice about it is printed.
    const env = { ...process.env, ...indexEnv, NEXT_TELEMETRY_DISABLED: '1' };
    const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { stdio: 'inherit', env });
    if (next.status !== 0) {
      // A partial out/ (Next.js failed while exporting) gives way to the whole previous one.
      restorePreviousExport(state.outDir);
      rmSync(previousBuild, { recursive: true, force: true });
      throw new BuildStop('', next.status ?? 1);
    }
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}

function pruneNavigationFilesPhase(state: BuildState): void {
  const pruned = pruneNavigationFiles(state.outDir);
  console.log(`navigation files: removed ${pruned.files} index.txt and __next.*.txt file${pruned.files === 1 ? '' : 's'}, ${(pruned.bytes / 1024 ** 2).toFixed(1)} MB`);
}

/**
 * The pages are server components, and what a reader interacts with is an island of its own
 * (lib/outputs/islands.ts): Next.js's runtime (React, the router, the flight data) leaves every page,
 * and its script files the export. Next.js has no option for it in the App Router (vercel/next.js#45009).
 */
async function stripRuntimePhase({ outDir }: BuildState): Promise<void> {
  const started = performance.now();
  let stripped;
  try {
    stripped = await stripRuntime(outDir);
  } catch (error) {
    if (error instanceof UnknownRuntimeMarkupError) throw new BuildStop(error.message);
    throw error;
  }
  const megabytes = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
  console.log(
    `runtime: removed Next.js's scripts and flight data from ${stripped.pages} page${stripped.pages === 1 ? '' : 's'} (${megabytes(stripped.pageBytes)} MB) ` +
      `and ${stripped.files} script file${stripped.files === 1 ? '' : 's'} (${megabytes(stripped.fileBytes)} MB) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
  );
}

/** The file of out/ that writing `file` would overwrite, or need as a folder; undefined when there is none. */
function fileInTheWay(outDir: string, file: string): string | undefined {
  const segments = path.relative(outDir, file).split(path.sep);
  return segments
    .map((_segment, index) => path.join(outDir, ...segments.slice(0, index + 1)))
    .find((candidate, index) => {
      const stats = statSync(candidate, { throwIfNoEntry: false });
      return stats !== undefined && (index === segments.length - 1 || !stats.isDirectory());
    });
}

/**
 * Static hosts serve /404.html for every missing path, in every language: it is the site's own
 * not-found page (every language's words, in the root layout), not Next.js's English default.
 * Next.js 16's global-not-found, which would render it, is still experimental.
 */
function notFoundPagePhase({ outDir }: BuildState): void {
  const rendered = exportFileOf(outDir, notFoundPageUrl());
  const html = readFileSync(rendered);
  for (const target of ['404.html', '404/index.html', '_not-found/index.html']) {
    if (existsSync(path.join(outDir, target))) writeFileSync(path.join(outDir, target), html);
  }
  // The placeholders' pages and files (a language or hub with nothing in it yet) only answer "not found",
  // which 404.html does for them; nothing links to them.
  const placeholders = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => [placeholderSegment, `${placeholderSegment}.ics`].includes(path.basename(name)))
    .sort((a, b) => a.length - b.length);
  for (const name of placeholders) rmSync(path.join(outDir, name), { recursive: true, force: true });
}

/**
 * A language with nothing to show (no posts, no pages) is linked from nowhere, yet Next.js renders
 * every language's routes: its empty home, lists, hubs and calendar leave the export (a file of
 * public/ under its folder stays). Its redirect pages and feeds are not written.
 */
function languagesWithoutPostsPhase({ outDir }: BuildState): void {
  const kept = exportedLanguages();
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    if (kept.includes(lang)) continue;
    const folder = path.dirname(exportFileOf(outDir, homeUrl(lang)));
    if (!existsSync(folder)) continue;
    let removed = 0;
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      const file = path.join(folder, name);
      if (!statSync(file).isFile() || isPublicFile(path.relative(outDir, file).split(path.sep).join('/'))) continue;
      rmSync(file);
      removed += 1;
    }
    // Folders left empty go with them, the deepest first.
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort((a, b) => b.length - a.length)) {
      const entry = path.join(folder, name);
      if (statSync(entry).isDirectory() && readdirSync(entry).length === 0) rmSync(entry, { recursive: true });
    }
    if (readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
    console.log(`languages: ${lang} has no posts or pages, so it is not published; removed the ${removed} file${removed === 1 ? '' : 's'} Next.js rendered for it`);
  }
}

function redirectPagesPhase(state: BuildState): void {
  const { outDir } = state;
  // Each list's /page/1/ leads to the list itself; Next.js rendered it only where a route needed a
  // page. Written before the aliases, so that an alias at one of these paths is refused below.
  let firstPageCount = 0;
  for (const lang of exportedLanguages()) {
    for (const { from, to } of firstPageRedirects(lang)) {
      const file = exportFileOf(outDir, from);
      if (existsSync(file)) continue;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, redirectPageHtml(lang, to, decodeURI(absoluteUrl(to))));
      firstPageCount += 1;
    }
  }
  console.log(`lists: wrote ${firstPageCount} /page/1/ redirect page${firstPageCount === 1 ? '' : 's'}`);

  // The check refused every alias onto the site's own paths already; this second lock keeps a page of
  // the export from being overwritten all the same, and says why in one line, without a stack trace.
  const refuse = (post: Post, alias: string, reason: string) =>
    new BuildStop(`${post.file}:${post.aliasesLine}: alias ${JSON.stringify(alias)} ${reason}; remove it from aliases:`);
  let aliasCount = 0;
  for (const post of checkedReport(state).posts.filter((post) => isPublished(post))) {
    for (const alias of post.aliases) {
      const target = aliasExportFile(alias);
      if ('problem' in target) throw refuse(post, alias, target.problem);
      const own = siteOwnPathAt(target.file);
      if (own) throw refuse(post, alias, `would write into ${own.path}, which the site writes itself`);
      const file = path.join(outDir, target.file);
      const inTheWay = fileInTheWay(outDir, file);
      if (inTheWay) throw refuse(post, alias, `would overwrite, or need as a folder, ${inTheWay}, a file of the site`);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, aliasPageHtml(post), { flag: 'wx' });
      } catch (error) {
        throw refuse(post, alias, `could not be written to ${file} (${error instanceof Error ? error.message : String(error)})`);
      }
      aliasCount += 1;
    }
  }
  console.log(`aliases: wrote ${aliasCount} redirect page${aliasCount === 1 ? '' : 's'}`);
}

async function feedsPhase(state: BuildState): Promise<void> {
  // The feeds render each post with react-dom/server, which Next.js refuses inside the app: they are
  // written here, with the CSS Module hook in place before the components load.
  await import('./css-modules.mjs');
  const started = performance.now();
  const { writeFeeds } = await import('./write-feeds');
  const count = await writeFeeds(state.outDir);
  console.log(`feeds: wrote ${count} feeds in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}

async function searchIndexPhase(state: BuildState): Promise<void> {
  state.previousBuildRemoved = rm(previousBuild, { recursive: true, force: true }).catch((error: unknown) => {
    console.warn(`the previous build in ${previousBuild}/ was not deleted: ${error instanceof Error ? error.message : String(error)}`);
  });
  const indexedPages = await writeSearchIndex(state.outDir);
  console.log(`search: indexed ${indexedPages} post${indexedPages === 1 ? '' : 's'} into ${state.outDir}/pagefind/`);
}

function hostsRulesPhase(state: BuildState): void {
  writeFileSync(path.join(state.outDir, noJekyllFile), '');
  const published = checkedReport(state).posts.filter((post) => isPublished(post) && exportedLanguages().includes(post.lang));
  for (const warning of exportSizeWarnings(state.outDir, published)) console.warn(warning);
}

/** The build, phase by phase, in order. */
export const buildPhases: { name: string; run: (state: BuildState) => void | Promise<void> }[] = [
  { name: 'check content', run: checkContentPhase },
  { name: 'next build', run: nextBuildPhase },
  { name: 'copy bundle files', run: copyBundleFilesPhase },
  { name: 'prune navigation files', run: pruneNavigationFilesPhase },
  { name: 'strip runtime', run: stripRuntimePhase },
  { name: 'not-found page', run: notFoundPagePhase },
  { name: 'languages without posts', run: languagesWithoutPostsPhase },
  { name: 'redirect pages', run: redirectPagesPhase },
  { name: 'feeds', run: feedsPhase },
  { name: 'search index', run: searchIndexPhase },
  { name: "hosts' rules", run: hostsRulesPhase },
];

const pathClashCodes = new Set(['EEXIST', 'EISDIR', 'ENOTDIR']);

/**
 * A phase that met a path of the export written twice: a bug, since check gives every file one owner
 * (lib/content/export-owners.ts). Said with the path and who claims it, without a stack trace.
 */
export function pathClashMessage(error: unknown, { outDir, report }: Pick<BuildState, 'outDir' | 'report'>): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || !pathClashCodes.has(String(error.code)) || !('path' in error)) return undefined;
  const written = path.relative(outDir, String(error.path));
  if (written.startsWith('..')) return undefined;
  const exportPath = `/${written.split(path.sep).join('/')}`;
  const owners = report ? exportClaimsAt(exportPath, report.posts, Object.keys(siteConfig.languages) as Language[]) : [];
  const named = owners.length > 0 ? owners.map((claim) => `  ${claim.path}: ${claim.owner}`).join('\n') : '  (no post, list or file of public/ claims it: Next.js wrote it)';
  return `build stopped: ${error.code} at ${path.join(outDir, written)}, a path of the export that two owners write. The check should have refused this; please report it as a bug, with these owners:\n${named}`;
}

/** Runs every phase; returns the exit code. Once Next.js has written the new export, the previous build is deleted however the rest ends. */
export async function runBuild({ includeDrafts = false, outDir = 'out' } = {}): Promise<number> {
  if (includeDrafts) process.env.INCLUDE_DRAFTS = '1';
  const state: BuildState = { outDir };
  let hasNewExport = false;
  try {
    for (const phase of buildPhases) {
      await phase.run(state);
      if (phase.run === nextBuildPhase) hasNewExport = true;
    }
    return 0;
  } catch (error) {
    const clash = pathClashMessage(error, state);
    if (clash !== undefined) {
      console.error(clash);
      return 1;
    }
    if (!(error instanceof BuildStop)) throw error;
    if (error.message) console.error(error.message);
    return error.exitCode;
  } finally {
    await state.previousBuildRemoved;
    if (hasNewExport) rmSync(previousBuild, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runBuild({ includeDrafts: process.argv.includes('--drafts') });
}
