import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { pageJavaScript } from '../scripts/bench/export-stats';

// What a reader downloads, measured from the files of the export (gzip, as static hosts serve them):
// deterministic, so these are budgets a change can break, unlike timings.
const outDir = 'out';
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * The code a modern browser runs for a page (codeGzBytes: no nomodule polyfills, no flight data).
 * The flight data grows with the post, like the HTML, so it is weighed with the HTML in the page's
 * total below, not in the budget for code.
 */
function javaScriptKb(pagePath: string): number {
  return kilobytes(pageJavaScript(outDir, path.join(outDir, pagePath, 'index.html')).codeGzBytes);
}

/** Everything the browser fetches to show a page: its HTML (flight data included), stylesheets and script files. */
function pageTotalKb(pagePath: string): number {
  const html = readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  const stylesheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  expect(stylesheets.length).toBeGreaterThan(0);
  const cssBytes = stylesheets.reduce((sum, href) => sum + gzipSync(readFileSync(path.join(outDir, href.split('?')[0]!))).length, 0);
  const measured = pageJavaScript(outDir, path.join(outDir, pagePath, 'index.html'));
  return kilobytes(gzipSync(html).length + cssBytes + measured.scriptFilesGzBytes - measured.noModuleGzBytes);
}

const javaScriptBudgetKb = 140;
const pageTypes = [
  ['the home page', ''],
  ['the seed post', 'blog/sofa-weekly-20200710'],
  ['a page bundle post', 'blog/sofa-meetup-hangzhou'],
  ['a Markdown post', 'blog/sofa-weekly/20190510'],
  ['the tag index', 'tags'],
  ['a tag page', 'tags/sofa-weekly'],
  ['a category page', 'categories/社区'],
  ['the archives', 'archives'],
  ['the search page', 'search'],
  ['the releases hub', 'releases'],
  ['the events hub', 'events'],
  ['the questions hub', 'qa'],
] as const;

for (const [name, pagePath] of pageTypes) {
  test(`${name} runs at most ${javaScriptBudgetKb} KB of JavaScript (gzip)`, () => {
    expect(javaScriptKb(pagePath)).toBeLessThanOrEqual(javaScriptBudgetKb);
  });
}

test('the seed post downloads at most 160 KB of HTML, CSS and JavaScript together (gzip)', () => {
  expect(pageTotalKb('blog/sofa-weekly-20200710')).toBeLessThanOrEqual(160);
});

// Each fingerprint is a string the library's own code carries (checked below, so that a renamed
// internal cannot make this test pass by accident), and that no browser chunk may carry.
const serverOnlyCode = [
  { library: 'the MDX compiler (MDX syntax)', file: 'node_modules/micromark-extension-mdxjs-esm/lib/syntax.js', fingerprint: 'mdxjsEsm' },
  { library: 'the Markdown parser (micromark)', file: 'node_modules/micromark-core-commonmark/lib/hard-break-escape.js', fingerprint: 'hardBreakEscape' },
] as const;

function clientChunks(): string[] {
  const chunksDir = path.join(outDir, '_next', 'static');
  return readdirSync(chunksDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => path.join(chunksDir, file));
}

for (const { library, file, fingerprint } of serverOnlyCode) {
  test(`no browser chunk contains ${library}`, () => {
    expect(readFileSync(file, 'utf8')).toContain(fingerprint);
    const chunks = clientChunks();
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((chunk) => readFileSync(chunk, 'utf8').includes(fingerprint))).toEqual([]);
  });
}
