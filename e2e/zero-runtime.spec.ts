import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { pageJavaScript } from '../scripts/bench/export-stats';

// The export ships HTML and a few kilobytes of script, not Next.js's runtime (the build's "strip
// runtime" phase, the islands of lib/outputs/islands.ts). Budgets are byte counts of the export,
// gzip as static hosts serve it: deterministic, unlike timings.
const outDir = 'out';
const seedPost = 'blog/sofa-weekly-20200710';
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

const islandFile = (name: string) => {
  const file = readdirSync(path.join(outDir, 'islands')).find((candidate) => candidate.startsWith(`${name}-`) && candidate.endsWith('.js'));
  if (!file) throw new Error(`no ${name} island in ${outDir}/islands/`);
  return path.join(outDir, 'islands', file);
};

const htmlPages = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html'));

function scriptsOf(tree: Root | RootContent): Element[] {
  if (tree.type === 'element' && tree.tagName === 'script') return [tree];
  return 'children' in tree ? tree.children.flatMap((child) => scriptsOf(child)) : [];
}

/**
 * The script a page runs before the reader touches search: its inline scripts and script files
 * (pageJavaScript), and the copy island, which the page imports when it has a code block.
 */
function scriptBeforeSearchKb(pagePath: string): number {
  const file = path.join(outDir, pagePath, 'index.html');
  const html = readFileSync(file, 'utf8');
  const hasCodeBlock = html.includes('data-copy-code=');
  return kilobytes(pageJavaScript(outDir, file).codeGzBytes + (hasCodeBlock ? gzipBytes(islandFile('copy-code')) : 0));
}

const postPages = [
  ['the seed post', seedPost],
  ['a page bundle post', 'blog/sofa-meetup-hangzhou'],
  ['a Markdown post', 'blog/sofa-weekly/20190510'],
  ['a post with code', 'blog/sofajraft-snapshot-tuning'],
] as const;

for (const [name, pagePath] of postPages) {
  test(`${name} runs at most 6 KB of script (gzip) before the reader touches search`, () => {
    expect(scriptBeforeSearchKb(pagePath)).toBeLessThanOrEqual(6);
  });
}

test('the search island is at most 30 KB (gzip), besides Pagefind\'s own files', () => {
  expect(kilobytes(gzipBytes(islandFile('search')))).toBeLessThanOrEqual(30);
});

test('the seed post\'s HTML is at most 25 KB', () => {
  expect(kilobytes(readFileSync(path.join(outDir, seedPost, 'index.html')).length)).toBeLessThanOrEqual(25);
});

test('no HTML page holds flight data or names a script file of Next.js, and the export has none', () => {
  expect(htmlPages.length).toBeGreaterThan(20);
  const runtimeScripts = htmlPages.flatMap((page) =>
    scriptsOf(fromHtml(readFileSync(path.join(outDir, page), 'utf8')))
      .filter((script) => String(script.properties.src ?? '').includes('/_next/') || /__next_f|TURBOPACK/.test(toString(script)))
      .map((script) => `${page}: ${String(script.properties.src ?? toString(script).slice(0, 60))}`),
  );
  expect(runtimeScripts).toEqual([]);
  const nextScriptFiles = (readdirSync(path.join(outDir, '_next'), { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => /\.m?js$/.test(file));
  expect(nextScriptFiles).toEqual([]);
});

test('a post page fetches no script until the reader focuses search, then the search island and Pagefind', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/${seedPost}/`, { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  const island = page.waitForRequest((request) => /\/islands\/search-[^/]+\.js$/.test(request.url()));
  const pagefind = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
  await page.getByRole('banner').getByRole('searchbox').focus();
  await island;
  await pagefind;
});

test('without JavaScript a post reads in full, and the search page says search needs JavaScript', async ({ browser }) => {
  const withScript = await browser.newContext();
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const mainText = async (context: typeof withScript) => {
    const page = await context.newPage();
    await page.goto(`/${seedPost}/`);
    return page.getByRole('main').innerText();
  };
  const [shown, shownWithoutScript] = [await mainText(withScript), await mainText(withoutScript)];
  expect(shownWithoutScript.length).toBeGreaterThan(2000);
  // The events clock marks cards as past with script; without it they read as the build saw them.
  expect(shownWithoutScript.replace(/\s+/g, '').length).toBeGreaterThan(shown.replace(/\s+/g, '').length * 0.95);

  const page = await withoutScript.newPage();
  await page.goto('/search/?q=告警');
  // Playwright's text selectors skip <noscript> (microsoft/playwright#15887): the rendered text of the page is read instead.
  expect(await page.getByRole('main').innerText()).toContain('搜索需要启用 JavaScript。');
  await withScript.close();
  await withoutScript.close();
});
