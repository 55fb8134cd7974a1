// npm run bench -- --posts 1000 [--vs-hugo] [--next-floor] [--seed text] [--keep-corpus] [--warm] [--timeout-min 25]
// npm run bench -- --dev [--posts 1000]: next dev instead of builds (scripts/bench/dev-server.ts)
// Generates a deterministic corpus in a temporary folder, runs the production build on it the way a
// user does (npm run build, with CONTENT_DIR pointing at the corpus), changes one post and builds
// again, optionally builds the same posts with Hugo and an app of as many empty Next.js pages
// (the framework's share of the time), then prints a table and writes the figures as
// JSON to bench-results/. content/ is never touched.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases, type BuildPhase } from './bench/build-phases';
import { appendParagraph, probePost, writeCorpus } from './bench/corpus';
import { exportSize, pageJavaScript, type PageJavaScript } from './bench/export-stats';
import { writeHugoSite } from './bench/hugo-site';
import { writeNextFloorSite } from './bench/next-floor-site';
import { measureCommand, type CommandMeasurement } from './bench/measure-command';
import { runDevBench } from './bench/dev-server';
import { benchCategories, benchTags, usesComponents } from './bench/post-source';

/** The figures of one build: a row of the table. */
interface BenchRun {
  name: string;
  posts: number;
  pages: number;
  wallSeconds: number;
  postsPerSecond: number;
  peakRssMb: number;
  peakProcess: string;
  peakTreeRssMb: number;
  outFiles: number;
  outBytes: number;
  jsPerPostPage: PageJavaScript | null;
  phases: BuildPhase[];
  exitCode: number | null;
  timedOut: boolean;
  /** The last "Generating static pages (k/n)" line: how far a build got, and its pages per second then. */
  lastProgress: { seconds: number; text: string } | null;
  loadAverageBefore: number[];
  log: string;
}

const { values: options } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'sofa-weekly-bench' },
    'vs-hugo': { type: 'boolean', default: false },
    'next-floor': { type: 'boolean', default: false },
    'keep-corpus': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    'timeout-min': { type: 'string' },
    dev: { type: 'boolean', default: false },
  },
});
const postCount = Number(options.posts);
if (!Number.isInteger(postCount) || postCount < 1) throw new Error(`--posts must be a whole number above 0; got "${options.posts}"`);
const timeoutSeconds = options['timeout-min'] === undefined ? undefined : Number(options['timeout-min']) * 60;
if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) throw new Error(`--timeout-min must be a number of minutes; got "${options['timeout-min']}"`);

const projectRoot = process.cwd();
const mb = (bytes: number) => bytes / 1024 / 1024;
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const resultsDir = path.join(projectRoot, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const runName = `${stamp}-${postCount}-posts`;

const workDir = mkdtempSync(path.join(os.tmpdir(), 'sofa-bench-'));
console.log(`Generating ${postCount} posts (seed "${options.seed}") in ${workDir} …`);
const generateStarted = performance.now();
const corpus = writeCorpus(path.join(workDir, 'content'), postCount, options.seed);
const generateSeconds = (performance.now() - generateStarted) / 1000;
const probe = probePost(corpus);
const hugoRoot = path.join(workDir, 'hugo');
if (options['vs-hugo']) {
  // Copied now, before the rebuild changes a post, so Hugo builds exactly the posts Next.js built first.
  mkdirSync(hugoRoot);
  writeHugoSite(hugoRoot, corpus);
}
console.log(`  ${(mb(corpus.bytes)).toFixed(1)} MB of MDX in ${generateSeconds.toFixed(1)}s\n`);

// The user's build, with nothing from this shell that changes what it builds.
const buildEnv: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: corpus.root, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '' };
for (const name of ['POSTS_PER_PAGE', 'INCLUDE_DRAFTS', 'NODE_ENV', 'SITE_URL']) delete buildEnv[name];

if (options.dev) {
  console.log('▶ next dev');
  const dev = await runDevBench(corpus, postCount, buildEnv);
  const seconds = (value: number) => `${value.toFixed(2)} s`;
  console.log(`  first post page ${seconds(dev.firstPostPageSeconds)}, warm post page ${seconds(dev.warmPostPageSeconds)}, warm home page ${seconds(dev.warmHomePageSeconds)}`);
  console.log(`  an edited title shows after ${dev.editSeconds.map(seconds).join(', ')} (median ${seconds(dev.medianEditSeconds)})`);
  writeFileSync(path.join(resultsDir, `${runName}-dev.json`), `${JSON.stringify(dev, null, 2)}\n`);
  if (!options['keep-corpus']) rmSync(workDir, { recursive: true, force: true });
  process.exit(0);
}

async function measuredBuild(name: string, command: string, args: string[], cwd: string, outDir: string, probePage: string | null): Promise<BenchRun> {
  const loadAverageBefore = os.loadavg().map((load) => Number(load.toFixed(2)));
  console.log(`▶ ${name} (load average ${loadAverageBefore.join(' ')})`);
  const log = path.join(resultsDir, `${runName}.${name.replace(/\W+/g, '-')}.log`);
  const run: CommandMeasurement = await measureCommand(command, args, {
    cwd,
    env: buildEnv,
    logFile: log,
    onLine: (line) => console.log(`  [${line.seconds.toFixed(1).padStart(6)}s] ${line.text}`),
    timeoutSeconds,
  });
  if (run.timedOut) console.error(`✖ ${name} stopped after ${options['timeout-min']} minutes (--timeout-min); its output is in ${log}`);
  else if (run.exitCode !== 0) console.error(`✖ ${name} failed with exit code ${run.exitCode}; its output is in ${log}`);
  const size = run.exitCode === 0 ? exportSize(outDir) : { pages: 0, files: 0, bytes: 0 };
  return {
    name,
    posts: postCount,
    pages: size.pages,
    wallSeconds: run.wallSeconds,
    postsPerSecond: postCount / run.wallSeconds,
    peakRssMb: mb(run.peakRssBytes),
    peakProcess: run.peakProcess,
    peakTreeRssMb: mb(run.peakTreeRssBytes),
    outFiles: size.files,
    outBytes: size.bytes,
    jsPerPostPage: run.exitCode === 0 && probePage !== null ? pageJavaScript(outDir, probePage) : null,
    phases: command === 'npm' ? buildPhases(run.lines, run.wallSeconds, run.exitCode === 0) : [],
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    lastProgress: run.lines.findLast((line) => /Generating static pages .*\(\d+\/\d+\)/.test(line.text)) ?? null,
    loadAverageBefore,
    log: path.relative(projectRoot, log),
  };
}

const outDir = path.join(projectRoot, 'out');
const probePage = path.join(outDir, 'blog', probe.slug, 'index.html');
const runs: BenchRun[] = [];
if (!options.warm) {
  // A cold build, as on a fresh CI checkout: no Turbopack cache from an earlier build, and no
  // earlier export for Next.js to delete first (after a 10,000-post run that alone takes seconds).
  rmSync(path.join(projectRoot, '.next'), { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
runs.push(await measuredBuild('next build', 'npm', ['run', 'build'], projectRoot, outDir, probePage));
if (runs[0]!.exitCode === 0) {
  appendParagraph(probe.file);
  runs.push(await measuredBuild('next rebuild, 1 post changed', 'npm', ['run', 'build'], projectRoot, outDir, probePage));
}
let hugoVersion: string | null = null;
if (options['vs-hugo']) {
  hugoVersion = execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  const hugoOut = path.join(hugoRoot, 'public');
  runs.push(await measuredBuild('hugo', 'hugo', ['--quiet', '--source', hugoRoot, '--destination', hugoOut], hugoRoot, hugoOut, null));
}
// Next.js counts its own two pages (not found, global error) among the pages it generates.
const generatedPages = Number(/\((\d+)\/\d+\)/.exec(runs[0]!.lastProgress?.text ?? '')?.[1] ?? 0);
const floorRoot = path.join(projectRoot, '.next-floor');
if (options['next-floor'] && runs[0]!.exitCode === 0 && generatedPages > 2) {
  writeNextFloorSite(floorRoot, generatedPages - 2);
  const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next');
  const floorRun = await measuredBuild(`next.js alone, ${generatedPages} empty pages`, process.execPath, [nextBin, 'build'], floorRoot, path.join(floorRoot, 'out'), null);
  runs.push({ ...floorRun, posts: 0, postsPerSecond: 0 });
  rmSync(floorRoot, { recursive: true, force: true });
}

const nextRun = runs[0]!;
const hugoRun = runs.find((run) => run.name === 'hugo');
const hasHugoRatios = hugoRun !== undefined && hugoRun.exitCode === 0 && nextRun.exitCode === 0;
const ratio = hasHugoRatios ? nextRun.wallSeconds / hugoRun.wallSeconds : null;
// What static hosts count: Cloudflare Pages' free plan takes 20,000 files, GitHub Pages 1 GB.
const footprintOverHugo = hasHugoRatios ? { files: nextRun.outFiles / hugoRun.outFiles, bytes: nextRun.outBytes / hugoRun.outBytes } : null;

const header = ['run', 'posts', 'pages', 'wall s', 'posts/s', 'peak MB', 'out files', 'out MB', 'post page JS KB gz'];
const rows = runs.map((run) => [
  run.exitCode === 0 ? run.name : `${run.name} (${run.timedOut ? 'TIMED OUT' : 'FAILED'})`,
  String(run.posts),
  String(run.pages),
  run.wallSeconds.toFixed(1),
  run.exitCode === 0 && run.posts > 0 ? run.postsPerSecond.toFixed(1) : '-',
  run.peakRssMb.toFixed(0),
  String(run.outFiles),
  mb(run.outBytes).toFixed(1),
  run.jsPerPostPage ? (run.jsPerPostPage.codeGzBytes / 1024).toFixed(1) : '-',
]);
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
const formatRow = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(`\n${formatRow(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${rows.map(formatRow).join('\n')}`);
if (ratio !== null && hugoRun) console.log(`\nnext build / hugo wall time: ${nextRun.wallSeconds.toFixed(1)}s / ${hugoRun.wallSeconds.toFixed(1)}s = ${ratio.toFixed(1)}×`);
if (footprintOverHugo && hugoRun) {
  console.log(`next build / hugo files in out/: ${nextRun.outFiles} / ${hugoRun.outFiles} = ${footprintOverHugo.files.toFixed(1)}×`);
  console.log(`next build / hugo bytes in out/: ${mb(nextRun.outBytes).toFixed(1)} MB / ${mb(hugoRun.outBytes).toFixed(1)} MB = ${footprintOverHugo.bytes.toFixed(1)}×`);
}
const floorRun = runs.find((run) => run.name.startsWith('next.js alone'));
if (floorRun?.exitCode === 0) {
  const overHugo = hugoRun?.exitCode === 0 ? ` = ${(floorRun.wallSeconds / hugoRun.wallSeconds).toFixed(1)}× hugo` : '';
  console.log(`${floorRun.name}: ${floorRun.wallSeconds.toFixed(1)}s${overHugo}; the site's own work on top: ${(nextRun.wallSeconds - floorRun.wallSeconds).toFixed(1)}s`);
}
const js = nextRun.jsPerPostPage;
if (js) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `post page JS (/blog/${probe.slug}/): ${kb(js.codeGzBytes)} of code a modern browser runs (the budget's measure); ` +
      `all told ${kb(js.scriptFilesGzBytes)} in ${js.scriptFiles.length} script files (${kb(js.noModuleGzBytes)} of it nomodule polyfills) + ` +
      `${kb(js.inlineGzBytes)} in ${js.inlineScripts} inline scripts`,
  );
}
for (const run of runs.filter((run) => run.exitCode !== 0 && run.lastProgress)) {
  console.log(`\n"${run.name}" got as far as, at ${run.lastProgress!.seconds.toFixed(0)}s: ${run.lastProgress!.text.trim()}`);
}
for (const run of runs.filter((run) => run.phases.length > 0)) {
  console.log(`\nWhere the time of "${run.name}" went (peak RSS ${run.peakRssMb.toFixed(0)} MB in: ${run.peakProcess}):`);
  for (const phase of run.phases) console.log(`  ${phase.seconds.toFixed(1).padStart(7)}s  ${phase.name}`);
}

const nextVersion = (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/next/package.json'), 'utf8')) as { version: string }).version;
const results = {
  date: new Date().toISOString(),
  options,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    loadAverageAfter: os.loadavg().map((load) => Number(load.toFixed(2))),
    note: 'shared machine: other work may have run during the benchmark; see each run\'s loadAverageBefore',
  },
  versions: { node: process.version, next: nextVersion, hugo: hugoVersion },
  corpus: {
    posts: postCount,
    mdxBytes: corpus.bytes,
    tags: benchTags.length,
    categories: benchCategories.length,
    postsWithComponents: corpus.slugs.filter((_, index) => usesComponents(index)).length,
    generateSeconds,
    changedPost: probe.slug,
    folder: options['keep-corpus'] ? workDir : null,
  },
  coldBuild: !options.warm,
  runs,
  nextOverHugoWallTime: ratio,
  nextOverHugoFiles: footprintOverHugo?.files ?? null,
  nextOverHugoBytes: footprintOverHugo?.bytes ?? null,
  nextFloorSeconds: floorRun?.exitCode === 0 ? floorRun.wallSeconds : null,
};
const jsonPath = path.join(resultsDir, `${runName}.json`);
writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures written to ${path.relative(projectRoot, jsonPath)}`);
console.log('Note: out/ now holds the benchmark corpus\'s export; run npm run build to rebuild the real site.');

if (options['keep-corpus']) console.log(`Corpus kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
if (runs.some((run) => run.exitCode !== 0)) process.exitCode = 1;
