import { expect, test, type Page } from '@playwright/test';

// This export was built with BASE_PATH=/weekly and POSTS_PER_PAGE=2, and is served under /weekly/.

/** Fails the test if anything the page asks of our own server is missing. */
function failOnBrokenRequests(page: Page) {
  const broken: string[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith('http://localhost') && response.status() >= 400) broken.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED is a request the test cancelled by navigating on (the favicon, a late chunk), not a missing file.
    const error = request.failure()?.errorText;
    if (request.url().startsWith('http://localhost') && error !== 'net::ERR_ABORTED') broken.push(`failed ${error} ${request.url()}`);
  });
  return broken;
}

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test('the home page pages through every post under /weekly/', async ({ page }) => {
  const broken = failOnBrokenRequests(page);
  await page.goto('/weekly/');
  const titles = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(titles).toHaveCount(2);
  await expect(page.getByText('第 1 / 3 页')).toBeVisible();
  // The stylesheet loaded: the page has its layout, not the browser's default.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('main > .page')!).maxWidth)).not.toBe('none');

  await page.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL('/weekly/page/2/');
  await expect(titles).toHaveCount(2);
  await page.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL('/weekly/page/3/');
  await expect(titles).toHaveText(['SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告', 'SOFA Weekly | 旧站周报：从 Hugo 原样搬来的一期']);
  await page.getByRole('link', { name: '← 上一页' }).click();
  await expect(page).toHaveURL('/weekly/page/2/');
  expect(broken).toEqual([]);
});

test('a tag with more posts than a page has a second page', async ({ page }) => {
  await page.goto('/weekly/tags/sofa-weekly/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(2);
  await page.getByRole('link', { name: '下一页 →' }).click();
  await expect(page).toHaveURL('/weekly/tags/sofa-weekly/page/2/');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告',
    'SOFA Weekly | 旧站周报：从 Hugo 原样搬来的一期',
  ]);
});

test("a list's /page/1/ leads to the list under the sub-path, the home page's and a Chinese tag's", async ({ page }) => {
  await page.goto('/weekly/page/1/');
  await expect(page).toHaveURL('/weekly/');
  await page.goto('/weekly/tags/sofa-weekly/page/1/');
  await expect(page).toHaveURL('/weekly/tags/sofa-weekly/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：SOFA Weekly');
  await page.goto('/weekly/tags/社区活动/page/1/');
  await expect(page).toHaveURL('/weekly/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/');
});

test('an alias redirect leads to its post under the sub-path', async ({ page }) => {
  await page.goto('/weekly/2019/05/10/sofa-weekly/');
  await expect(page).toHaveURL('/weekly/blog/sofa-weekly/20190510/');
  await expect(page.locator('center img')).toHaveAttribute('src', '/weekly/blog/sofa-weekly/20190510/banner.svg');
});

test('posts, Chinese tags, links inside posts and bundle images work under the sub-path', async ({ page }) => {
  const broken = failOnBrokenRequests(page);
  await page.goto('/weekly/blog/sofa-weekly-20261113/');
  await page.getByRole('link', { name: 'SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间', exact: true }).click();
  await expect(page).toHaveURL('/weekly/blog/sofajraft-snapshot-tuning/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间');

  await page.goto('/weekly/blog/sofa-meetup-hangzhou/');
  const figure = page.getByRole('img', { name: /架构草图/ });
  await expect(figure).toHaveAttribute('src', '/weekly/blog/sofa-meetup-hangzhou/architecture.svg');
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('list', { name: '标签' }).getByRole('link', { name: '社区活动' }).click();
  await expect(page).toHaveURL('/weekly/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：社区活动');

  await page.getByRole('link', { name: '标签', exact: true }).click();
  await expect(page).toHaveURL('/weekly/tags/');
  await page.getByRole('link', { name: 'SOFA Weekly', exact: true }).first().click();
  await expect(page).toHaveURL('/weekly/');
  expect(broken).toEqual([]);
});
