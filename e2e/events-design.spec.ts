import { expect, test, type Locator, type Page } from '@playwright/test';

// Event cards as the reader's clock sees them, and the line under a post's title.
// The seed weekly announces two talks a day apart; the reader's clock is set between them.
const seedPost = '/blog/sofa-weekly-20200710/';
const earlier = '在大规模 Kubernetes 集群上实现高 SLO 的方法';
const later = '为 Kubernetes 的秘密披上无形的盾牌';
const betweenTheTalks = new Date('2020-07-31T08:00:00+08:00');

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

/** The visible card of this event (the events page also carries a hidden copy in its other list). */
const card = (page: Page, title: string) => page.getByRole('main').getByRole('article', { name: title });

async function expectEnded(event: Locator) {
  await expect(event.getByText('已结束', { exact: true })).toBeVisible();
  await expect(event.getByRole('link', { name: '点击这里报名' })).toHaveCount(0);
  await expect(event.getByRole('link', { name: '添加到日历 (.ics)' })).toHaveCount(0);
}

async function expectOpen(page: Page, event: Locator, registration: RegExp) {
  await expect(event.getByText('已结束', { exact: true })).toBeHidden();
  await expect(event.getByRole('link', { name: '点击这里报名' })).toHaveAttribute('href', registration);
  const calendar = await event.getByRole('link', { name: '添加到日历 (.ics)' }).getAttribute('href');
  const response = await page.request.get(calendar!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`SUMMARY:${later}`);
}

for (const [where, path] of [['the events page', '/events/'], ['the weekly that announced them', seedPost]] as const) {
  test(`on ${where}, between two talks the earlier is ended without registration or calendar, the later open with both`, async ({ page }) => {
    await page.clock.setFixedTime(betweenTheTalks);
    await page.goto(path);
    await expectEnded(card(page, earlier));
    await expectOpen(page, card(page, later), /cnosvschina20cn\.sched\.com\/event\/cpDh\//);
  });
}

test('a post reads the clock once for all its event cards, and a post without cards carries no such script', async ({ page }) => {
  const scriptsReadingTheClock = async (path: string) => {
    const html = await (await page.request.get(path)).text();
    // Scripts of the page itself, not the flight data that carries their text for React.
    const scripts = html.match(/<script>(?!\(?self\.__next_f)[\s\S]*?<\/script>/g) ?? [];
    return { cards: (html.match(/ data-ends-at="/g) ?? []).length, scripts: scripts.filter((script) => script.includes('data-ends-at')).length };
  };
  const weekly = await scriptsReadingTheClock(seedPost);
  expect(weekly.cards).toBeGreaterThan(1);
  expect(weekly.scripts).toBe(1);
  expect(await scriptsReadingTheClock('/blog/sofa-meetup-hangzhou/')).toEqual({ cards: 1, scripts: 1 });
  expect(await scriptsReadingTheClock('/blog/sofajraft-snapshot-tuning/')).toEqual({ cards: 0, scripts: 0 });
});

test('without JavaScript, talks already past when the site was built show as ended, with no registration link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  for (const path of ['/events/', seedPost]) {
    await page.goto(path);
    for (const title of [earlier, later]) await expectEnded(card(page, title));
  }
  await context.close();
});

test('the date and time are the first words of every event card, on the events page and in a post', async ({ page }) => {
  for (const path of ['/events/', seedPost, '/blog/sofa-meetup-hangzhou/']) {
    await page.goto(path);
    const cards = page.getByRole('main').getByRole('article').filter({ has: page.locator('time') });
    const texts = await cards.evaluateAll((articles) => articles.filter((article) => article.getAttribute('data-ends-at')).map((article) => (article as HTMLElement).innerText.trim()));
    expect(texts.length, path).toBeGreaterThan(0);
    for (const text of texts) expect(text, path).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  }
});

test('a long abstract is folded on the events page, a short one is not, and the post shows it whole', async ({ page }) => {
  const abstractStart = '随着 Kubernetes 集群的规模和复杂性的增加';
  await page.goto('/events/');
  const long = card(page, earlier);
  const fold = long.locator('details');
  await expect(fold).not.toHaveAttribute('open');
  await expect(long.getByText(abstractStart)).toBeHidden();
  await fold.getByText('议题介绍').click();
  await expect(long.getByText(abstractStart)).toBeVisible();

  const short = card(page, 'SOFA Meetup 杭州站');
  await expect(short.locator('details')).toHaveCount(0);
  await expect(short.getByText('三个分享加一个自由交流环节')).toBeVisible();

  await page.goto(seedPost);
  await expect(card(page, earlier).locator('details')).toHaveCount(0);
  await expect(card(page, earlier).getByText(abstractStart)).toBeVisible();
});

test('the line under a title reads date · author · reading time, and a category is not repeated as a tag', async ({ page }) => {
  await page.goto('/blog/sofa-weekly-20261120/');
  const header = page.getByRole('main').locator('header').first();
  const categories = header.getByRole('list', { name: '分类' });
  await expect(categories.getByRole('link')).toHaveText(['SOFA Weekly']);
  // Written as tags: "SOFA Weekly", "社区站点", "社区活动"; the first is the category.
  await expect(header.getByRole('list', { name: '标签' }).getByRole('link')).toHaveText(['社区站点', '社区活动']);
  const facts = await header.locator('time').first().evaluate((time) => {
    const line = time.parentElement as HTMLElement;
    return {
      text: line.innerText.replace(/\s+/g, ' '),
      // The dots are drawn before the second and third item, for the eye only.
      separators: [...line.children].map((item) => getComputedStyle(item, '::before').content),
    };
  });
  expect(facts.text).toMatch(/^2026-11-20 作者 SOFA 团队 阅读时间 约 \d+ 分钟$/);
  expect(facts.separators).toEqual(['none', expect.stringContaining('·'), expect.stringContaining('·')]);

  // The seed weekly has one tag, the same as its category: no tag list at all.
  await page.goto(seedPost);
  await expect(page.getByRole('main').locator('header').first().getByRole('list', { name: '标签' })).toHaveCount(0);
});

test('the author looks the same with a link (the seed weekly) and without (the meetup post)', async ({ page }) => {
  const authorStyle = async (path: string) => {
    await page.goto(path);
    const author = page.getByRole('main').locator('header').first().getByText('SOFA 团队', { exact: true });
    return author.evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, decoration: style.textDecorationLine, weight: style.fontWeight };
    });
  };
  expect(await authorStyle(seedPost)).toEqual(await authorStyle('/blog/sofa-meetup-hangzhou/'));
});
