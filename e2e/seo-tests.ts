import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localUrl, siteUrl } from './feed-tests';

// What search engines and link previews read: the sitemap, robots.txt, and each page's head.
// Run for the root export (seo.spec.ts) and for the one under /weekly/ (sub-path-seo.spec.ts),
// checked against the exported files themselves.

/** What a page's head tells search engines and link previews. */
interface PageHead {
  file: string;
  url: string;
  isIndexable: boolean;
  title: string;
  canonicals: string[];
  description: string | null;
  ogTitle: string | null;
  ogImage: string | null;
  twitterCard: string | null;
  lang: string | null;
}

/** The HTML pages of an export, the not-found page aside (it has no URL of its own). */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html') && !/^(404(\/index)?|_not-found\/index)\.html$/.test(file))
    .sort();
}

async function pageHeads(page: Page, outDir: string, basePath: string): Promise<PageHead[]> {
  const heads: PageHead[] = [];
  for (const file of htmlFiles(outDir)) {
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`.split('/').map(encodeURIComponent).join('/');
    const head = await page.evaluate((html) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;
      return {
        isIndexable: !/noindex/.test(meta('meta[name="robots"]') ?? ''),
        title: document.title,
        canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')!),
        description: meta('meta[name="description"]'),
        ogTitle: meta('meta[property="og:title"]'),
        ogImage: meta('meta[property="og:image"]'),
        twitterCard: meta('meta[name="twitter:card"]'),
        lang: document.documentElement.getAttribute('lang'),
      };
    }, readFileSync(`${outDir}/${file}`, 'utf8'));
    heads.push({ file, url: siteUrl(basePath, path), ...head });
  }
  return heads;
}

export function seoTests(basePath: string, outDir: string) {
  test('the sitemap lists every indexable page of the export and nothing else, each one served', async ({ page, request, baseURL }) => {
    test.setTimeout(90_000);
    await page.goto(`${basePath}/`);
    const sitemap = await (await request.get(`${basePath}/sitemap.xml`)).text();
    const entries = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      if (document.querySelector('parsererror')) throw new Error('sitemap.xml is not well-formed XML');
      return [...document.getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
      }));
    }, sitemap);
    const locs = entries.map((entry) => entry.loc);

    const heads = await pageHeads(page, outDir, basePath);
    const indexable = heads.filter((head) => head.isIndexable).map((head) => head.url);
    expect(heads.filter((head) => head.file.startsWith('blog/') && head.isIndexable).length).toBeGreaterThan(3);
    expect([...locs].sort()).toEqual([...indexable].sort());
    expect(new Set(locs).size).toBe(locs.length);

    const seed = entries.find((entry) => entry.loc === siteUrl(basePath, '/blog/sofa-weekly-20200710/'));
    expect(new Date(seed!.lastmod!).toISOString()).toBe('2020-07-10T07:00:00.000Z');
    for (const loc of locs) {
      expect((await request.get(localUrl(loc, baseURL!), { maxRedirects: 0 })).status(), loc).toBe(200);
    }
  });

  test('robots.txt names the sitemap by its absolute URL', async ({ request, baseURL }) => {
    const robots = await (await request.get(`${basePath}/robots.txt`)).text();
    const sitemap = /^Sitemap:\s*(\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(siteUrl(basePath, '/sitemap.xml'));
    expect((await request.get(localUrl(sitemap!, baseURL!))).status()).toBe(200);
  });

  test('every page has exactly one canonical URL; indexable pages have their own title, a description and share tags', async ({ page, request, baseURL }) => {
    test.setTimeout(90_000);
    await page.goto(`${basePath}/`);
    const heads = await pageHeads(page, outDir, basePath);
    expect(heads.filter((head) => head.canonicals.length !== 1).map((head) => `${head.file}: ${head.canonicals.length} canonical links`)).toEqual([]);

    const indexable = heads.filter((head) => head.isIndexable);
    expect(indexable.filter((head) => head.canonicals[0] !== head.url).map((head) => `${head.file}: ${head.canonicals[0]}`)).toEqual([]);
    const titles = indexable.map((head) => head.title);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index), 'titles used by two pages').toEqual([]);
    for (const head of indexable) {
      expect.soft(head.description, head.file).toBeTruthy();
      expect.soft(head.ogTitle, head.file).toBeTruthy();
      expect.soft(head.ogImage, head.file).toMatch(/^https?:\/\//);
      expect.soft(head.twitterCard, head.file).toBe('summary_large_image');
      expect.soft(head.lang, head.file).toBe('zh-CN');
    }
    const home = indexable.find((head) => head.file === 'index.html');
    expect(home?.ogImage).toBe(siteUrl(basePath, '/og-image.png'));
    expect((await request.get(localUrl(home!.ogImage!, baseURL!))).status()).toBe(200);
  });

  test('a post page describes itself as a BlogPosting in JSON-LD', async ({ page }) => {
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
    await page.goto(`${basePath}/blog/sofa-weekly-20200710/`);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: await page.getByRole('heading', { level: 1 }).textContent(),
      datePublished: '2020-07-10T15:00:00+08:00',
      url: siteUrl(basePath, '/blog/sofa-weekly-20200710/'),
      author: { '@type': 'Person', name: 'SOFA 团队' },
      keywords: ['SOFA Weekly'],
    });
    expect(data.image).toMatch(/^https:\/\//);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });
}
