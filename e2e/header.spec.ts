import { expect, test, type Page } from '@playwright/test';

// The header as a reader sees it: one row on a desktop, two on a phone, the current page and section
// marked in the navigation, and a theme toggle with three modes that says which one is on.

const header = (page: Page) => page.getByRole('banner');
const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const themeToggle = (page: Page) => page.getByRole('button', { name: /^主题：/ });

test.beforeEach(async ({ page }) => {
  // Posts' remote images cannot load here; they have nothing to do with the header.
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the header is one row at most 64 px tall: name, navigation, search, theme and language', async ({ page }) => {
    await page.goto('/');
    const box = (await header(page).boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(64);

    const parts = [
      header(page).getByRole('link', { name: 'SOFA Weekly' }),
      nav(page).getByRole('link', { name: '标签' }),
      header(page).getByRole('searchbox'),
      themeToggle(page),
      // The language switcher, when the site has another language with posts.
      ...(await header(page).locator('a[hreflang]').all()),
    ];
    const name = (await parts[0]!.boundingBox())!;
    for (const part of parts) {
      const partBox = (await part.boundingBox())!;
      // Each part's middle is level with the site name's: nothing dropped to a second row.
      expect(Math.abs(partBox.y + partBox.height / 2 - (name.y + name.height / 2))).toBeLessThan(8);
    }
  });
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the header takes at most two rows, 112 px, and every navigation link is reached from the keyboard', async ({ page }) => {
    await page.goto('/');
    expect((await header(page).boundingBox())!.height).toBeLessThanOrEqual(112);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // The navigation's row scrolls a focused link into view, whole (to the rounding of a pixel).
    const last = nav(page).getByRole('listitem').last().getByRole('link');
    await last.focus();
    await expect(last).toBeInViewport({ ratio: 0.99 });
    await expect(themeToggle(page)).toBeInViewport({ ratio: 1 });
  });
});

test.describe('the navigation marks where the reader is', () => {
  const cases = [
    { path: '/', link: '博客', current: 'page' },
    { path: '/tags/', link: '标签', current: 'page' },
    { path: '/tags/sofa-weekly/', link: '标签', current: 'true' },
    { path: '/categories/社区/', link: '分类', current: 'true' },
    { path: '/releases/sofajraft/', link: '发布', current: 'true' },
    { path: '/qa/', link: '问答', current: 'page' },
    // A post of a main section is listed on the home, so it belongs to the home's link.
    { path: '/blog/sofajraft-snapshot-tuning/', link: '博客', current: 'true' },
  ] as const;

  for (const { path, link, current } of cases) {
    test(`${path}: ${link} is aria-current="${current}", and only it`, async ({ page }) => {
      await page.goto(path);
      await expect(nav(page).getByRole('link', { name: link })).toHaveAttribute('aria-current', current);
      await expect(nav(page).locator('a[aria-current]')).toHaveCount(1);
    });
  }

  test('a page outside the navigation marks no link', async ({ page }) => {
    await page.goto('/search/');
    await expect(nav(page).getByRole('link')).not.toHaveCount(0);
    await expect(nav(page).locator('a[aria-current]')).toHaveCount(0);
  });

  test('the marked link is underlined, not only coloured; the others are not', async ({ page }) => {
    await page.goto('/tags/sofa-weekly/');
    const decoration = (name: string) =>
      nav(page)
        .getByRole('link', { name })
        .evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(await decoration('标签')).toBe('underline');
    expect(await decoration('归档')).toBe('none');
  });
});

test.describe('the theme toggle', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const stored = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));
  const dark = 'rgb(15, 20, 25)';
  const light = 'rgb(255, 255, 255)';

  test('cycles through three modes and its name says which one is on', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await expect(themeToggle(page)).toHaveAccessibleName('主题：跟随系统');

    // The first click shows the scheme the system does not.
    await themeToggle(page).click();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：深色');
    expect(await background(page)).toBe(dark);
    expect(await stored(page)).toBe('dark');

    await themeToggle(page).click();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：浅色');
    expect(await background(page)).toBe(light);
    expect(await stored(page)).toBe('light');

    // Light chosen is kept when the system turns dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：浅色');
    expect(await background(page)).toBe(light);
  });

  test('back to the system mode, the choice is forgotten and the page follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：深色');

    await themeToggle(page).click();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：跟随系统');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    expect(await stored(page)).toBeNull();
    expect(await background(page)).toBe(dark);

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(light);
    await page.reload();
    await expect(themeToggle(page)).toHaveAccessibleName('主题：跟随系统');
    expect(await background(page)).toBe(light);
  });
});
