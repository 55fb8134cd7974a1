import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// One smoke test of `next dev`: Chinese URLs work there too (vercel/next.js#92192 is worked
// around by exporting only in production builds), drafts show, marked as drafts, and an
// edited post shows its change on reload. It runs on a copy of content/, which it edits.
const port = Number(process.env.E2E_PORT ?? 4173) + 2;
const origin = `http://localhost:${port}`;
const contentCopy = mkdtempSync(path.join(tmpdir(), 'dev-content-'));
let server: ChildProcess;

test.beforeAll(async () => {
  cpSync('content', contentCopy, { recursive: true });
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentCopy },
    stdio: 'ignore',
    detached: true,
  });
  await expect
    .poll(async () => (await fetch(`${origin}/tags/`).catch(() => null))?.status, { timeout: 120_000, intervals: [1000] })
    .toBe(200);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

test.describe.configure({ mode: 'serial' });

test('next dev serves a Chinese tag raw and percent-encoded, and shows drafts marked as such', async ({ page }) => {
  for (const path of ['/tags/社区活动/', '/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/']) {
    const response = await page.goto(origin + path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：社区活动');
  }
  await page.goto(`${origin}/blog/sofa-weekly-draft-next/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFA Weekly | 下周草稿：还没写完');
  await expect(page.getByRole('article').getByText('草稿', { exact: true })).toBeVisible();
});

test('next dev shows an edited post on reload, without a restart', async ({ page }) => {
  await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间');
  appendFileSync(path.join(contentCopy, 'zh/blog/sofajraft-snapshot-tuning.mdx'), '\n刚刚加上的一段话。\n');
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('刚刚加上的一段话。')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
});

test('next dev explains that the search index comes from npm run build', async ({ page }) => {
  await page.goto(`${origin}/search/?q=${encodeURIComponent('告警')}`);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/搜索索引还没有生成：它由 npm run build 写入/);
});

test('the islands work in next dev beside React: the header search box opens, the copy button copies', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`, { waitUntil: 'networkidle' });
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.fill('告警');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/搜索索引还没有生成/);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  const button = page.getByRole('button', { name: '复制' }).first();
  await button.click();
  await expect(page.getByRole('button', { name: '已复制' }).first()).toBeVisible();
  expect(errors.filter((error) => /hydrat/i.test(error))).toEqual([]);
});

test('next dev shows a new post with a new tag, a new image in a bundle, and a deleted post as gone', async ({ page, request }) => {
  const post = path.join(contentCopy, 'zh', 'blog', 'dev-new-post.mdx');
  writeFileSync(post, '---\ntitle: 开发时新写的文章\ndate: 2020-01-01\ntags: ["开发时的新标签"]\n---\n\n新文章的正文。\n');
  await expect(async () => {
    await page.goto(`${origin}/tags/开发时的新标签/`);
    await expect(page.getByRole('link', { name: '开发时新写的文章' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // A new picture in the bundle, and the line of the post that shows it: the reader must see it drawn, not only served.
  const bundle = path.join(contentCopy, 'zh/blog/sofa-meetup-hangzhou');
  copyFileSync('public/og-image.png', path.join(bundle, 'added.png'));
  appendFileSync(path.join(bundle, 'index.mdx'), '\n![开发时新加的图](added.png)\n');
  await expect(async () => {
    await page.goto(`${origin}/blog/sofa-meetup-hangzhou/`);
    const image = page.getByRole('img', { name: '开发时新加的图' });
    await image.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), { timeout: 2000 }).toBe(1200);
  }).toPass({ timeout: 30_000 });
  expect((await request.get(`${origin}/blog/sofa-meetup-hangzhou/added.png`)).headers()['content-type']).toBe('image/png');

  rmSync(post);
  await expect(async () => {
    expect((await request.get(`${origin}/blog/dev-new-post/`)).status()).toBe(404);
  }).toPass({ timeout: 30_000 });
});

test('next dev shows a broken edit as an error naming the file and the line, and the fixed post after it', async ({ page }) => {
  const file = path.join(contentCopy, 'zh', 'blog', 'sofa-weekly-20261113.mdx');
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace(/^date: .*$/m, 'date: 2020-13-45'));
  await expect(async () => {
    await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`);
    await expect(page.getByText(/sofa-weekly-20261113\.mdx:\d+/).first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  writeFileSync(file, source);
  await expect(async () => {
    await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
});
