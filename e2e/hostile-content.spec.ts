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

interface Watch {
  events: string[];
  /** The dialogs' dismissals still on their way to the browser. */
  dismissals: Promise<void>[];
}

/** Watches a page for anything a post's script could do: a dialog, an error, a changed title. */
function watch(page: Page): Watch {
  const watched: Watch = { events: [], dismissals: [] };
  page.on('dialog', (dialog) => {
    watched.events.push(`dialog: ${dialog.message()}`);
    // Chromium sometimes closes a dialog of a PDF's page by itself before the dismissal arrives; the
    // dialog was shown and is counted, so only that failure is let through.
    watched.dismissals.push(dialog.dismiss().catch((error: Error) => {
      if (!error.message.includes('No dialog is showing')) throw error;
    }));
  });
  page.on('pageerror', (error) => watched.events.push(`page error: ${error.message}`));
  return watched;
}

/** Stops watching once every dialog seen is dismissed, so that none is left open for the next page. */
async function stopWatching(page: Page, { dismissals }: Watch) {
  await Promise.all(dismissals);
  page.removeAllListeners('dialog');
  page.removeAllListeners('pageerror');
}

const sentinels = ['dialog: sentinel-link', 'dialog: sentinel-form'];

/**
 * Waits for what the page still had queued, then asserts nothing of a post's ran: a javascript: link
 * and a javascript: form of the test's own, clicked and submitted after everything else, must show
 * their dialogs. Script from a javascript: URL runs in the order the navigations were asked for, so
 * once these two showed, a post's would have too; and they prove the watch sees such a dialog at all.
 */
async function expectNothingRan(page: Page, { events }: Watch, url: string) {
  await page.evaluate(() => {
    // In XHTML's namespace, so that an SVG image or a feed opened as XML can hold them too.
    const link = document.createElementNS('http://www.w3.org/1999/xhtml', 'a') as HTMLAnchorElement;
    link.href = "javascript:alert('sentinel-link')";
    document.documentElement.append(link);
    link.click();
    const form = document.createElementNS('http://www.w3.org/1999/xhtml', 'form') as HTMLFormElement;
    form.action = "javascript:alert('sentinel-form')";
    document.documentElement.append(form);
    form.requestSubmit();
  });
  await expect.poll(() => sentinels.filter((sentinel) => events.includes(sentinel)), { message: url }).toEqual(sentinels);
  expect(events.filter((event) => !sentinels.includes(event)), url).toEqual([]);
}

/**
 * Clicks every link, button, input, summary and SVG element, and submits every form; a link or a form
 * leads nowhere (only a javascript: URL would still run).
 */
async function clickEverything(page: Page) {
  return page.evaluate(async () => {
    const hrefOf = (element: Element) => {
      const href = (element as HTMLAnchorElement | SVGAElement).href as string | SVGAnimatedString;
      return typeof href === 'string' ? href : href.animVal;
    };
    const protocolOf = (url: string) => {
      try {
        return new URL(url, location.href).protocol;
      } catch {
        return ''; // Not a URL: the browser would not follow it either.
      }
    };
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (link && protocolOf(hrefOf(link)) !== 'javascript:') event.preventDefault();
    }, true);
    document.addEventListener('submit', (event) => {
      const submitter = event.submitter as HTMLButtonElement | HTMLInputElement | null;
      const action = submitter?.hasAttribute('formaction') ? submitter.formAction : (event.target as HTMLFormElement).action;
      if (protocolOf(action) !== 'javascript:') event.preventDefault();
    }, true);
    const targets = [...document.querySelectorAll('a, button, input, summary, svg, svg *')];
    for (const element of targets) {
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const forms = [...document.forms];
    for (const form of forms) form.requestSubmit();
    return { clicked: targets.length, forms: forms.length };
  });
}

test('the hostile fixture site was exported with its pages, feeds and bundle files', () => {
  expect(pages.length).toBeGreaterThan(10);
  expect(feeds).toEqual(expect.arrayContaining(['/feed.xml', '/atom.xml']));
  expect(bundleFiles).toEqual(expect.arrayContaining(['/blog/svg-bundle/logo.svg', '/blog/svg-bundle/doc.pdf']));
});

test('no page runs a post\'s script when it is read and every link and SVG element is clicked', async ({ page }) => {
  test.setTimeout(180_000);
  for (const url of pages) {
    const watched = watch(page);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const title = await page.title();
    const { clicked } = await clickEverything(page);
    expect(clicked, url).toBeGreaterThan(0);
    await expectNothingRan(page, watched, url);
    expect(await page.title(), url).toBe(title);
    expect(await page.evaluate(() => document.getElementsByTagName('x:script').length), url).toBe(0);
    await stopWatching(page, watched);
  }
});

// What the allow-list refuses, as a selector for the post's page and what the fixture writes to try it:
// each is checked to be in a fixture post, so that a fixture edit cannot make its absence trivial.
const fixturePosts = ['raw-html', 'raw-controls'];
const refusedMarkup = [
  { selector: 'form', written: /<form action="javascript:/ },
  { selector: '[formaction]', written: /formaction="javascript:/ },
  { selector: 'button', written: /<button onclick=/ },
  { selector: 'object', written: /<object data="javascript:/ },
  { selector: 'embed', written: /<embed src="javascript:/ },
  { selector: 'base', written: /<base href="javascript:/ },
  { selector: 'meta[http-equiv="refresh" i]', written: /<meta http-equiv="refresh" content="0;url=javascript:/i },
  { selector: 'iframe[srcdoc]', written: /<iframe src="[^"]+" srcdoc=/i },
  { selector: 'iframe[src]:not([src^="https://player.bilibili.com/"])', written: /<iframe src="https:\/\/evil\.example\//i },
  { selector: 'script', written: /<script>alert\(/ },
  { selector: 'svg', written: /<svg width=/ },
  { selector: 'math', written: /<math>/ },
  { selector: '[style]', written: /<p style="position:fixed/ },
  { selector: '[data-pagefind-meta], [data-pagefind-filter]', written: /data-pagefind-meta="title:/ },
] as const;

test('the refused markup of a post is absent from its page, not only harmless', async ({ page }) => {
  const written = fixturePosts.map((name) => readFileSync(`tests/fixtures/hostile-site/zh/blog/${name}.md`, 'utf8')).join('\n');
  for (const { selector, written: pattern } of refusedMarkup) expect(written, selector).toMatch(pattern);
  for (const name of fixturePosts) {
    expect((await page.goto(`/blog/${name}/`))?.status(), name).toBe(200);
    // The post's own text, so that an empty page cannot pass.
    const body = page.locator('article [class$="_body"]');
    await expect(body.getByText('正文第一段')).toBeVisible();
    for (const { selector } of refusedMarkup) await expect(body.locator(selector), `${name}: ${selector}`).toHaveCount(0);
    // Page-wide: no element of the page holds an event handler or a script URL, and none refreshes the page.
    const runnable = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes]
      .filter((attribute) => /^on/i.test(attribute.name) || /^(javascript|vbscript|data:text\/html)/i.test(attribute.value.replace(/[\s\u0000-\u001f]/g, '')))
      .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`)));
    expect(runnable, name).toEqual([]);
    await expect(page.locator('object, embed, base, meta[http-equiv="refresh" i], iframe[srcdoc], [formaction]'), name).toHaveCount(0);
  }
});

test('the hostile text of a post shows as text, and the copy island still works beside a clobbering id', async ({ page }) => {
  const watched = watch(page);
  await page.goto('/blog/feed-breakout/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileTitle);
  await expect(page.getByText(`正文里的 ]]> 和 <x:script>alert('feed-body')</x:script> 都是文字。`)).toBeVisible();
  expect(await page.evaluate(() => document.getElementsByTagName('x:script').length)).toBe(0);

  await page.goto('/blog/clobbered-ids/');
  // No flight data (the build strips Next.js's runtime), and no element of the post took its name.
  expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(false);
  // An element named __next_f would be a global of that name, and no array either.
  expect(await page.evaluate(() => [typeof (self as unknown as { __next_f?: unknown }).__next_f, document.getElementById('__next_f'), document.getElementsByName('__next_f').length])).toEqual(['undefined', null, 0]);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '复制' }).click();
  await expect(page.getByRole('button', { name: '已复制' })).toBeVisible();
  expect(watched.events).toEqual([]);
});

test('feeds opened in the browser, with their XML content type, run nothing and show the hostile title as text', async ({ page }) => {
  for (const url of feeds) {
    const watched = watch(page);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(response?.headers()['content-type'], url).toMatch(/xml/);
    expect(await page.evaluate(() => document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'script').length), url).toBe(0);
    await expectNothingRan(page, watched, url);
    await stopWatching(page, watched);
  }
  await page.goto('/feed.xml');
  const titles = await page.evaluate(() => [...document.getElementsByTagName('title')].map((title) => title.textContent));
  expect(titles).toContain(hostileTitle);
});

test('a bundle publishes its images and documents, never its sources, HTML or a draft\'s files', async ({ page, request }) => {
  for (const url of bundleFiles) {
    const watched = watch(page);
    expect((await page.goto(url))?.status(), url).toBe(200);
    await expectNothingRan(page, watched, url);
    await stopWatching(page, watched);
  }
  for (const url of ['/blog/svg-bundle/notes.md', '/blog/svg-bundle/page.html', '/blog/svg-bundle/index.mdx', '/blog/draft-bundle/secret.png', '/blog/draft-bundle/']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});
