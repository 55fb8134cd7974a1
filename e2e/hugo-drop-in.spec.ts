import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { parseRssFeed } from 'feedsmith';

// The export of tests/fixtures/hugo-drop-in, a Hugo content/ folder copied as it is (Chinese at the
// root, English under /en/, a blog and an activities section), built with BROKEN_LINKS=warning into
// .e2e/hugo. Every URL is written out as the Hugo site serves it, never asked of the site's code.
const exportDir = '.e2e/hugo';

const posts = {
  mosnZh: { url: '/blog/mosn-introduction/', title: 'MOSN 入门：云原生网络代理的第一步' },
  weekly: { url: '/blog/sofa-weekly-20181207/', title: 'SOFA Weekly | 2018-12-07' },
  bolt: { url: '/blog/sofa-bolt-deep-dive/', title: 'SOFABolt 源码解析：网络通信框架的设计' },
  seata: { url: '/blog/seata-roadmap/', title: 'Seata 路线图：分布式事务的下一站' },
  meetup: { url: '/activities/sofa-meetup-shanghai/', title: 'SOFA Meetup #5 上海站：云原生中间件实践' },
  channel: { url: '/activities/sofa-channel-12/', title: 'SOFAChannel#12：SOFARegistry 注册中心深度解析' },
  mosnEn: { url: '/en/blog/mosn-introduction/', title: 'Getting started with MOSN, a cloud-native network proxy' },
  layotto: { url: '/en/blog/layotto-runtime-api/', title: 'Layotto: a runtime API for applications beside the sidecar' },
} as const;

type PostUnderTest = (typeof posts)[keyof typeof posts];

const zhBlog = [posts.mosnZh, posts.weekly, posts.bolt, posts.seata];
const activities = [posts.meetup, posts.channel];
const enBlog = [posts.mosnEn, posts.layotto];

test.beforeEach(async ({ page }) => {
  // Remote images and embeds cannot load on a machine without internet; they are not the site's.
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

/** A link to `url` in the page's main content: a list entry or a link in a post's body. */
const linkInMain = (page: Page, url: string) => page.getByRole('main').locator(`a[href="${url}"]`);

async function expectListsOnly(page: Page, listed: PostUnderTest[], unlisted: PostUnderTest[]) {
  for (const post of listed) {
    await expect(page.getByRole('main').getByRole('link', { name: post.title, exact: true }), post.title).toHaveAttribute('href', post.url);
  }
  for (const post of unlisted) await expect(linkInMain(page, post.url), post.title).toHaveCount(0);
}

test.describe('pages at their Hugo URLs', () => {
  for (const post of Object.values(posts)) {
    test(`${post.url} is the post "${post.title}"`, async ({ page }) => {
      const response = await page.goto(post.url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
    });
  }

  test('a file directly in zh/ is a single page at /about/, in no list', async ({ page }) => {
    expect((await page.goto('/about/'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于我们');
    await expect(page.getByText('SOFA Weekly 由 SOFAStack 社区的志愿者维护')).toBeVisible();
    for (const list of ['/', '/blog/', '/activities/']) {
      await page.goto(list);
      await expect(linkInMain(page, '/about/'), list).toHaveCount(0);
    }
  });

  test('the value whose closing quote wrapped onto the next line is read as Hugo reads it', async ({ page }) => {
    await page.goto(posts.weekly.url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^SOFA Weekly \| 每周精选，筛选每周精华问答，同步开源进展，欢迎留言互动。\s*$/,
    );
  });
});

test.describe('section lists and home pages', () => {
  test('/activities/ takes its title and description from _index.md and lists the activities only', async ({ page }) => {
    await page.goto('/activities/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('社区活动');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'SOFAStack 社区的线下 Meetup 与线上直播：往期回顾与资料下载。');
    await expectListsOnly(page, activities, [...zhBlog, ...enBlog]);
  });

  test('/blog/ lists the Chinese blog posts, not the activities', async ({ page }) => {
    await page.goto('/blog/');
    await expectListsOnly(page, zhBlog, [...activities, ...enBlog]);
  });

  test('/en/blog/ lists the English posts under the title of en/blog/_index.md', async ({ page }) => {
    await page.goto('/en/blog/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blog');
    await expectListsOnly(page, enBlog, [...zhBlog, ...activities]);
  });

  test('the home page lists the posts of mainSections (the blog), not the activities', async ({ page }) => {
    await page.goto('/');
    await expectListsOnly(page, zhBlog, [...activities, ...enBlog]);
  });

  test('/en/ lists the English posts only', async ({ page }) => {
    await page.goto('/en/');
    await expectListsOnly(page, enBlog, [...zhBlog, ...activities]);
  });

  test('a tag spans the sections of its language', async ({ page }) => {
    await page.goto('/tags/sofastack/');
    await expectListsOnly(page, [posts.weekly, posts.meetup], [posts.mosnZh, posts.channel]);
  });

  test('previous and next stay within a section', async ({ page }) => {
    // By date the blog post /blog/mosn-introduction/ (2019-12-18) is next to the meetup (2019-12-28).
    const neighbours = () =>
      page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await page.goto(posts.meetup.url);
    expect(await neighbours()).toEqual([posts.channel.url]);
    await page.goto(posts.mosnZh.url);
    expect(await neighbours()).toEqual([posts.seata.url]);
  });
});

/** An RSS document served at `path`, parsed. */
async function rssAt(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  const xml = await response.text();
  expect(xml, path).toContain('<rss');
  const items = parseRssFeed(xml).items ?? [];
  return { xml, items, titles: items.map((item) => item.title) };
}

test.describe('feeds', () => {
  test('/activities/index.xml is the section\'s RSS feed, with the covers from the bundles', async ({ request }) => {
    const { items, titles } = await rssAt(request, '/activities/index.xml');
    expect([...titles].sort()).toEqual(activities.map((post) => post.title).sort());
    const meetup = items.find((item) => item.title === posts.meetup.title);
    expect(meetup?.content?.encoded).toMatch(/src="https?:\/\/[^"]+\/activities\/sofa-meetup-shanghai\/cover\.jpg"/);
  });

  const hugoFeeds: { path: string; has: PostUnderTest[]; hasNot: PostUnderTest[] }[] = [
    { path: '/index.xml', has: [posts.mosnZh], hasNot: enBlog },
    { path: '/blog/index.xml', has: zhBlog, hasNot: [...activities, ...enBlog] },
    { path: '/activities/index.xml', has: activities, hasNot: [...zhBlog, ...enBlog] },
    { path: '/tags/sofastack/index.xml', has: [posts.weekly, posts.meetup], hasNot: [posts.mosnZh] },
    { path: `/categories/${encodeURIComponent('技术解读')}/index.xml`, has: [posts.mosnZh, posts.bolt], hasNot: [posts.seata] },
    { path: '/en/index.xml', has: enBlog, hasNot: [...zhBlog, ...activities] },
    { path: '/en/blog/index.xml', has: enBlog, hasNot: zhBlog },
    { path: '/en/tags/layotto/index.xml', has: [posts.layotto], hasNot: [posts.mosnEn] },
  ];
  for (const { path, has, hasNot } of hugoFeeds) {
    test(`Hugo's feed path ${decodeURIComponent(path)} still serves RSS to existing subscribers`, async ({ request }) => {
      const { titles } = await rssAt(request, path);
      for (const post of has) expect(titles, path).toContain(post.title);
      for (const post of hasNot) expect(titles, path).not.toContain(post.title);
    });
  }

  test('the site\'s feed is at Hugo\'s /index.xml too, and a list\'s one feed is at Hugo\'s path only', async ({ request }) => {
    for (const [hugoPath, feedPath] of [['/index.xml', '/feed.xml'], ['/en/index.xml', '/en/feed.xml']]) {
      expect((await rssAt(request, hugoPath!)).xml, hugoPath).toBe((await rssAt(request, feedPath!)).xml);
    }
    for (const copy of ['/activities/feed.xml', '/tags/sofastack/feed.xml', '/en/blog/feed.xml']) expect((await request.get(copy)).status(), copy).toBe(404);
  });
});

test.describe('covers written /cover.jpg', () => {
  for (const activity of activities) {
    test(`${activity.url} is shared with the cover.jpg of its bundle`, async ({ page, request }) => {
      const cover = `${activity.url}cover.jpg`;
      const response = await request.get(cover);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/jpeg/);
      expect([...(await response.body()).subarray(0, 2)]).toEqual([0xff, 0xd8]);

      await page.goto(activity.url);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(ogImage).toMatch(/^https?:\/\//);
      expect(new URL(ogImage!).pathname).toBe(cover);
    });
  }

  test('a cover the list or the page shows is served', async ({ page, request }) => {
    for (const path of ['/activities/', posts.meetup.url]) {
      await page.goto(path);
      // Resolved by the browser against the page's URL, as it would load them (lazily, so not waited for).
      const covers = await page.locator('img[src*="cover.jpg"]').evaluateAll((images) => (images as HTMLImageElement[]).map((image) => image.src));
      expect(covers.length, `covers shown on ${path}`).toBeGreaterThan(0);
      for (const cover of covers) {
        const response = await request.get(cover);
        expect(response.status(), `${cover} on ${path}`).toBe(200);
        expect(response.headers()['content-type'], `${cover} on ${path}`).toMatch(/^image\/jpeg/);
      }
    }
  });
});

test.describe('two languages', () => {
  test('an English post\'s copy button copies and says so in English', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(posts.mosnEn.url);
    const block = page.locator('[data-code-block]').filter({ hasText: 'git clone' });
    // Found by its place rather than its name, which changes when it is clicked.
    const button = block.getByRole('button');
    await expect(button).toHaveAccessibleName('Copy');
    await expect(button).toHaveAttribute('data-copy-code', 'en');
    await button.click();
    await expect(page.getByRole('status')).toHaveText('Copied');
    await expect(button).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('git clone https://github.com/mosn/mosn.git\ncd mosn && make build');
    await expect(button).toHaveText('Copy');
  });

  const languageOf: [string, string][] = [
    ['/', 'zh-CN'],
    [posts.mosnZh.url, 'zh-CN'],
    ['/activities/', 'zh-CN'],
    [posts.meetup.url, 'zh-CN'],
    ['/about/', 'zh-CN'],
    ['/tags/sofastack/', 'zh-CN'],
    ['/en/', 'en'],
    ['/en/blog/', 'en'],
    [posts.mosnEn.url, 'en'],
    [posts.layotto.url, 'en'],
    ['/en/tags/layotto/', 'en'],
  ];
  test('each page\'s static HTML names its language in <html lang>', async ({ request, page }) => {
    for (const [path, lang] of languageOf) {
      const html = await (await request.get(path)).text();
      expect(/<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1], path).toBe(lang);
    }
    await page.goto(posts.layotto.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  /** The header's link to the other language, found by the language it goes to. */
  const switcherTo = (page: Page, hreflang: 'en' | 'zh-CN') => page.getByRole('banner').locator(`a[hreflang="${hreflang}"]`);

  test('the switcher on a translated post goes to its translation, and back', async ({ page }) => {
    await page.goto(posts.mosnZh.url);
    await expect(switcherTo(page, 'en')).toHaveAttribute('href', posts.mosnEn.url);
    await switcherTo(page, 'en').click();
    await expect(page).toHaveURL(posts.mosnEn.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(posts.mosnEn.title);

    await expect(switcherTo(page, 'zh-CN')).toHaveAttribute('href', posts.mosnZh.url);
    await switcherTo(page, 'zh-CN').click();
    await expect(page).toHaveURL(posts.mosnZh.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(posts.mosnZh.title);
  });

  test('on a page with no translation the switcher goes to the other language\'s home', async ({ page }) => {
    for (const [path, hreflang, home] of [
      [posts.layotto.url, 'zh-CN', '/'],
      [posts.bolt.url, 'en', '/en/'],
      ['/activities/', 'en', '/en/'],
      ['/', 'en', '/en/'],
      ['/en/', 'zh-CN', '/'],
    ] as const) {
      await page.goto(path);
      await expect(switcherTo(page, hreflang), path).toHaveAttribute('href', home);
    }
    await page.goto(posts.layotto.url);
    await switcherTo(page, 'zh-CN').click();
    await expect(page).toHaveURL('/');
    await expect(linkInMain(page, posts.mosnZh.url).first()).toBeVisible();
  });

  /** hreflang → path of the page's <link rel="alternate" hreflang> tags, each one an absolute URL. */
  async function alternatesIn(page: Page): Promise<Record<string, string>> {
    const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) =>
      elements.map((element) => ({ hreflang: element.getAttribute('hreflang')!, href: element.getAttribute('href')! })),
    );
    for (const { href } of links) expect(href).toMatch(/^https?:\/\//);
    return Object.fromEntries(links.map(({ hreflang, href }) => [hreflang, new URL(href).pathname]));
  }

  test('both pages of the translated pair name each other with hreflang; an untranslated post names no translation', async ({ page }) => {
    for (const post of [posts.mosnZh, posts.mosnEn]) {
      await page.goto(post.url);
      expect(await alternatesIn(page), post.url).toMatchObject({ 'zh-CN': posts.mosnZh.url, en: posts.mosnEn.url });
    }
    await page.goto(posts.layotto.url);
    expect(await alternatesIn(page)).not.toHaveProperty('zh-CN');
    await page.goto(posts.bolt.url);
    expect(await alternatesIn(page)).not.toHaveProperty('en');
  });

  test('the sitemap lists both languages and the pair\'s xhtml:link alternates', async ({ page, request }) => {
    await page.goto('/');
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const entries = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      if (document.querySelector('parsererror')) throw new Error('sitemap.xml is not well-formed XML');
      return [...document.getElementsByTagName('url')].map((url) => ({
        path: new URL(url.getElementsByTagName('loc')[0]?.textContent ?? '').pathname,
        alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')]
          .filter((link) => link.getAttribute('rel') === 'alternate')
          .map((link) => [link.getAttribute('hreflang')!, new URL(link.getAttribute('href')!).pathname] as const),
      }));
    }, await response.text());

    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual(expect.arrayContaining([...Object.values(posts).map((post) => post.url), '/', '/en/', '/activities/', '/blog/', '/en/blog/', '/about/']));
    for (const post of [posts.mosnZh, posts.mosnEn]) {
      const entry = entries.find((candidate) => candidate.path === post.url);
      expect(Object.fromEntries(entry!.alternates), post.url).toMatchObject({ 'zh-CN': posts.mosnZh.url, en: posts.mosnEn.url });
    }
    const untranslated = entries.find((candidate) => candidate.path === posts.layotto.url);
    expect(Object.fromEntries(untranslated!.alternates)).not.toHaveProperty('zh-CN');
  });
});

test.describe('search in each language', () => {
  const results = (page: Page) => page.getByRole('main').getByRole('search').getByRole('list').getByRole('link');
  const hrefsOf = (page: Page) => results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

  test('an English search finds English posts only', async ({ page }) => {
    for (const [query, expected] of [['Layotto', posts.layotto], ['MOSN', posts.mosnEn]] as const) {
      await page.goto(`/en/search/?q=${query}`);
      await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
      await expect(results(page).filter({ hasText: expected.title }), query).toHaveAttribute('href', expected.url);
      for (const href of await hrefsOf(page)) expect(href, `searching ${query}`).toMatch(/^\/en\//);
    }
  });

  test('a Chinese search finds Chinese posts only', async ({ page }) => {
    for (const [query, expected] of [['分布式事务', posts.seata], ['MOSN', posts.mosnZh]] as const) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(results(page).filter({ hasText: expected.title }), query).toHaveAttribute('href', expected.url);
      for (const href of await hrefsOf(page)) expect(href, `searching ${query}`).not.toMatch(/^\/en\//);
    }
    // Layotto is a word of English posts only.
    await page.goto('/search/?q=Layotto');
    await expect(page.getByRole('main').getByRole('status')).toHaveText('没有找到与“Layotto”相关的文章。');
    await expect(results(page)).toHaveCount(0);
  });
});

test.describe('links as Hugo wrote them', () => {
  test('the relative alias posts/2018-12-06-01 leads from /blog/posts/2018-12-06-01/ to the post', async ({ page }) => {
    await page.goto('/blog/posts/2018-12-06-01/');
    await expect(page).toHaveURL(posts.bolt.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(posts.bolt.title);
  });

  test('a link from a blog post to an activity opens the activity', async ({ page }) => {
    await page.goto(posts.weekly.url);
    await page.getByRole('article').getByRole('link', { name: 'SOFA Meetup #5 上海站', exact: true }).click();
    await expect(page).toHaveURL(posts.meetup.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(posts.meetup.title);
  });

  test('the link to a post that was never committed is rendered as written', async ({ page, request }) => {
    await page.goto(posts.seata.url);
    await expect(page.getByRole('article').getByRole('link', { name: '下一篇：Saga 模式详解' })).toHaveAttribute('href', '/blog/never-committed/');
    expect((await request.get('/blog/never-committed/')).status()).toBe(404);
  });

  test('a missing page in either language gets the one bilingual 404 page', async ({ page }) => {
    for (const path of ['/no/such/page/', '/en/no-such-post/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      const main = page.getByRole('main');
      await expect(main, path).toContainText('页面不存在');
      await expect(main, path).toContainText(/not found/i);
      await expect(main.locator('a[href="/"]'), path).not.toHaveCount(0);
      await expect(main.locator('a[href="/en/"]'), path).not.toHaveCount(0);
    }
  });
});

test('a reader through sections and languages asks for nothing missing and for no navigation data', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const failures: string[] = [];
  const navigationData: string[] = [];
  // The pruned files (index.txt, __next.*.txt) and the router's RSC fetches: the export has none to serve.
  const isNavigationData = (url: URL, headers: Record<string, string>) =>
    /(^|\/)(index\.txt|__next\.[^/]*\.txt)$/.test(url.pathname) || url.searchParams.has('_rsc') || 'rsc' in headers || 'next-router-prefetch' in headers;
  page.on('request', (request) => {
    if (request.url().startsWith(origin) && isNavigationData(new URL(request.url()), request.headers())) navigationData.push(request.url());
  });
  page.on('response', (response) => {
    const isDeliberate = response.status() === 404 && new URL(response.url()).pathname === '/en/no-such-post/';
    if (response.url().startsWith(origin) && response.status() >= 400 && !isDeliberate) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    if (request.url().startsWith(origin) && error !== 'net::ERR_ABORTED') failures.push(`${error} ${request.url()}`);
  });
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: posts.weekly.title, exact: true }).click();
  await expect(heading).toHaveText(posts.weekly.title);
  await page.getByRole('article').getByRole('link', { name: 'SOFA Meetup #5 上海站', exact: true }).click();
  await expect(heading).toHaveText(posts.meetup.title);
  await page.goto('/activities/');
  await page.getByRole('main').getByRole('link', { name: posts.channel.title, exact: true }).click();
  await expect(heading).toHaveText(posts.channel.title);
  await page.getByRole('banner').locator('a[hreflang="en"]').click();
  await expect(page).toHaveURL('/en/');
  await page.getByRole('main').getByRole('link', { name: posts.layotto.title, exact: true }).click();
  await expect(heading).toHaveText(posts.layotto.title);
  await page.goto('/en/no-such-post/');
  await page.goBack();
  await expect(heading).toHaveText(posts.layotto.title);

  expect(failures).toEqual([]);
  expect(navigationData).toEqual([]);
});

test.describe('accessibility', () => {
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const pages = ['/activities/', posts.meetup.url, posts.mosnZh.url, '/about/', '/en/', '/en/blog/', posts.layotto.url, '/en/search/?q=Layotto', '/en/no-such-post/'];

  /** One line a violation and one indented line per element it was found on. */
  const describeViolations = (violations: Result[]) =>
    violations.flatMap((violation) => [
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}`,
      ...violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ]);

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      test(`${path} has no WCAG 2.1 AA violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        if (path.includes('?q=')) await expect(page.getByRole('main').getByRole('search').getByRole('list').getByRole('link').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
        expect(describeViolations(results.violations)).toEqual([]);
      });
    }
  }
});

/** The HTML files of the export, relative to it ("en/blog/layotto-runtime-api/index.html"). */
function htmlFiles(): string[] {
  return readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Where a static host serves a file; 404.html answers any missing URL, so its links must work from a deep one. */
function pageUrl(file: string, origin: string): string {
  if (file === '404.html') return `${origin}/en/no/such/page/`;
  return `${origin}/${file.split('/').map(encodeURIComponent).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

test('every internal link, image, script and redirect on every page resolves, but the one link Hugo left broken', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  await page.goto('/');
  const files = htmlFiles();
  expect(files).toEqual(
    expect.arrayContaining([
      'index.html',
      'en/index.html',
      '404.html',
      'activities/index.html',
      'activities/sofa-meetup-shanghai/index.html',
      'en/blog/layotto-runtime-api/index.html',
      'blog/posts/2018-12-06-01/index.html',
      'about/index.html',
    ]),
  );

  const referrers = new Map<string, Set<string>>();
  for (const file of files) {
    const url = pageUrl(file, origin);
    const targets = await page.evaluate(
      ({ html, url }) => {
        const document = new DOMParser().parseFromString(html, 'text/html');
        const base = new URL(document.querySelector('base[href]')?.getAttribute('href') ?? '', url).href;
        const written = [
          ...[...document.querySelectorAll('[href]')].filter((element) => element.localName !== 'base').map((element) => element.getAttribute('href')!),
          ...[...document.querySelectorAll('[src]')].map((element) => element.getAttribute('src')!),
          ...[...document.querySelectorAll('[srcset]')].flatMap((element) => element.getAttribute('srcset')!.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0]!)),
          ...[...document.querySelectorAll('meta[http-equiv="refresh" i][content]')].map((element) => /;\s*url\s*=\s*['"]?([^'"]*)/i.exec(element.getAttribute('content')!)?.[1] ?? ''),
        ];
        return written.filter((href) => href && !/^(mailto|tel|data|javascript):/i.test(href.trim())).map((href) => new URL(href.trim(), base).href.replace(/#.*$/, ''));
      },
      { html: readFileSync(`${exportDir}/${file}`, 'utf8'), url },
    );
    for (const target of targets) {
      if (new URL(target).origin !== origin || target === url) continue;
      referrers.set(target, (referrers.get(target) ?? new Set()).add(file));
    }
  }

  const broken: string[] = [];
  for (const [target, files] of referrers) {
    // No redirects: a static host that does not add the trailing slash would answer 404.
    const status = (await page.request.get(target, { maxRedirects: 0 })).status();
    if (status !== 200) broken.push(`${status} ${decodeURIComponent(new URL(target).pathname)} in ${[...files].join(', ')}`);
  }
  expect([...referrers.keys()].map((target) => decodeURIComponent(new URL(target).pathname))).toEqual(
    expect.arrayContaining([posts.meetup.url, posts.layotto.url, '/en/', '/activities/']),
  );
  expect(broken).toEqual(['404 /blog/never-committed/ in blog/seata-roadmap/index.html']);
});

// zh/news/ and en/meetups/ hold posts as Hugo publishes them with a reference that leads nowhere, one
// each (tests/hugo-references.test.ts has their warnings): the build keeps every post, without that reference.
const referencePosts = {
  channel: { url: '/news/sofa-channel-name/', title: 'SOFAChannel 直播预告：名字写在尖括号里', shows: 'SOFA:Channel/' },
  rpcLab: { url: '/news/sofa-rpclab-name/', title: 'SOFA:RPCLab 共建计划', shows: 'SOFA:RPCLab/' },
  lab: { url: '/news/sofa-lab-heading/', title: 'SOFALab 源码解析系列', shows: 'SOFA:Lab/' },
  dingtalk: { url: '/news/dingtalk-group/', title: '加入 SOFAStack 钉钉群', shows: '加入钉钉群' },
  hhttps: { url: '/news/typo-hhttps/', title: 'Seata 官网上线中文文档', shows: 'Seata 官网' },
  ttpsImage: { url: '/news/typo-ttps-image/', title: 'MOSN 架构图更新', shows: 'MOSN 架构图' },
  fullWidthColon: { url: '/news/seata-fullwidth-colon/', title: 'Seata 1.0 发布', shows: 'Seata' },
  emphasis: { url: '/news/emphasis-in-brackets/', title: 'SOFAStack 官网改版', shows: '官网地址' },
  definition: { url: '/news/dingtalk-definition/', title: 'SOFAJRaft 用户群', shows: '钉钉群' },
  dataLink: { url: '/news/data-image-link/', title: 'SOFA 标志下载', shows: '下载标志' },
  largeImage: { url: '/news/inline-image-too-large/', title: 'SOFA Meetup 杭州站回顾', shows: '会场全景' },
  coverLink: { url: '/news/cover-markdown-link/', title: 'SOFARegistry 5.0 发布', shows: 'SOFARegistry 5.0 正式发布。' },
  coverBrackets: { url: '/news/cover-angle-brackets/', title: 'SOFAArk 2.0 发布', shows: 'SOFAArk 2.0 正式发布。' },
  coverCaption: { url: '/news/cover-caption/', title: 'SOFATracer 3.1 发布', shows: 'SOFATracer 3.1 正式发布。' },
  aliasOlder: { url: '/news/alias-channel-2019/', title: 'SOFAChannel#8 回顾：最早的一篇', shows: '这是最早发布的回顾。' },
  aliasNewer: { url: '/news/alias-channel-2020/', title: 'SOFAChannel#8 回顾：重新整理版', shows: '重新整理后的回顾。' },
  relativeOlder: { url: '/news/alias-relative-older/', title: 'SOFA 新闻：旧页面迁移（上）', shows: '迁移说明（上）。' },
  relativeNewer: { url: '/news/alias-relative-newer/', title: 'SOFA 新闻：旧页面迁移（下）', shows: '迁移说明（下）。' },
  enChannel: { url: '/en/meetups/sofa-channel-name/', title: 'Watch SOFA:Channel live', shows: 'SOFA:Channel/' },
  enDingtalk: { url: '/en/meetups/dingtalk-group/', title: 'Join the community group', shows: 'join the group' },
  enCover: { url: '/en/meetups/cover-markdown-link/', title: 'MOSN meetup in Beijing', shows: 'Slides and recordings of the MOSN meetup.' },
} as const;

test.describe('posts Hugo publishes with a reference that leads nowhere are built without it', () => {
  for (const post of Object.values(referencePosts)) {
    test(`${post.url} is exported and shows "${post.shows}" as text, linking nowhere it cannot`, async ({ page }) => {
      const response = await page.goto(post.url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(post.title);
      // The post's own text: the article's header and footer hold its title and its neighbours'.
      const body = page.locator('article [class$="_body"]');
      await expect(body).toContainText(post.shows);
      // No link or image of the page keeps a URL of another scheme than the site's.
      const urls = await page.locator('a[href], img[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
      for (const url of urls) expect(url, post.url).toMatch(/^(\/|#|https?:|mailto:|data:image\/(png|gif|jpeg|webp);base64,)/);
      expect(urls.filter((url) => url.startsWith('data:')), post.url).toEqual([]);
    });
  }

  test('an unknown scheme\'s text stays where it was written, without a link', async ({ page }) => {
    await page.goto(referencePosts.dingtalk.url);
    await expect(page.getByRole('article').getByText('扫码或点击加入钉钉群与社区交流。')).toBeVisible();
    await expect(page.getByRole('article').getByRole('link', { name: '加入钉钉群' })).toHaveCount(0);
    await page.goto(referencePosts.ttpsImage.url);
    await expect(page.getByRole('article').getByRole('img', { name: 'MOSN 架构图' })).toHaveCount(0);
  });

  test('a cover that is not a path or URL gives no cover: the page is shared with the site\'s picture', async ({ page }) => {
    for (const post of [referencePosts.coverLink, referencePosts.coverBrackets, referencePosts.coverCaption, referencePosts.enCover]) {
      await page.goto(post.url);
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(new URL(ogImage!).pathname, post.url).toBe('/og-image.png');
      await expect(page.locator('img[src*="cover"]'), post.url).toHaveCount(0);
    }
  });

  test('an alias two posts claim leads to the older one', async ({ page }) => {
    for (const [alias, older] of [['/2019/06/sofa-channel/', referencePosts.aliasOlder], ['/news/old-news/', referencePosts.relativeOlder]] as const) {
      await page.goto(alias);
      await expect(page, alias).toHaveURL(older.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(older.title);
    }
  });

  test('a small inline image is shown; a GIF pixel in Markdown and a PNG in raw HTML', async ({ page }) => {
    await page.goto('/news/inline-pixel/');
    await expect(page.getByRole('article').getByRole('img', { name: '统计像素' })).toHaveAttribute('src', /^data:image\/gif;base64,R0lGOD/);
    const icon = page.getByRole('article').getByRole('img', { name: 'SOFA 图标' });
    await expect(icon).toHaveAttribute('src', /^data:image\/png;base64,iVBOR/);
    expect(await icon.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
  });
});

test.describe('sections as Hugo gives them', () => {
  test('a section whose _index.md has empty YAML, or TOML without a title, is titled by its folder name as Hugo titles it', async ({ page }) => {
    await page.goto('/news/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await page.goto('/en/meetups/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetups');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Meetups of the SOFAStack community, written up afterwards.');
  });

  const navigation = (page: Page) => page.getByRole('banner').getByRole('navigation');
  const linksOf = (page: Page) => navigation(page).getByRole('link').evaluateAll((links) => links.map((link) => [link.textContent?.trim(), link.getAttribute('href')]));

  test('the header links every section with posts after the home, by name; the home is the main section\'s list', async ({ page }) => {
    await page.goto('/');
    expect((await linksOf(page)).slice(0, 4)).toEqual([['博客', '/'], ['社区活动', '/activities/'], ['News', '/news/'], ['标签', '/tags/']]);
    await page.goto('/en/');
    expect((await linksOf(page)).slice(0, 3)).toEqual([['Blog', '/en/'], ['Meetups', '/en/meetups/'], ['Tags', '/en/tags/']]);
  });

  test('a post marks its section\'s link', async ({ page }) => {
    await page.goto(referencePosts.channel.url);
    await expect(navigation(page).getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'true');
    await page.goto(posts.meetup.url);
    await expect(navigation(page).getByRole('link', { name: '社区活动' })).toHaveAttribute('aria-current', 'true');
    await page.getByRole('banner').getByRole('navigation').getByRole('link', { name: 'News' }).click();
    await expect(page).toHaveURL('/news/');
  });
});
