import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Search runs in the browser on the Pagefind index that `npm run build` writes into out/pagefind/.
const seedPostTitle = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告';
const seedPostUrl = '/blog/sofa-weekly-20200710/';

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

function headerSearchBox(page: Page) {
  return page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox');
}

function results(page: Page) {
  return page.getByRole('list', { name: '搜索结果' }).getByRole('link');
}

test('a Chinese search typed into the header box finds the seed post and opens it with the keyboard', async ({ page }) => {
  await page.goto('/');
  await headerSearchBox(page).click();
  await page.keyboard.type('告警');
  const hit = results(page).filter({ hasText: seedPostTitle });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('告警');
  await expect(hit).toContainText('2020-07-10');
  await expect(hit).toContainText('SOFA Weekly');
  // The post, and the question in it that says 告警.
  await expect(page.getByRole('status')).toHaveText('找到 1 篇文章、1 个问答');

  await page.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(seedPostUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedPostTitle);
});

test('a reader\'s question is a result of its own that opens at the question', async ({ page }) => {
  await page.goto('/');
  await headerSearchBox(page).click();
  await page.keyboard.type('钉钉');
  const question = page.getByRole('link', { name: '问答 如果回滚失败有没有告警机制实现？比如钉钉告警。' });
  await expect(question.locator('mark').first()).toHaveText('钉钉');
  await question.click();
  await expect(page).toHaveURL(/\/blog\/sofa-weekly-20200710\/#qa-[0-9a-f]{10}$/);
  await expect(page.getByRole('heading', { name: '如果回滚失败有没有告警机制实现？比如钉钉告警。' })).toBeInViewport();
});

test('a post is not found by the titles of the posts it links to as previous, next or related', async ({ page }) => {
  await page.goto('/');
  await headerSearchBox(page).click();
  // The seed post never says Meetup; it links to "SOFA Meetup 杭州站回顾" as its next post. Filled at
  // once, not typed: the results of "Meetu" stay on screen until those of "Meetup" come, and the seed
  // post's absence must be read from the latter. From an empty box, the first results are Meetup's.
  await headerSearchBox(page).fill('Meetup');
  await expect(results(page).filter({ hasText: 'SOFA Meetup 杭州站回顾' }).first()).toBeVisible();
  const [, posts, questions = '0'] = /^找到 (\d+) 篇文章(?:、(\d+) 个问答)?$/.exec((await page.getByRole('status').textContent()) ?? '') ?? [];
  expect(Number(posts)).toBeGreaterThan(0);
  await expect(results(page)).toHaveCount(Number(posts) + Number(questions));
  await expect(results(page).filter({ hasText: seedPostTitle })).toHaveCount(0);
});

test('an English search is case-insensitive; arrows move through the results and Escape clears', async ({ page }) => {
  await page.goto('/tags/');
  const box = headerSearchBox(page);
  await box.click();
  await page.keyboard.type('RHEAKV');
  await expect(results(page)).toHaveCount(2);
  await expect(results(page).filter({ hasText: seedPostTitle }).locator('mark').first()).toHaveText(/^RheaKV\s*$/);

  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await expect(results(page)).toHaveCount(0);

  await page.keyboard.type('failurehandler');
  const hit = results(page).filter({ hasText: seedPostTitle });
  await expect(hit.locator('mark')).toHaveText('FailureHandler');
  await page.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(seedPostUrl);
});

test('a result opens with a click, and the header results close when the reader leaves the box', async ({ page }) => {
  await page.goto('/categories/');
  await headerSearchBox(page).fill('快照元数据');
  const hit = results(page).filter({ hasText: seedPostTitle });
  await expect(hit).toBeVisible();
  // A click beside the results, then Shift+Tab back to the navigation.
  await page.mouse.click(5, 600);
  await expect(hit).toBeHidden();
  await headerSearchBox(page).click();
  await expect(hit).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(hit).toBeHidden();
  await headerSearchBox(page).click();
  await hit.click();
  await expect(page).toHaveURL(seedPostUrl);
});

test('words of the post body, of Q&A, release notes and event cards all find the seed post', async ({ page }) => {
  // 告警/回滚 and FailureHandler are only inside a QA, 快照元数据/联合一致性 only inside a ReleaseNote,
  // 可信执行环境 only inside an EventCard.
  for (const query of ['回滚', '发布', '快照元数据', '联合一致性', '可信执行环境', 'SOFAJRaft', 'sofajraft', 'FailureHandler', 'learner']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
    await expect(results(page).filter({ hasText: seedPostTitle }), `searching ${query}`).toHaveAttribute('href', seedPostUrl);
  }
});

test('a search that finds nothing says so', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('main').getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('没有这篇文章qwertyuiop');
  await expect(page.getByRole('status')).toHaveText('没有找到与“没有这篇文章qwertyuiop”相关的文章。');
  await expect(results(page)).toHaveCount(0);
  // The query is kept in the address, so a reload or a shared link shows the same search.
  await expect(page).toHaveURL(/\/search\/\?q=/);
});

test('drafts, the 404 page and list pages are not in the index', async ({ page }) => {
  // Words that only the draft has.
  for (const query of ['还没写完', '这是一篇草稿']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), `searching ${query}`).toHaveText(/^没有找到/);
  }
  // Words of every page, of the 404 page, of list pages. Pagefind also ranks pages that share only
  // some of the words, so these may find posts; never other pages.
  for (const query of ['SOFA', '页面不存在', '最新文章', '全部标签']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status'), `searching ${query}`).toHaveText(/^(找到 \d+ 篇文章|没有找到)/);
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    if (query === 'SOFA') expect(hrefs.length).toBeGreaterThan(3);
    // A post, or a question on it.
    for (const href of hrefs) expect(href, `searching ${query}`).toMatch(/^\/blog\/.+\/(#qa-[0-9a-f]{10})?$/);
  }
});

function excerpts(page: Page) {
  return page.getByRole('list', { name: '搜索结果' }).locator('[data-search-excerpt]');
}

test('the count says how many posts and questions are listed', async ({ page }) => {
  let questionsSeen = 0;
  for (const query of ['告警', '钉钉', '快照', 'SOFAJRaft', 'SOFA']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    await expect(status, `searching ${query}`).toHaveText(/^找到 /);
    const [, posts, questions = '0'] = /^找到 (\d+) 篇文章(?:、(\d+) 个问答)?$/.exec((await status.textContent()) ?? '') ?? [];
    expect(posts, `searching ${query}: "${await status.textContent()}"`).toBeDefined();
    await expect(results(page).filter({ hasNotText: /^问答/ }), `searching ${query}`).toHaveCount(Number(posts));
    await expect(results(page).filter({ hasText: /^问答/ }), `searching ${query}`).toHaveCount(Number(questions));
    questionsSeen += Number(questions);
  }
  // Else the test would not tell posts from questions.
  expect(questionsSeen).toBeGreaterThan(0);
});

test('excerpts start where a clause starts, end where a sentence ends, and carry no heading-link "#"', async ({ page }) => {
  // Pagefind's own excerpt began "基于 GPL-2.0 licence 的 Bits.java；" (inside "替换基于…") and stopped inside "…未及时刷盘导致".
  await page.goto(`/search/?q=${encodeURIComponent('安全漏洞')}`);
  const weekly = excerpts(page).first();
  await expect(weekly).toHaveText(/^(替换基于 GPL-2\.0|升级 jackson)/);
  await expect(weekly).toHaveText(/[。！？；…]$/);
  await expect(weekly).not.toHaveText(/\p{Script=Han}\. /u);

  // Headings with their "#" link are all over the snapshot-tuning post; its excerpts start after headings.
  for (const query of ['快照', '指标', 'SOFAJRaft', '小结']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(excerpts(page).first(), `searching ${query}`).toBeVisible();
    for (const text of await excerpts(page).allTextContents()) {
      expect(text, `searching ${query}`).not.toContain('#');
      // Chinese blocks joined by an English ". " ("恢复时间. Raft 日志").
      expect(text, `searching ${query}`).not.toMatch(/\p{Script=Han}\. /u);
      expect(text, `searching ${query}`).toMatch(/[。！？；.!?;…]$/);
    }
  }
});

test('a question\'s result shows its answer, not the question again', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('钉钉')}`);
  const question = results(page).filter({ hasText: /^问答/ });
  await expect(question).toHaveCount(1);
  // The question is the result's title, with the words that matched marked; the answer is its excerpt.
  await expect(question.locator('mark').first()).toHaveText('钉钉');
  await expect(question.locator('[data-search-excerpt]')).toHaveText('可以的，实现 FailureHandler 接口。');
  // A match inside the answer is highlighted there.
  await page.goto('/search/?q=FailureHandler');
  await expect(results(page).filter({ hasText: /^问答/ }).locator('[data-search-excerpt] mark')).toHaveText('FailureHandler');
});

for (const width of [1280, 360]) {
  test(`the search page has one search box, its own (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/search/?q=SOFAJRaft');
    await expect(results(page).first()).toBeVisible();
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
    // Other pages keep the header's box.
    await page.goto('/archives/');
    await expect(headerSearchBox(page)).toBeVisible();
  });
}

test('a post page asks for no search code until the reader opens search', async ({ page }) => {
  // Every script asked for from the page's start: islands, Pagefind, anything else.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(seedPostUrl, { waitUntil: 'networkidle' });
  // The page runs the few lines that would load the search island (components/IslandScripts.tsx): had
  // they loaded it early, it would have been asked for by now, with the page scrolled and idle.
  expect(await page.evaluate(() => [...document.scripts].filter((script) => script.text.includes('form[data-search]')).length)).toBe(1);
  await page.mouse.wheel(0, 2000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  const beforeSearch = [...scripts];
  expect(beforeSearch.filter((url) => url.startsWith('/islands/search') || url.startsWith('/pagefind/'))).toEqual([]);

  const indexRequest = page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
  await headerSearchBox(page).focus();
  await indexRequest;
  // The search island and Pagefind come with the focus, never before.
  const withSearch = scripts.slice(beforeSearch.length);
  expect(withSearch.filter((url) => /^\/islands\/search-[\w-]+\.js$/.test(url))).toHaveLength(1);
  expect(withSearch.filter((url) => beforeSearch.includes(url))).toEqual([]);
});

test('without JavaScript the header box submits to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seedPostUrl);
  await headerSearchBox(page).fill('告警');
  await headerSearchBox(page).press('Enter');
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('告警')}`);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results in the header and on the search page have no WCAG 2.1 AA violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    await page.goto(seedPostUrl);
    await headerSearchBox(page).fill('SOFAJRaft');
    await expect(results(page).first()).toBeVisible();
    expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);

    await page.goto('/search/?q=SOFAJRaft');
    await expect(results(page).first()).toBeVisible();
    expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
  });
}
