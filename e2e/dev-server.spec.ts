import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

// One smoke test of `next dev`: Chinese URLs work there too (vercel/next.js#92192 is worked
// around by exporting only in production builds), and drafts show, marked as drafts.
const port = 4175;
const origin = `http://localhost:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
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
