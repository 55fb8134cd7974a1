import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from '@playwright/test';

// `next dev` serves page-bundle files straight from content/ and writes nothing outside its caches:
// a bundle whose file has the path of a file of public/ leaves public/ byte for byte as it was, added
// and removed, and a bundle's pictures (Chinese names, a draft's) show on its page. It runs on a copy
// of content/. Next.js allows one `next dev` a project folder at a time (.next/dev/lock), so the
// dev-server project runs its spec files one after another (playwright.config.ts), and this one waits
// for every process of its server to end.
const port = Number(process.env.E2E_PORT ?? 4173) + 5;
const origin = `http://localhost:${port}`;
const contentCopy = mkdtempSync(path.join(tmpdir(), 'dev-public-content-'));
// The file of the site a bundle at /images/logo/ would collide with; made for the test if the site has none.
const siteFile = path.join('public', 'images', 'logo', 'a.png');
const madeForTest: string[] = [];
let server: ChildProcess;

/** A SHA-256 of every file under a folder (a link by its target), by its path. */
function hashesUnder(folder: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
    const file = path.join(folder, name);
    const stats = lstatSync(file);
    if (stats.isDirectory()) continue;
    const bytes = stats.isSymbolicLink() ? Buffer.from(`-> ${readlinkSync(file)}`) : readFileSync(file);
    hashes.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return hashes;
}

/** Whether any process of a process group is still running. */
function isGroupRunning(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `next dev`, again while another one of this folder still holds the lock (it exits at once then). */
async function startDevServer(): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentCopy },
      stdio: 'ignore',
      detached: true,
    });
    const exited = new Promise<'exited'>((resolve) => child.once('exit', () => resolve('exited')));
    const ready = (async () => {
      while ((await fetch(`${origin}/tags/`).catch(() => null))?.status !== 200) await sleep(1000);
      return 'ready' as const;
    })();
    const outcome = await Promise.race([exited, ready, sleep(120_000).then(() => 'timeout' as const)]);
    if (outcome === 'ready') return child;
    if (child.pid && isGroupRunning(child.pid)) process.kill(-child.pid, 'SIGKILL');
    if (outcome === 'timeout' || attempt === 10) throw new Error(`next dev did not start on port ${port} (${outcome})`);
    await sleep(3000);
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  cpSync('content', contentCopy, { recursive: true });
  if (!existsSync(siteFile)) {
    for (let folder = path.dirname(siteFile); !existsSync(folder); folder = path.dirname(folder)) madeForTest.unshift(folder);
    mkdirSync(path.dirname(siteFile), { recursive: true });
    copyFileSync(path.join('public', 'og-image.png'), siteFile);
    madeForTest.push(siteFile);
  }
  server = await startDevServer();
});

test.afterAll(async () => {
  const pid = server?.pid;
  if (pid && isGroupRunning(pid)) {
    process.kill(-pid, 'SIGTERM');
    for (let waited = 0; isGroupRunning(pid) && waited < 20_000; waited += 250) await sleep(250);
    if (isGroupRunning(pid)) process.kill(-pid, 'SIGKILL');
  }
  for (const made of madeForTest.reverse()) rmSync(made, { recursive: true, force: true });
  rmSync(contentCopy, { recursive: true, force: true });
});

test('next dev leaves public/ byte for byte as it was while a bundle with a file of public/\'s path comes and goes', async ({ page, request }) => {
  const before = hashesUnder('public');
  const siteBytes = readFileSync(siteFile);
  const bundle = path.join(contentCopy, 'zh', 'images', 'logo');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(path.join(bundle, 'index.mdx'), '---\ntitle: 与站点文件同路径的图片\ndate: 2020-01-01\n---\n\n![标志](./a.png)\n');
  writeFileSync(path.join(bundle, 'a.png'), 'the bundle\'s own a.png, not the site\'s');

  // The dev server has read the new post once its page names it (shown, or refused with its file named).
  await expect(async () => {
    await page.goto(`${origin}/images/logo/`);
    await expect(page.getByText(/与站点文件同路径的图片|images\/logo\/index\.mdx/).first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  await request.get(`${origin}/images/logo/a.png`);
  expect(hashesUnder('public')).toEqual(before);

  rmSync(bundle, { recursive: true });
  await expect(async () => {
    expect((await request.get(`${origin}/images/logo/`)).status()).toBe(404);
  }).toPass({ timeout: 30_000 });
  const served = await request.get(`${origin}/images/logo/a.png`);
  expect(served.status()).toBe(200);
  expect(Buffer.from(await served.body()).equals(siteBytes)).toBe(true);
  expect(hashesUnder('public')).toEqual(before);
});

test('next dev shows a bundle\'s pictures on its page, Chinese names and a draft\'s included, served from content/', async ({ page, request }) => {
  const before = hashesUnder('public');
  const bundle = path.join(contentCopy, 'zh', 'blog', '开发时的图片');
  mkdirSync(path.join(bundle, '图集'), { recursive: true });
  writeFileSync(path.join(bundle, 'index.mdx'), '---\ntitle: 开发时看得见的图片\ndate: 2020-01-01\ndraft: true\n---\n\n![封面图](./封面.png)\n\n![第二张](./图集/第二张.png)\n\n![矢量图](./architecture.svg)\n');
  copyFileSync(path.join('public', 'og-image.png'), path.join(bundle, '封面.png'));
  copyFileSync(path.join('public', 'og-image.png'), path.join(bundle, '图集', '第二张.png'));
  copyFileSync(path.join('content', 'zh', 'blog', 'sofa-meetup-hangzhou', 'architecture.svg'), path.join(bundle, 'architecture.svg'));

  await expect(async () => {
    await page.goto(`${origin}/blog/${encodeURIComponent('开发时的图片')}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('开发时看得见的图片', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
  for (const name of ['封面图', '第二张', '矢量图']) {
    const image = page.getByRole('article').getByRole('img', { name });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), { message: name, timeout: 30_000 }).toBeGreaterThan(0);
  }
  // The raw and the percent-encoded Chinese path name one file; a Markdown file of the bundle is never served.
  for (const file of ['/blog/开发时的图片/图集/第二张.png', `/blog/${encodeURIComponent('开发时的图片')}/${encodeURIComponent('图集')}/${encodeURIComponent('第二张')}.png`]) {
    const response = await request.get(origin + file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type'], file).toBe('image/png');
  }
  expect((await request.get(`${origin}/blog/${encodeURIComponent('开发时的图片')}/index.mdx`)).status()).toBe(404);
  expect(hashesUnder('public')).toEqual(before);
});

test('next dev refuses a post past the counted bounds on the next request, naming it, and answers for the others again once it is gone', async ({ page }) => {
  // 200 KB of nested brackets: the parser would take minutes, and `next dev` reads posts in its own process.
  const slow = path.join(contentCopy, 'zh', 'blog', 'dev-nested-brackets.md');
  writeFileSync(slow, `---\ntitle: 嵌套的括号\ndate: 2020-01-01\n---\n\n${'['.repeat(100_000)}x${']'.repeat(100_000)}\n`);
  try {
    await expect(async () => {
      await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`);
      await expect(page.getByText(/dev-nested-brackets\.md:6/).first()).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 60_000 });
  } finally {
    rmSync(slow, { force: true });
  }
  await expect(async () => {
    await page.goto(`${origin}/blog/sofajraft-snapshot-tuning/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间', { timeout: 2000 });
  }).toPass({ timeout: 60_000 });
});
