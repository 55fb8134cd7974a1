import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// A reader on a post page: finds a section, reads on to the next post, copies code.
const codePost = '/blog/sofajraft-snapshot-tuning/';
const seedPost = '/blog/sofa-weekly-20200710/';

test.beforeEach(async ({ page }) => {
  // Remote images cannot load on a machine without internet.
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

/** The URL's fragment as the reader would read it: "#观察哪些指标", not its percent-encoding. */
const decodedHash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the table of contents beside the text jumps to a Chinese heading, and stays in view', async ({ page }) => {
    await page.goto(codePost);
    const toc = page.getByRole('navigation', { name: '目录' });
    await expect(toc.getByRole('link')).toHaveText(['快照间隔怎么设置', '观察哪些指标', '在本地测一测', '小结']);
    await toc.getByRole('link', { name: '在本地测一测' }).click();
    expect(decodedHash(page)).toBe('#在本地测一测');
    const heading = page.getByRole('heading', { name: '在本地测一测' });
    await expect(heading).toHaveAttribute('id', '在本地测一测');
    await expect(heading).toBeInViewport();
    await expect(toc.getByRole('link', { name: '小结' })).toBeInViewport();
  });

  test('a weekly lists its h3 sections', async ({ page }) => {
    await page.goto(seedPost);
    await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link')).toHaveText([
      '每周读者问答提炼',
      '本周推荐阅读',
      'SOFA 项目进展',
      '社区活动报名',
    ]);
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table of contents is folded above the text, opens with the keyboard and jumps to a heading', async ({ page }) => {
    await page.goto(seedPost);
    const toc = page.getByRole('navigation', { name: '目录' });
    const link = toc.getByRole('link', { name: 'SOFA 项目进展' });
    await expect(link).toBeHidden();
    await toc.locator('summary').focus();
    await page.keyboard.press('Enter');
    await link.click();
    expect(decodedHash(page)).toBe('#sofa-项目进展');
    await expect(page.getByRole('heading', { name: 'SOFA 项目进展' })).toBeInViewport();
  });

  test('a wide table scrolls inside its own region, which the keyboard can reach', async ({ page }) => {
    await page.goto(codePost);
    const region = page.getByRole('region', { name: '表格，可横向滚动' }).filter({ hasText: 'setSnapshotLogIndexMargin' });
    const sizes = await region.evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});

test('each heading has a labelled link to itself', async ({ page }) => {
  await page.goto(codePost);
  const link = page.getByRole('link', { name: '本节链接：观察哪些指标' });
  await expect(link).toHaveAttribute('href', '#观察哪些指标');
  await link.click();
  expect(decodedHash(page)).toBe('#观察哪些指标');
});

test('the reading time is in the post meta', async ({ page }) => {
  await page.goto(seedPost);
  await expect(page.locator('article header')).toContainText('约 3 分钟');
  await page.goto(codePost);
  await expect(page.locator('article header')).toContainText('约 2 分钟');
});

test('the post\'s date is given to machines in UTC, to the second', async ({ page }) => {
  await page.goto(seedPost);
  // date: 2020-07-10T15:00:00+08:00
  await expect(page.locator('article header time')).toHaveAttribute('datetime', '2020-07-10T07:00:00Z');
});

test('previous and next lead to the older and the newer post', async ({ page }) => {
  await page.goto(codePost);
  const navigation = page.getByRole('navigation', { name: '上一篇和下一篇' });
  const previous = navigation.getByRole('link', { name: /上一篇/ });
  await expect(previous).toContainText('SOFA Meetup');
  await previous.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SOFA Meetup');

  const next = page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link', { name: /下一篇/ });
  await expect(next).toContainText('SOFAJRaft 快照调优笔记');
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${codePost}$`));
});

test('the newest post has no next link: the draft after it never shows', async ({ page }) => {
  await page.goto('/blog/sofa-weekly-20261120/');
  const navigation = page.getByRole('navigation', { name: '上一篇和下一篇' });
  await expect(navigation.getByRole('link', { name: /上一篇/ })).toBeVisible();
  await expect(navigation.getByRole('link', { name: /下一篇/ })).toHaveCount(0);
  await expect(page.locator('a[href*="draft"]')).toHaveCount(0);
});

test('related posts share a tag and lead to real posts', async ({ page }) => {
  await page.goto('/blog/sofa-weekly-20261120/');
  const related = page.getByRole('region', { name: '相关文章' });
  const links = related.getByRole('link');
  await expect(links).toHaveCount(4);
  const title = (await links.first().textContent())!;
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('region', { name: '相关文章' }).getByRole('link', { name: 'SOFA Weekly | 周报站点迁移到 Next.js、MDX 组件上手' })).toBeVisible();
});

test('the edit link points at the post source in the repository', async ({ page }) => {
  await page.goto(codePost);
  await expect(page.getByRole('link', { name: '编辑此文' })).toHaveAttribute(
    'href',
    'https://github.com/sofastack/sofa-weekly/edit/main/content/zh/blog/sofajraft-snapshot-tuning.mdx',
  );
});

test('code is highlighted in the light and the dark theme, with its language', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(codePost);
  const block = page.locator('[data-code-block]').first();
  await expect(block).toContainText('java');
  const keyword = block.locator('pre span', { hasText: /^\s*new\s*$/ }).first();
  const plain = block.locator('pre span', { hasText: /nodeOptions$/ }).first();
  const lightKeyword = await keyword.evaluate((element) => getComputedStyle(element).color);
  // github-light-default's and github-dark-default's keyword colours, #cf222e and #ff7b72, from the stylesheet's token classes.
  expect(lightKeyword).toBe('rgb(207, 34, 46)');
  expect(lightKeyword).not.toBe(await plain.evaluate((element) => getComputedStyle(element).color));

  // The theme toggle switches the code with the page.
  await page.getByRole('button', { name: /^主题：/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await keyword.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(255, 123, 114)');
});

test('the copy button copies the code from the keyboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(codePost);
  const block = page.locator('[data-code-block]').filter({ hasText: 'iostat' });
  const button = block.getByRole('button', { name: '复制' });
  await button.focus();
  await page.keyboard.press('Enter');
  // The page's one status message, which the copy island adds, says it to a screen reader.
  await expect(page.getByRole('status')).toHaveText('已复制');
  await expect(button).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('iostat -x 1 | grep nvme0n1\ndu -sh /data/jraft/snapshot');
});

test('the browser gets no highlighter: Shiki runs only at build time', () => {
  // The islands, and whatever script files of Next.js the build kept (none: docs/architecture.md).
  const scripts = ['islands', path.join('_next', 'static')]
    .map((folder) => path.join('out', folder))
    .flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)))
    .filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const withHighlighter = scripts.filter((file) => /shiki|oniguruma|vscode-textmate/i.test(readFileSync(file, 'utf8')));
  expect(withHighlighter).toEqual([]);
});
