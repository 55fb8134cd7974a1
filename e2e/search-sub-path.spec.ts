import { expect, test } from '@playwright/test';

// This export was built with BASE_PATH=/weekly and is served under /weekly/: the index, Pagefind's
// script and the result links all carry the prefix.

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test('search under /weekly/ finds the seed post and opens it with the keyboard', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) searchRequests.push(new URL(request.url()).pathname);
  });
  await page.goto('/weekly/blog/sofa-meetup-hangzhou/');
  const box = page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox');
  await box.click();
  await page.keyboard.type('联合一致性');
  const hit = page.getByRole('list', { name: '搜索结果' }).getByRole('link', { name: /SOFAJRaft 发布、CNCF 旗舰会议活动预告/ });
  await expect(hit).toHaveAttribute('href', '/weekly/blog/sofa-weekly-20200710/');
  await page.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/weekly/blog/sofa-weekly-20200710/');
  expect(searchRequests.length).toBeGreaterThan(0);
  expect(searchRequests.filter((path) => !path.startsWith('/weekly/pagefind/'))).toEqual([]);
});

test('the search page under /weekly/ reads the query the header form sends', async ({ page }) => {
  await page.goto('/weekly/');
  await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').fill('SOFAJRaft');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/weekly/search/?q=SOFAJRaft');
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toHaveAttribute('href', /^\/weekly\/blog\//);
});

test('an index written in parts (this export: two posts a part) finds every post, whichever part holds it', async ({ page, request }) => {
  const parts = (await (await request.get('/weekly/pagefind/parts.json')).json()) as string[];
  expect(parts.length).toBeGreaterThanOrEqual(2);
  await page.goto('/weekly/archives/');
  const posts = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })),
  );
  expect(posts.length).toBeGreaterThanOrEqual(5);
  for (const { href, title } of posts) {
    await page.goto(`/weekly/search/?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('list', { name: '搜索结果' }).locator(`a[href="${href}"]`).first(), title).toBeVisible();
  }
});
