import { expect, test } from '@playwright/test';

test('a page bundle shows its own images: the cover and one referenced as ./architecture.svg', async ({ page }) => {
  await page.goto('/blog/sofa-meetup-hangzhou/');
  const figure = page.getByRole('img', { name: 'Meetup 上画的架构草图：客户端经由 MOSN 访问多个 Raft Group' });
  await expect(figure).toHaveAttribute('src', '/blog/sofa-meetup-hangzhou/architecture.svg');
  await figure.scrollIntoViewIfNeeded();
  await expect.poll(() => figure.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  const cover = page.locator('article header img');
  await expect(cover).toHaveAttribute('src', '/blog/sofa-meetup-hangzhou/cover.svg');
  await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
});
