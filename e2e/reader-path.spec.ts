import { expect, test } from '@playwright/test';

const seedTitle = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告';

test('a reader goes from the home page to the seed post, its tag and its category', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章');
  await page.getByRole('link', { name: seedTitle }).click();

  await expect(page).toHaveURL('/blog/sofa-weekly-20200710/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedTitle);
  await expect(page).toHaveTitle(`${seedTitle} | SOFA Weekly`);

  // Its tag "SOFA Weekly" is also its category, so the line under the title shows it once, as the category.
  await page.goto('/tags/');
  await page.getByRole('main').getByRole('link', { name: /^SOFA Weekly/ }).click();
  await expect(page).toHaveURL('/tags/sofa-weekly/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：SOFA Weekly');
  await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();

  await page.getByRole('link', { name: seedTitle }).click();
  await page.getByRole('list', { name: '分类' }).getByRole('link', { name: 'SOFA Weekly' }).click();
  await expect(page).toHaveURL('/categories/sofa-weekly/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('分类：SOFA Weekly');
  await expect(page.getByRole('link', { name: seedTitle })).toBeVisible();
});

test('the home page lists published posts newest first, each with its date, author, tags and summary', async ({ page }) => {
  await page.goto('/');
  const entries = page.getByRole('main').getByRole('article');
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText([
    'SOFA Weekly | 周报站点迁移到 Next.js、MDX 组件上手',
    'SOFA Weekly | 读者问答合集：MOSN 配置热更新、SOFARPC 超时',
    'SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间',
    'SOFA Meetup 杭州站回顾：Raft、服务网格与社区共建',
    seedTitle,
    'SOFA Weekly | 旧站周报：从 Hugo 原样搬来的一期',
  ]);
  const seed = entries.filter({ hasText: seedTitle });
  await expect(seed.locator('time')).toHaveText('2020-07-10');
  await expect(seed.getByRole('link', { name: 'SOFA 团队' })).toHaveAttribute('href', 'https://github.com/sofastack');
  await expect(seed).toContainText('SOFA WEEKLY | 每周精选，筛选每周精华问答，同步开源进展，欢迎留言互动。');
  // A post without a description is summarised by its first paragraph.
  await expect(entries.filter({ hasText: '读者问答合集' })).toContainText('这一期把最近群里讨论最多的两个问题整理成问答');
});

test('drafts are not exported', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('下周草稿')).toHaveCount(0);
  const response = await page.goto('/blog/sofa-weekly-draft-next/');
  expect(response?.status()).toBe(404);
});

test('tag and category indexes list every term with its post count', async ({ page }) => {
  await page.goto('/tags/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部标签');
  await expect(page.getByRole('link', { name: 'SOFA Weekly （4 篇文章）' })).toHaveAttribute('href', '/tags/sofa-weekly/');
  await page.goto('/categories/');
  await page.getByRole('link', { name: /^技术实践/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('分类：技术实践');
  await expect(page.getByRole('link', { name: 'SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间' })).toBeVisible();
});

test('/page/1/ sends the reader to the home page, as Hugo does', async ({ page }) => {
  await page.goto('/page/1/');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最新文章');
});

test("a tag's or category's /page/1/ sends the reader to its list, typed in Chinese or percent-encoded", async ({ page }) => {
  const tag = '/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/';
  const category = '/categories/%E6%8A%80%E6%9C%AF%E5%AE%9E%E8%B7%B5/';
  for (const [typed, list, heading] of [
    ['/tags/社区活动/page/1/', tag, '标签：社区活动'],
    [`${tag}page/1/`, tag, '标签：社区活动'],
    ['/categories/技术实践/page/1/', category, '分类：技术实践'],
  ] as const) {
    await page.goto(typed);
    await expect(page).toHaveURL(list);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('a missing page answers 404 with a way back home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL('/');
});
