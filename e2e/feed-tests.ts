import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { siteConfig } from '../site.config';

// The feeds of an export, read with a real feed parser. Run for the root export (feeds.spec.ts)
// and for the one under /weekly/ (sub-path-feeds.spec.ts).

const seedTitle = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告';

/** The site's absolute URL for a path under the export's base path, as feeds and pages write it. */
export function siteUrl(basePath: string, path: string): string {
  return new URL(`${basePath}${path}`, `${siteConfig.url.replace(/\/$/, '')}/`).href;
}

/** Where the test server serves a URL of the site. */
export function localUrl(url: string, baseURL: string): string {
  const { pathname, search } = new URL(url);
  return new URL(`${pathname}${search}`, baseURL).href;
}

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Every URL in an HTML fragment's href, src and srcset, as written (read by the browser's HTML parser). */
async function urlsIn(page: Page, html: string): Promise<string[]> {
  return page.evaluate((html) => {
    const document = new DOMParser().parseFromString(html, 'text/html');
    const urls = [...document.querySelectorAll('[href], [src]')].map((element) => element.getAttribute('href') ?? element.getAttribute('src')!);
    const srcsets = [...document.querySelectorAll('[srcset]')].flatMap((element) =>
      element.getAttribute('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
    );
    return [...urls, ...srcsets];
  }, html);
}

const isAbsolute = (url: string) => /^(https?|mailto):/.test(url);

/**
 * The seed post's HTML in a feed holds no relative URL; read from elements, so the release link it
 * is known to carry must be among them (HTML escaped once too often would have no element at all).
 */
async function expectOnlyAbsoluteUrls(page: Page, html: string) {
  const urls = await urlsIn(page, html);
  expect(urls).toContain('https://github.com/sofastack/sofa-jraft/releases/tag/1.3.3');
  expect(urls.filter((url) => !isAbsolute(url))).toEqual([]);
}

export function feedTests(basePath: string) {
  test.beforeEach(async ({ page }) => {
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  });

  test('the RSS feed parses and carries the seed post with its author, tags, summary and full HTML', async ({ request, page }) => {
    const rss = parseRssFeed(await fetchText(request, `${basePath}/feed.xml`));
    expect(rss.link).toBe(siteUrl(basePath, '/'));
    expect(rss.items!.length).toBeGreaterThan(0);
    expect(rss.items!.length).toBeLessThanOrEqual(20);
    const seed = rss.items!.find((item) => item.title === seedTitle);
    expect(seed?.link).toBe(siteUrl(basePath, '/blog/sofa-weekly-20200710/'));
    expect(new Date(seed!.pubDate!).toISOString()).toBe('2020-07-10T07:00:00.000Z');
    expect(seed?.dc?.creators).toEqual(['SOFA 团队']);
    expect(seed?.categories?.map((category) => category.name)).toContain('SOFA Weekly');
    expect(seed?.description).toContain('SOFA WEEKLY');
    const html = seed!.content!.encoded!;
    expect(html).toContain('如果回滚失败有没有告警机制实现？比如钉钉告警。');
    expect(html).toContain('修复在 node panic 后可能因为未及时刷盘导致快照元数据丢失的 bug');
    await expectOnlyAbsoluteUrls(page, html);
  });

  test('the Atom feed and the JSON Feed parse and carry the seed post with absolute URLs', async ({ request, page }) => {
    const atom = parseAtomFeed(await fetchText(request, `${basePath}/atom.xml`));
    const entry = atom.entries!.find((candidate) => candidate.title?.value === seedTitle);
    expect(entry?.links?.[0]?.href).toBe(siteUrl(basePath, '/blog/sofa-weekly-20200710/'));
    expect(entry?.authors?.[0]?.name).toBe('SOFA 团队');

    const json = parseJsonFeed(await fetchText(request, `${basePath}/feed.json`));
    expect(json.feed_url).toBe(siteUrl(basePath, '/feed.json'));
    const item = json.items!.find((candidate) => candidate.title === seedTitle);
    expect(item?.url).toBe(siteUrl(basePath, '/blog/sofa-weekly-20200710/'));
    expect(item?.date_published).toBe('2020-07-10T15:00:00+08:00');
    expect(item?.tags).toContain('SOFA Weekly');
    await expectOnlyAbsoluteUrls(page, item!.content_html!);
  });

  test('a page-bundle image in a feed is an absolute URL that serves the image', async ({ request, page, baseURL }) => {
    const json = parseJsonFeed(await fetchText(request, `${basePath}/feed.json`));
    const meetup = json.items!.find((item) => item.url === siteUrl(basePath, '/blog/sofa-meetup-hangzhou/'));
    const image = (await urlsIn(page, meetup!.content_html!)).find((url) => url.endsWith('/architecture.svg'));
    expect(image).toBe(siteUrl(basePath, '/blog/sofa-meetup-hangzhou/architecture.svg'));
    expect((await request.get(localUrl(image!, baseURL!))).status()).toBe(200);
  });

  test('a Chinese tag has its own RSS feed, linked from the tag page with the site feeds', async ({ request, page, baseURL }) => {
    await page.goto(`${basePath}/tags/社区活动/`);
    const feeds = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
      links.map((link) => ({ type: link.getAttribute('type'), href: link.getAttribute('href')! })),
    );
    const tagFeed = siteUrl(basePath, `/tags/${encodeURIComponent('社区活动')}/index.xml`);
    expect(feeds).toEqual([
      { type: 'application/rss+xml', href: tagFeed },
      { type: 'application/rss+xml', href: siteUrl(basePath, '/feed.xml') },
      { type: 'application/atom+xml', href: siteUrl(basePath, '/atom.xml') },
      { type: 'application/feed+json', href: siteUrl(basePath, '/feed.json') },
    ]);
    const rss = parseRssFeed(await fetchText(request, localUrl(tagFeed, baseURL!)));
    expect(rss.link).toBe(siteUrl(basePath, `/tags/${encodeURIComponent('社区活动')}/`));
    expect(rss.items!.length).toBeGreaterThan(0);
    for (const item of rss.items!) expect(item.categories?.map((category) => category.name)).toContain('社区活动');
  });

  test('every page names the three site feeds, and each one is served', async ({ request, page, baseURL }) => {
    await page.goto(`${basePath}/blog/sofa-weekly-20200710/`);
    const hrefs = await page.locator('head link[rel="alternate"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs).toEqual([siteUrl(basePath, '/feed.xml'), siteUrl(basePath, '/atom.xml'), siteUrl(basePath, '/feed.json')]);
    for (const href of hrefs) expect((await request.get(localUrl(href, baseURL!))).status()).toBe(200);
  });
}
