import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// What a reader downloads, measured as Chromium loads each page from the export (gzip, as static hosts
// serve it): deterministic, so these are budgets a change can break, unlike timings.
const outDir = 'out';
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

interface PageLoad {
  /** The page's HTML as served, gzipped. */
  htmlGzBytes: number;
  /** Each script and stylesheet file the browser fetched, by path, gzipped on its own (each is its own request). */
  files: Map<string, { type: 'script' | 'stylesheet'; gzBytes: number }>;
  /**
   * The text of every inline script of the DOM that the browser runs as JavaScript, but Next.js's
   * flight data (self.__next_f), which is the page's content once more and grows with the post like
   * the HTML: it is weighed with the HTML in the page's total below, not in the budget for code.
   */
  inlineCode: string[];
  /** The src of every <script src> of the DOM that a modern browser runs (nomodule ones aside). */
  scriptSources: string[];
}

/** Opens a page as a reader does and records every script it runs and every file it fetched, once the network is idle. */
async function loadPage(page: Page, pagePath: string): Promise<PageLoad> {
  const files: PageLoad['files'] = new Map();
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    bodies.push(response.body().then((body) => {
      files.set(decodeURI(new URL(response.url()).pathname), { type, gzBytes: gzipSync(body).length });
    }));
  });
  const response = await page.goto(pagePath === '' ? '/' : `/${pagePath}/`);
  expect(response?.status(), pagePath).toBe(200);
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  const { inlineCode, scriptSources } = await page.evaluate(() => {
    const scripts = [...document.scripts].filter((script) => /^(|text\/javascript|application\/javascript|module)$/i.test(script.type.trim()));
    return {
      inlineCode: scripts.filter((script) => !script.hasAttribute('src') && !script.text.trimStart().startsWith('self.__next_f')).map((script) => script.text),
      scriptSources: scripts.filter((script) => script.hasAttribute('src') && !script.noModule).map((script) => decodeURI(new URL(script.src).pathname)),
    };
  });
  return { htmlGzBytes: gzipSync(await response!.body()).length, files, inlineCode, scriptSources };
}

/** The code a modern browser runs for a page: every script file it fetched, and its inline code gzipped together, as the HTML that carries it is. */
function javaScriptGzBytes(load: PageLoad): number {
  const scriptFiles = [...load.files.values()].filter((file) => file.type === 'script');
  return scriptFiles.reduce((sum, file) => sum + file.gzBytes, 0) + (load.inlineCode.length === 0 ? 0 : gzipSync(load.inlineCode.join('\n')).length);
}

/** A page must have been seen running the scripts it is known to have, so that a page measured as empty cannot pass. */
function expectKnownScripts(load: PageLoad, pagePath: string, known: readonly string[]) {
  // Every page runs the theme script and the few lines that import an island when it is needed
  // (components/IslandScripts.tsx): the lower bound of what a page is seen to run.
  for (const fingerprint of ['[data-theme-toggle]', 'form[data-search]', ...known]) {
    expect(load.inlineCode.filter((text) => text.includes(fingerprint)), `${pagePath}: an inline script with ${fingerprint}`).toHaveLength(1);
  }
  for (const source of load.scriptSources) expect(load.files.get(source)?.type, `${pagePath}: ${source} was fetched and measured`).toBe('script');
}

// No page runs Next.js or React (the build's "strip runtime" phase): a page runs its inline scripts,
// and the copy island where it has a code block, until the reader touches search.
const javaScriptBudgetKb = 6;
// The search page alone runs the search as it opens: the search island (at most 30 KB, 7 KB today)
// and Pagefind's script and worker (25 KB) come on top of what every page runs.
const searchPageBudgetKb = 60;
// Each page type, its budget, and the inline scripts it is known to run beside the theme script.
const pageTypes = [
  ['the home page', '', javaScriptBudgetKb, []],
  ['the seed post', 'blog/sofa-weekly-20200710', javaScriptBudgetKb, ['[data-ends-at]']],
  ['a page bundle post', 'blog/sofa-meetup-hangzhou', javaScriptBudgetKb, []],
  ['a Markdown post', 'blog/sofa-weekly/20190510', javaScriptBudgetKb, []],
  ['a post with code', 'blog/sofajraft-snapshot-tuning', javaScriptBudgetKb, []],
  ['the tag index', 'tags', javaScriptBudgetKb, []],
  ['a tag page', 'tags/sofa-weekly', javaScriptBudgetKb, []],
  ['a category page', 'categories/社区', javaScriptBudgetKb, []],
  ['the archives', 'archives', javaScriptBudgetKb, []],
  ['the search page', 'search', searchPageBudgetKb, []],
  ['the releases hub', 'releases', javaScriptBudgetKb, []],
  ['the events hub', 'events', javaScriptBudgetKb, ['var upcomingCount']],
  ['the questions hub', 'qa', javaScriptBudgetKb, []],
] as const;

for (const [name, pagePath, budgetKb, known] of pageTypes) {
  test(`${name} runs at most ${budgetKb} KB of JavaScript (gzip)`, async ({ page }) => {
    const load = await loadPage(page, pagePath);
    expectKnownScripts(load, pagePath, known);
    const fetched = [...load.files.keys()];
    if (pagePath === 'search') expect(fetched).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', expect.stringMatching(/^\/islands\/search-[\w-]+\.js$/)]));
    // A page with a code block runs its copy island as it loads, and it is weighed.
    if (pagePath === 'blog/sofajraft-snapshot-tuning') expect(fetched).toEqual(expect.arrayContaining([expect.stringMatching(/^\/islands\/copy-code-[\w-]+\.js$/)]));
    expect(kilobytes(javaScriptGzBytes(load))).toBeLessThanOrEqual(budgetKb);
  });
}

test('the seed post downloads at most 30 KB of HTML, CSS and JavaScript together (gzip)', async ({ page }) => {
  const load = await loadPage(page, 'blog/sofa-weekly-20200710');
  expectKnownScripts(load, 'blog/sofa-weekly-20200710', ['[data-ends-at]']);
  const stylesheets = [...load.files.values()].filter((file) => file.type === 'stylesheet');
  expect(stylesheets.length).toBeGreaterThan(0);
  const fileBytes = [...load.files.values()].reduce((sum, file) => sum + file.gzBytes, 0);
  expect(kilobytes(load.htmlGzBytes + fileBytes)).toBeLessThanOrEqual(30);
});

// Each fingerprint is a string the library's own code carries (checked below, so that a renamed
// internal cannot make this test pass by accident), and that no browser chunk may carry.
const serverOnlyCode = [
  { library: 'the MDX compiler (MDX syntax)', file: 'node_modules/micromark-extension-mdxjs-esm/lib/syntax.js', fingerprint: 'mdxjsEsm' },
  { library: 'the Markdown parser (micromark)', file: 'node_modules/micromark-core-commonmark/lib/hard-break-escape.js', fingerprint: 'hardBreakEscape' },
] as const;

/** Every script file of the export a browser may run: the islands, and whatever Next.js's static folder still holds. */
function clientChunks(): string[] {
  return [path.join(outDir, 'islands'), path.join(outDir, '_next', 'static')]
    .filter((folder) => existsSync(folder))
    .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => path.join(folder, file)));
}

for (const { library, file, fingerprint } of serverOnlyCode) {
  test(`no browser chunk contains ${library}`, () => {
    expect(readFileSync(file, 'utf8')).toContain(fingerprint);
    const chunks = clientChunks();
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((chunk) => readFileSync(chunk, 'utf8').includes(fingerprint))).toEqual([]);
  });
}
