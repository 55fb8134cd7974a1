// npm run lighthouse [-- --runs 3]: Lighthouse (mobile profile, its default) with the system Chromium
// against the export in out/ served by the same static server as the tests. Prints the four scores
// of each page: the median of --runs runs, since scores vary from run to run. Build first.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '4190' } } });
const runs = Number(options.runs);
const pages = [
  ['home page', '/'],
  ['post with a local image', '/blog/sofa-meetup-hangzhou/'],
  ['tag page', '/tags/sofa-weekly/'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('out/index.html')) {
  console.error('out/ has no export; run npm run build first');
  process.exit(1);
}

const origin = `http://localhost:${options.port}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', 'out', options.port], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: Record<string, string | number>[] = [];
const failed = new Set<string>();
try {
  for (const [name, pagePath] of pages) {
    const scores: Record<string, number[]> = Object.fromEntries(categories.map((category) => [category, []]));
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${pagePath}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
      for (const category of categories) scores[category]!.push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
      // What cost points, so that a score below 100 says what to fix.
      for (const category of categories.filter((name) => name !== 'performance')) {
        for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1) failed.add(`${pagePath}  ${category}: ${audit.id} (${audit.title})`);
        }
      }
    }
    rows.push({ page: `${name} (${pagePath})`, ...Object.fromEntries(categories.map((category) => [category, median(scores[category]!)])) });
  }
} finally {
  await chrome.kill();
  server.kill();
}

console.table(rows);
for (const line of failed) console.log(`failed audit: ${line}`);
mkdirSync('bench-results', { recursive: true });
const file = path.join('bench-results', `lighthouse-${new Date().toISOString().slice(0, 19).replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), runs, rows }, null, 2));
console.log(`median of ${runs} runs each; written to ${file}`);
