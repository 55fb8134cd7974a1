import { expect, test } from '@playwright/test';

test('the archives list every post under its year, newest year first, and lead to the post', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '归档' }).click();
  await expect(page).toHaveURL('/archives/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('归档');

  const years = page.getByRole('main').getByRole('heading', { level: 2 });
  const yearTexts = (await years.allTextContents()).map((text) => Number(text.slice(0, 4)));
  expect(yearTexts).toEqual([...yearTexts].sort((a, b) => b - a));

  const year2020 = page.getByRole('region', { name: /^2020/ });
  const entries = year2020.getByRole('listitem');
  await expect(year2020.getByRole('heading', { level: 2 })).toHaveText(`2020 ${await entries.count()} 篇文章`);
  const seed = entries.filter({ hasText: 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告' });
  await expect(seed.locator('time')).toHaveText('2020-07-10');

  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await seed.getByRole('link').click();
  await expect(page).toHaveURL('/blog/sofa-weekly-20200710/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告');
});
