import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// The export of tests/fixtures/hostile-site: posts written as an attacker would, which the check lets
// through with warnings. A reader opens every page, every feed and every file a bundle published,
// and clicks every link and SVG element: nothing may run, and the hostile text shows as text.
const exportDir = '.e2e/hostile';

function exportedFiles(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return relative === '/_next' || relative === '/pagefind' ? [] : exportedFiles(path.join(folder, entry.name), relative);
    return [relative];
  });
}

const files = exportedFiles(exportDir);
const hostileTitle = `标题 ]]> 一 ]]> <x:script xmlns:x="http://www.w3.org/1999/xhtml">alert('feed-title')</x:script>`;
const encode = (file: string) => file.split('/').map(encodeURIComponent).join('/');
// Redirect pages (a list's /page/1/, aliases) move on by themselves: their target is among the pages.
const isRedirectPage = (file: string) => readFileSync(path.join(exportDir, file), 'utf8').includes('http-equiv="refresh"');
const pages = files
  .filter((file) => file.endsWith('/index.html') && !isRedirectPage(file))
  .map((file) => encode(file.slice(0, -'index.html'.length)));
const feeds = files.filter((file) => file.endsWith('.xml')).map(encode);
// The build prunes Next.js's navigation files, so what a post folder holds beside its page is what its bundle published.
const bundleFiles = files.filter((file) => file.startsWith('/blog/') && !file.endsWith('/index.html')).map(encode);

/** Watches a page for anything a post's script could do: a dialog, an error, a changed title. */
function watch(page: Page) {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  return events;
}

/** Clicks every link and every SVG element; a link leads nowhere (only a javascript: URL would still run). */
async function clickEverything(page: Page) {
  await page.evaluate(async () => {
    const hrefOf = (element: Element) => {
      const href = (element as HTMLAnchorElement | SVGAElement).href as string | SVGAnimatedString;
      return typeof href === 'string' ? href : href.animVal;
    };
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      let protocol = '';
      try {
        protocol = new URL(hrefOf(link), location.href).protocol;
      } catch {
        // Not a URL: the browser would not follow it either.
      }
      if (protocol !== 'javascript:') event.preventDefault();
    }, true);
    for (const element of document.querySelectorAll('a, svg, svg *')) {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  await page.waitForTimeout(200);
}

test('the hostile fixture site was exported with its pages, feeds and bundle files', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(feeds).toEqual(expect.arrayContaining(['/feed.xml', '/atom.xml']));
  expect(bundleFiles).toEqual(expect.arrayContaining(['/blog/svg-bundle/logo.svg', '/blog/svg-bundle/doc.pdf']));
});

test('no page runs a post\'s script when it is read and every link and SVG element is clicked', async ({ page }) => {
  test.setTimeout(180_000);
  for (const url of pages) {
    const events = watch(page);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const title = await page.title();
    await clickEverything(page);
    expect(events, url).toEqual([]);
    expect(await page.title(), url).toBe(title);
    expect(await page.evaluate(() => document.getElementsByTagName('x:script').length), url).toBe(0);
    page.removeAllListeners('dialog');
    page.removeAllListeners('pageerror');
  }
});

test('the hostile text of a post shows as text, and the copy island still works beside a clobbering id', async ({ page }) => {
  const events = watch(page);
  await page.goto('/blog/feed-breakout/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByText(`正文里的 ]]> 和 <x:script>alert('feed-body')</x:script> 都是文字。`)).toBeVisible();
  expect(await page.evaluate(() => document.getElementsByTagName('x:script').length)).toBe(0);

  await page.goto('/blog/clobbered-ids/');
  // No flight data (the build strips Next.js's runtime), and no element of the post took its name.
  expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(false);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(events).toEqual([]);
});

test('feeds opened in the browser, with their XML content type, run nothing and show the hostile title as text', async ({ page }) => {
  for (const url of feeds) {
    const events = watch(page);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(response?.headers()['content-type'], url).toMatch(/xml/);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script').length), url).toBe(0);
    expect(events, url).toEqual([]);
    page.removeAllListeners('dialog');
    page.removeAllListeners('pageerror');
  }
  await page.goto('/feed.xml');
  const titles = await page.evaluate(() => [...document.getElementsByTagName('title')].map((title) => title.textContent));
  expect(titles).toContain(hostileTitle);
});

test('a bundle publishes its images and documents, never its sources, HTML or a draft\'s files', async ({ page, request }) => {
  for (const url of bundleFiles) {
    const events = watch(page);
    expect((await page.goto(url))?.status(), url).toBe(200);
    await page.waitForTimeout(100);
    expect(events, url).toEqual([]);
    page.removeAllListeners('dialog');
    page.removeAllListeners('pageerror');
  }
  for (const url of ['/blog/svg-bundle/notes.md', '/blog/svg-bundle/page.html', '/blog/svg-bundle/index.mdx', '/blog/draft-bundle/secret.png', '/blog/draft-bundle/']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});
