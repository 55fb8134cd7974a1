import { expect, test } from '@playwright/test';

const title = 'SOFA Weekly | 旧站周报：从 Hugo 原样搬来的一期';

// The sample post's raw HTML is all allowed (the check gives it no warning); what a post's HTML may
// not do (a <script>, an onerror) is tried on every page of tests/fixtures/hostile-site (hostile-content.spec.ts).
test('a .md post migrated from Hugo renders its raw HTML, and nothing of it runs', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/blog/sofa-weekly/20190510/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('center img')).toHaveAttribute('src', '/blog/sofa-weekly/20190510/banner.svg');
  await expect(page.locator('font[color="#0b6b3a"]')).toHaveText('旧编辑器写出的彩色文字');
  await expect(page.getByRole('article').locator('br')).toHaveCount(3);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByText('{大括号} 和 a < b')).toBeVisible();

  expect(await page.locator('article script').count()).toBe(0);
  expect(await page.locator('[onerror]').count()).toBe(0);
  await page.waitForLoadState('load');
  expect(await page.title()).toBe(`${title} | SOFA Weekly`);
  expect(errors).toEqual([]);
});

for (const alias of ['/blog/sofa-weekly-20190510/', '/2019/05/10/sofa-weekly/']) {
  test(`the old URL ${alias} leads to the post on a static host`, async ({ page }) => {
    await page.goto(alias);
    await expect(page).toHaveURL('/blog/sofa-weekly/20190510/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}
