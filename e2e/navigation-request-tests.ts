import { expect, test, type Page } from '@playwright/test';
import { isNavigationFile } from '../lib/urls';

// `npm run build` deletes Next.js's client-navigation files (index.txt, __next.*.txt) from the export,
// which is safe only while no page asks for them. A reader goes through every kind of page, in the
// export at the root ('') and in the one under /weekly, and every request is recorded: none may fail,
// and none may ask for navigation data.
const seedTitle = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告';
const codePost = '/blog/sofajraft-snapshot-tuning/';

interface ExportUnderTest {
  /** '' at the root, '/weekly' under the sub-path. */
  base: string;
  /** Whether the home page's list runs over a second page (the sub-path export has two posts a page). */
  hasSecondListPage: boolean;
  /**
   * Where the reader meets the not-found page. At the root the static server answers a missing URL
   * with it (status 404); the sub-path export is served from a folder of the server's, whose missing
   * URLs are not the site's, so there the reader opens the page itself.
   */
  notFoundUrl: string;
}

/** What a page asked of the site's own server. */
interface RequestLog {
  urls: string[];
  failures: string[];
  navigationData: string[];
}

/** Whether a request is for Next.js's client-navigation data: one of the pruned files, or an RSC fetch of the router's. */
function isNavigationDataRequest(url: URL, headers: Record<string, string>): boolean {
  const fileName = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
  return isNavigationFile(fileName) || url.searchParams.has('_rsc') || 'rsc' in headers || 'next-router-prefetch' in headers;
}

function recordRequests(page: Page, origin: string, notFoundUrl: string): RequestLog {
  const log: RequestLog = { urls: [], failures: [], navigationData: [] };
  const isOwn = (url: string) => url.startsWith(origin);
  page.on('request', (request) => {
    if (!isOwn(request.url())) return;
    log.urls.push(request.url());
    if (isNavigationDataRequest(new URL(request.url()), request.headers())) log.navigationData.push(request.url());
  });
  page.on('response', (response) => {
    const isDeliberate = response.url() === new URL(notFoundUrl, origin).href && response.status() === 404;
    if (isOwn(response.url()) && response.status() >= 400 && !isDeliberate) log.failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a request the reader cancelled by going on (a late image, search fragments), not a missing file.
    const error = request.failure()?.errorText;
    if (isOwn(request.url()) && error !== 'net::ERR_ABORTED') log.failures.push(`${error} ${request.url()}`);
  });
  return log;
}

export function defineNavigationRequestTests({ base, hasSecondListPage, notFoundUrl }: ExportUnderTest) {
  test.beforeEach(async ({ page }) => {
    // Remote images cannot load on a machine without internet; they are not the site's requests.
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  });

  test('a reader through every kind of page asks for nothing missing and for no navigation data', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const log = recordRequests(page, new URL(baseURL!).origin, notFoundUrl);
    const heading = page.getByRole('heading', { level: 1 });
    const nav = page.getByRole('navigation', { name: '主导航' });

    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /^主题：/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    if (hasSecondListPage) {
      await page.getByRole('link', { name: '下一页 →' }).click();
      await expect(page).toHaveURL(`${base}/page/2/`);
      await page.getByRole('link', { name: '← 上一页' }).click();
    }
    // A list's first page is a redirect page the build writes.
    await page.goto(`${base}/page/1/`);
    await expect(page).toHaveURL(`${base}/`);

    // The seed weekly: every component.
    await page.goto(`${base}/blog/sofa-weekly-20200710/`);
    await expect(heading).toHaveText(seedTitle);
    await expect(page.getByRole('heading', { name: '如果回滚失败有没有告警机制实现？比如钉钉告警。' })).toBeVisible();
    // Its tag "SOFA Weekly" is also its category, which the meta line shows once, as the category.
    await page.getByRole('list', { name: '分类' }).getByRole('link', { name: 'SOFA Weekly' }).click();
    await expect(page).toHaveURL(`${base}/categories/sofa-weekly/`);
    await nav.getByRole('link', { name: '标签', exact: true }).click();
    await page.getByRole('main').getByRole('link', { name: /^SOFA Weekly/ }).first().click();
    await expect(page).toHaveURL(`${base}/tags/sofa-weekly/`);

    // A post with code: the copy button.
    await page.goto(`${base}${codePost}`);
    const block = page.locator('[data-code-block]').filter({ hasText: 'iostat' });
    await block.getByRole('button', { name: '复制' }).click();
    await expect(page.getByRole('status')).toHaveText('已复制');

    await nav.getByRole('link', { name: '归档', exact: true }).click();
    await expect(page).toHaveURL(`${base}/archives/`);

    const searchBox = page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox');
    await searchBox.click();
    await page.keyboard.type('告警');
    await page.getByRole('list', { name: '搜索结果' }).getByRole('link').filter({ hasText: seedTitle }).click();
    await expect(page).toHaveURL(`${base}/blog/sofa-weekly-20200710/`);

    await nav.getByRole('link', { name: '发布', exact: true }).click();
    await expect(heading).toHaveText('版本发布');
    await nav.getByRole('link', { name: '活动', exact: true }).click();
    await expect(heading).toHaveText('社区活动');
    // The events page's clock sorted the seed's events by the reader's time: they are past.
    await expect(page.getByRole('heading', { level: 2, name: '往期活动' })).toBeVisible();
    await nav.getByRole('link', { name: '问答', exact: true }).click();
    await expect(heading).toHaveText('读者问答');

    await page.goto(notFoundUrl);
    await expect(heading).toHaveText('页面不存在');
    await page.goBack();
    await expect(heading).toHaveText('读者问答');
    await page.goForward();
    await expect(heading).toHaveText('页面不存在');
    await page.goBack();
    await page.goBack();
    await expect(heading).toHaveText('社区活动');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: '往期活动' })).toBeVisible();
    // Theme chosen on the first page, still applied: the pages ran their scripts all the way.
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    expect(log.urls.some((url) => url.includes('/pagefind/')), 'search loaded its index').toBe(true);
    expect(log.urls.some((url) => url.includes('/islands/')), 'search loaded its island').toBe(true);
    expect(log.failures).toEqual([]);
    expect(log.navigationData).toEqual([]);
  });
}
