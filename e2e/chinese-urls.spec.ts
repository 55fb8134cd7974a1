import { expect, test } from '@playwright/test';

const encodedTag = '/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/';

test('a Chinese tag is reached by clicking it', async ({ page }) => {
  await page.goto('/blog/sofa-meetup-hangzhou/');
  await page.getByRole('list', { name: '标签' }).getByRole('link', { name: '社区活动' }).click();
  await expect(page).toHaveURL(encodedTag);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：社区活动');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'SOFA Weekly | 周报站点迁移到 Next.js、MDX 组件上手',
    'SOFA Meetup 杭州站回顾：Raft、服务网格与社区共建',
  ]);
});

for (const [how, path] of [
  ['raw', '/tags/社区活动/'],
  ['percent-encoded', encodedTag],
  ['lower-case percent-encoded', encodedTag.toLowerCase()],
]) {
  test(`a Chinese tag page opens from its URL typed ${how}`, async ({ page }) => {
    const response = await page.goto(path!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：社区活动');
  });
}

test('a Chinese category page opens from its raw URL and lists its post', async ({ page }) => {
  await page.goto('/categories/社区/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('分类：社区');
  await page.getByRole('link', { name: 'SOFA Meetup 杭州站回顾：Raft、服务网格与社区共建' }).click();
  await expect(page).toHaveURL('/blog/sofa-meetup-hangzhou/');
});
