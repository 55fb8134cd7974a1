import { expect, test } from '@playwright/test';

// The post page's own links under /weekly/ (this export was built with BASE_PATH=/weekly).
test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test.use({ viewport: { width: 1280, height: 800 } });

test('the table of contents jumps to a Chinese heading under /weekly/', async ({ page }) => {
  await page.goto('/weekly/blog/sofa-weekly-20200710/');
  await page.getByRole('navigation', { name: '目录' }).getByRole('link', { name: '社区活动报名' }).click();
  expect(new URL(page.url()).pathname).toBe('/weekly/blog/sofa-weekly-20200710/');
  expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#社区活动报名');
  await expect(page.getByRole('heading', { name: '社区活动报名' })).toBeInViewport();
});

test('previous, next and related posts lead to real posts under /weekly/', async ({ page }) => {
  await page.goto('/weekly/blog/sofajraft-snapshot-tuning/');
  await page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link', { name: /下一篇/ }).click();
  await expect(page).toHaveURL(/\/weekly\/blog\/sofa-weekly-20261113\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFA Weekly | 读者问答合集：MOSN 配置热更新、SOFARPC 超时');

  const related = page.getByRole('region', { name: '相关文章' }).getByRole('link').first();
  const title = (await related.textContent())!;
  await related.click();
  await expect(page).toHaveURL(/\/weekly\/blog\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});
