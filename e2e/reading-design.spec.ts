import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import { expect, test, type Page } from '@playwright/test';

const snapshotPost = '/blog/sofajraft-snapshot-tuning/';
const remoteImagesPost = '/blog/sofa-weekly-20200710/';
const bundlePost = '/blog/sofa-meetup-hangzhou/';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a wide table keeps every cell at least 6 em wide and scrolls sideways in a labelled region the keyboard can scroll', async ({ page }) => {
    await page.goto(snapshotPost);
    const regions = page.locator('main [role="region"]:has(> table)');
    await expect(regions).toHaveCount(2);
    for (const region of await regions.all()) {
      const narrowCells = await region.locator('th, td').evaluateAll((cells) =>
        cells
          .filter((cell) => cell.getBoundingClientRect().width < 6 * parseFloat(getComputedStyle(cell).fontSize))
          .map((cell) => `${cell.textContent}: ${Math.round(cell.getBoundingClientRect().width)} px`),
      );
      expect(narrowCells).toEqual([]);
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAccessibleName('表格，可横向滚动');
    }

    const first = regions.first();
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test('a table that scrolls shows a shadow at the edge it can scroll towards, and none at an edge it has reached', async ({ page }) => {
    await page.goto(snapshotPost);
    const region = page.locator('main [role="region"]:has(> table)').last();
    await region.scrollIntoViewIfNeeded();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Just below the table's top border, in the header cells' padding: only the region's background is drawn there.
    const edges = async () => {
      const [left, right] = (await pixelsOf(page, await region.screenshot(), [[3, 3], [-3, 3]])).colours;
      return { left, right };
    };
    const atStart = await edges();
    expect(atStart.left).toBe(background);
    expect(atStart.right).not.toBe(background);
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const atEnd = await edges();
    expect(atEnd.left).not.toBe(background);
    expect(atEnd.right).toBe(background);
  });

  test('a post\'s cover in a list sits above its summary, 16:9, as wide as the entry', async ({ page }) => {
    await page.goto('/');
    const entry = page.locator('article', { has: page.locator(`h2 a[href="${bundlePost}"]`) });
    const cover = entry.locator('img');
    const summary = entry.locator('p').last();
    const [coverBox, summaryBox] = [await cover.boundingBox(), await summary.boundingBox()];
    expect(coverBox!.y + coverBox!.height).toBeLessThanOrEqual(summaryBox!.y);
    expect(coverBox!.width / coverBox!.height).toBeCloseTo(16 / 9, 1);
    expect(coverBox!.width).toBeGreaterThan(300);
  });

  test('the footer of a short page sits at the bottom of the screen', async ({ page }) => {
    await page.goto('/no-such-page/');
    await expectFooterAtBottom(page);
  });
});

async function expectFooterAtBottom(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { footerBottom, viewportHeight, pageHeight } = await page.evaluate(() => ({
    footerBottom: document.querySelector('body > footer')!.getBoundingClientRect().bottom,
    viewportHeight: window.innerHeight,
    pageHeight: document.documentElement.scrollHeight,
  }));
  expect(pageHeight).toBe(viewportHeight);
  expect(Math.abs(footerBottom - viewportHeight)).toBeLessThanOrEqual(1);
}

test('the footer of a short page sits at the bottom of a desktop screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/no-such-page/');
  await expectFooterAtBottom(page);
});

/**
 * The colours of some pixels of a screenshot (x counted from the right when negative), and how many of
 * its pixels are dark (ink), decoded by the page's own canvas: Node has no PNG decoder of its own here.
 */
async function pixelsOf(page: Page, png: Buffer, points: [number, number][]) {
  return page.evaluate(async ({ base64, points }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) inked++;
    const colours = points.map(([x, y]) => {
      const at = (y * image.width + (x < 0 ? image.width + x : x)) * 4;
      return `rgb(${data[at]}, ${data[at + 1]}, ${data[at + 2]})`;
    });
    return { width: image.width, inked, colours };
  }, { base64: png.toString('base64'), points });
}

test('a remote image that fails shows its alt text in a quiet box, not the broken-image icon', async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(remoteImagesPost);
  const image = page.getByRole('img', { name: 'CNCF 旗舰会议' });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth === 0)).toBe(true);

  const placeholder = await image.evaluate((element) => {
    const after = getComputedStyle(element, '::after');
    const surface = getComputedStyle(document.documentElement).getPropertyValue('--color-surface');
    const probe = document.createElement('span');
    probe.style.color = surface;
    document.body.append(probe);
    const surfaceColour = getComputedStyle(probe).color;
    probe.remove();
    return { content: after.content, position: after.position, background: after.backgroundColor, surfaceColour };
  });
  expect(placeholder.content).toBe('"CNCF 旗舰会议"');
  expect(placeholder.position).toBe('absolute');
  expect(placeholder.background).toBe(placeholder.surfaceColour);

  // Drawn: the corner where Chromium puts the broken-image icon is the placeholder's surface, and the
  // alt text's letters are there (pixels darker than the surface, many of them).
  const pixels = await pixelsOf(page, await image.screenshot(), [[4, 4], [10, 8], [16, 12]]);
  expect(pixels.width).toBeGreaterThan(60);
  expect(pixels.colours).toEqual(Array(3).fill(placeholder.surfaceColour));
  expect(pixels.inked).toBeGreaterThan(30);
});

test('local images carry the width and height of their files, so the text does not jump as they load', async ({ page }) => {
  const measured: string[] = [];
  for (const path of [bundlePost, '/']) {
    await page.goto(path);
    const images = await page.locator('main img').evaluateAll((elements) =>
      elements.map((element) => ({ src: element.getAttribute('src')!, width: element.getAttribute('width'), height: element.getAttribute('height') })),
    );
    const local = images.filter(({ src }) => src.startsWith('/'));
    expect(local.length).toBeGreaterThan(0);
    for (const { src, width, height } of local) {
      const file = imageSize(readFileSync(`out${decodeURI(src)}`));
      expect({ src, width, height }).toEqual({ src, width: String(file.width), height: String(file.height) });
      measured.push(src);
    }
  }
  expect(measured).toEqual(expect.arrayContaining([`${bundlePost}architecture.svg`, `${bundlePost}cover.svg`]));
});

test('a post\'s cover in a list is a lazy thumbnail sent without a referrer, beside the summary on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  for (const path of [bundlePost, remoteImagesPost]) {
    const entry = page.locator('article', { has: page.locator(`h2 a[href="${path}"]`) });
    const cover = entry.locator('img');
    await expect(cover).toHaveAttribute('loading', 'lazy');
    await expect(cover).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(cover).toHaveAttribute('alt', '');
  }
  const entry = page.locator('article', { has: page.locator(`h2 a[href="${bundlePost}"]`) });
  await expect(entry.locator('img')).toHaveAttribute('src', `${bundlePost}cover.svg`);
  const [coverBox, summaryBox] = [await entry.locator('img').boundingBox(), await entry.locator('p').last().boundingBox()];
  expect(coverBox!.x).toBeGreaterThanOrEqual(summaryBox!.x + summaryBox!.width);
  expect(coverBox!.y).toBeLessThan(summaryBox!.y + summaryBox!.height);
  expect(coverBox!.width / coverBox!.height).toBeCloseTo(16 / 9, 1);
});

test('inline code has the same background on /qa/ and /events/ as in a post, and it shows on a Q&A\'s surface', async ({ page }) => {
  await page.goto(snapshotPost);
  const inPost = await page.locator('main p code').first().evaluate((code) => getComputedStyle(code).backgroundColor);
  expect(inPost).not.toBe('rgba(0, 0, 0, 0)');
  for (const path of ['/qa/', '/events/']) {
    await page.goto(path);
    const codes = await page.locator('main :not(pre) > code').evaluateAll((elements) =>
      elements.map((code) => {
        let behind = code.parentElement;
        while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') behind = behind.parentElement;
        return { background: getComputedStyle(code).backgroundColor, behind: behind ? getComputedStyle(behind).backgroundColor : '' };
      }),
    );
    expect(codes.length).toBeGreaterThan(0);
    for (const { background, behind } of codes) {
      expect(background).toBe(inPost);
      expect(background).not.toBe(behind);
    }
  }
});

test('a Q&A in a post is spaced as on /qa/: its question starts at the top of its bar', async ({ page }) => {
  const spacing = async () => {
    const question = page.locator('main section blockquote h2, main section blockquote h3, main section blockquote h4').first();
    return question.evaluate((heading) => {
      const bar = heading.parentElement!.getBoundingClientRect();
      const style = getComputedStyle(heading);
      return { fromBarTop: Math.round(heading.getBoundingClientRect().top - bar.top), marginTop: style.marginTop, lineHeight: style.lineHeight };
    });
  };
  await page.goto('/qa/');
  const onHub = await spacing();
  await page.goto('/blog/sofa-weekly-20261113/');
  expect(await spacing()).toEqual(onHub);
  expect(onHub.marginTop).toBe('0px');
});
