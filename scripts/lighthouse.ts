// npm run lighthouse [-- --runs 5 --dir out --dir ../other/out]: Lighthouse (mobile profile, its
// default) with the system Chromium against one export or more (out/ unless --dir), each served by the
// same static server as the tests. Prints the four scores of each page and the metrics behind
// performance: the median of --runs runs, since they vary from run to run. With several --dir, their
// runs alternate, so that two exports are compared under the same load on the machine. Build first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '4190' }, dir: { type: 'string', multiple: true, default: ['out'] } },
});
const runs = Number(options.runs);
const dirs = options.dir;
const pages = [
  ['home page', '/'],
  ['post with a local image', '/blog/sofa-meetup-hangzhou/'],
  ['tag page', '/tags/sofa-weekly/'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The metrics the performance score is made of, so that a lower score says which one moved.
const metrics = [
  ['FCP ms', 'first-contentful-paint'],
  ['LCP ms', 'largest-contentful-paint'],
  ['TBT ms', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI ms', 'speed-index'],
] as const;

for (const dir of dirs) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}/ has no export; run npm run build first`);
    process.exit(1);
  }
}

const origins = dirs.map((_, index) => `http://localhost:${Number(options.port) + index}`);
const servers = dirs.map((dir, index) => spawn(process.execPath, ['scripts/serve.mjs', dir, String(Number(options.port) + index)], { stdio: ['ignore', 'pipe', 'inherit'] }));
await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()))));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: Record<string, string | number>[] = [];
const failed = new Set<string>();
try {
  for (const [name, pagePath] of pages) {
    const scores = dirs.map(() => Object.fromEntries([...categories, ...metrics.map(([label]) => label)].map((column) => [column, [] as number[]])));
    for (let run = 0; run < runs; run++) {
      for (const [index, dir] of dirs.entries()) {
        const result = await lighthouse(`${origins[index]}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
        for (const category of categories) scores[index]![category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
        for (const [label, id] of metrics) {
          const value = result.lhr.audits[id]?.numericValue ?? NaN;
          scores[index]![label]!.push(label === 'CLS' ? Math.round(value * 1000) / 1000 : Math.round(value));
        }
        // What cost points, so that a score below 100 says what to fix.
        for (const category of categories.filter((category) => category !== 'performance')) {
          for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
            const audit = result.lhr.audits[ref.id];
            if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) failed.add(`${dir}${pagePath}  ${category}: ${audit.id} (${audit.title})`);
          }
        }
      }
    }
    for (const [index, dir] of dirs.entries()) {
      rows.push({
        ...(dirs.length > 1 ? { export: dir } : {}),
        page: `${name} (${pagePath})`,
        ...Object.fromEntries(Object.entries(scores[index]!).map(([column, values]) => [column, median(values)])),
      });
    }
  }
} finally {
  await chrome.kill();
  for (const server of servers) server.kill();
}

console.table(rows);
for (const line of failed) console.log(`failed audit: ${line}`);
mkdirSync('bench-results', { recursive: true });
const file = path.join('bench-results', `lighthouse-${new Date().toISOString().slice(0, 19).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), dirs, runs, rows }, null, 2));
console.log(`median of ${runs} runs each${dirs.length > 1 ? ', the exports alternating' : ''}; written to ${file}`);
