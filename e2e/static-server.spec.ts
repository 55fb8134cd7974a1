import { expect, test } from '@playwright/test';

// Static hosts compress text; the server the README's first command starts must too, or every
// figure measured against it (Lighthouse above all) describes a slower site than readers get.
test('npm run serve sends pages, styles and scripts gzip-compressed to a browser that accepts it', async ({ page, request }) => {
  // The search page names its island's script file; the other pages load theirs when a reader acts.
  await page.goto('/search/');
  const assets = await page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].slice(0, 1).map((script) => script.src),
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].slice(0, 1).map((link) => link.href),
  ]);
  expect(assets).toHaveLength(2);
  for (const url of ['/', ...assets]) {
    const response = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-encoding'], url).toBe('gzip');
  }
  const plain = await request.get('/', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
});
