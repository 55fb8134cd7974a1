import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';

// The hubs, read as a reader does, in the export at the root ('') and in the one under /weekly.
// The seed weekly (/blog/sofa-weekly-20200710/) has one release, two past events and one question.
const seedTitle = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告';
const seedEvents = ['在大规模 Kubernetes 集群上实现高 SLO 的方法', '为 Kubernetes 的秘密披上无形的盾牌'];
const seedQuestion = '如果回滚失败有没有告警机制实现？比如钉钉告警。';

/** The events section whose heading is this, as a reader sees it. */
const eventSection = (page: Page, heading: string) =>
  page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

/** The parsed VEVENTs of an iCalendar file of the export. */
export async function calendarEvents(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: vevent.getFirstPropertyValue('uid'),
    start: new ICAL.Event(vevent).startDate.toJSDate().toISOString(),
    end: new ICAL.Event(vevent).endDate.toJSDate().toISOString(),
    summary: vevent.getFirstPropertyValue('summary'),
    url: vevent.getFirstPropertyValue('url'),
    location: vevent.getFirstPropertyValue('location'),
    description: vevent.getFirstPropertyValue('description'),
  }));
}

export function defineHubTests(base: string) {
  test.beforeEach(async ({ page }) => {
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  });

  test('the header leads to the three hubs, each with its own title, description and canonical URL', async ({ page }) => {
    await page.goto(`${base}/`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const [label, path, title] of [['发布', '/releases/', '版本发布'], ['活动', '/events/', '社区活动'], ['问答', '/qa/', '读者问答']] as const) {
      await nav.getByRole('link', { name: label, exact: true }).click();
      await expect(page).toHaveURL(`${base}${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} | SOFA Weekly`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /周报里/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`^https?://[^/]+${base}${path}$`));
    }
  });

  test('the seed release is on /releases/ under its project\'s heading, and links to the project page and back to its weekly', async ({ page }) => {
    await page.goto(`${base}/releases/`);
    const project = page.getByRole('region', { name: 'SOFAJRaft', exact: true });
    // The project is a section heading, not a link; its page is a small link beside it.
    await expect(project.getByRole('heading', { level: 2 })).toHaveText('SOFAJRaft');
    await expect(project.getByRole('heading', { level: 2 }).getByRole('link')).toHaveCount(0);
    const release = project.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /^v1\.3\.3 2020-07-10$/ }) });
    await expect(release.getByRole('region', { name: 'SOFAJRaft v1.3.3' }).getByRole('listitem')).toHaveCount(5);
    await expect(release).toContainText('修复在 node panic 后可能因为未及时刷盘导致快照元数据丢失的 bug；');
    await expect(release).toContainText('致谢（排名不分先后）：@zongtanghu');
    await expect(release).toContainText('此版本强烈建议升级');
    // Headed once by its version: the weekly's "发布 SOFAJRaft v1.3.3，主要变更如下：" is not repeated under it.
    const versionsOutsideLinks = await release.evaluate((item) => {
      const copy = item.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('a').forEach((link) => link.remove());
      return copy.textContent!.match(/1\.3\.3/g)?.length ?? 0;
    });
    expect(versionsOutsideLinks).toBe(1);

    await project.getByRole('link', { name: 'SOFAJRaft 的全部版本' }).click();
    await expect(page).toHaveURL(`${base}/releases/sofajraft/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SOFAJRaft 版本发布');
    await expect(page.getByRole('heading', { level: 2, name: /^v1\.3\.3 2020-07-10$/ })).toBeVisible();
    await page.getByRole('link', { name: seedTitle }).click();
    await expect(page).toHaveURL(`${base}/blog/sofa-weekly-20200710/`);
  });

  test('the project feed is RSS that lists the release and links the site under its base path', async ({ page }) => {
    await page.goto(`${base}/releases/sofajraft/`);
    const feedUrl = await page.getByRole('link', { name: /订阅 SOFAJRaft 版本发布/ }).getAttribute('href');
    expect(feedUrl).toBe(`${base}/releases/sofajraft/feed.xml`);
    const response = await page.request.get(feedUrl!);
    expect(response.status()).toBe(200);
    const feed = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      if (document.querySelector('parsererror')) return null;
      return {
        link: document.querySelector('channel > link')?.textContent,
        items: [...document.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          description: item.querySelector('description')?.textContent,
        })),
      };
    }, await response.text());
    expect(feed).not.toBeNull();
    expect(feed!.link).toMatch(new RegExp(`${base}/releases/sofajraft/$`));
    expect(feed!.items).toHaveLength(1);
    expect(feed!.items[0]!.title).toBe('SOFAJRaft 1.3.3');
    expect(feed!.items[0]!.link).toBe('https://github.com/sofastack/sofa-jraft/releases/tag/1.3.3');
    expect(feed!.items[0]!.description).toContain('RheaKV 允许不同分片各自配置不同的 learner 节点；');
    expect(feed!.items[0]!.description).toContain(`${base}/blog/sofa-weekly-20200710/`);
  });

  test('both seed events are past by the reader\'s clock, and link back to their weekly', async ({ page }) => {
    await page.goto(`${base}/events/`);
    const past = eventSection(page, '往期活动');
    for (const title of seedEvents) {
      const event = past.getByRole('listitem').filter({ has: page.getByRole('article', { name: title }) });
      await expect(event).toBeVisible();
      await event.getByRole('link', { name: seedTitle }).click();
      await expect(page).toHaveURL(`${base}/blog/sofa-weekly-20200710/`);
      await page.goBack();
    }
    await expect(eventSection(page, '即将举行').getByRole('article', { name: seedEvents[0] })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '全部活动' })).toBeHidden();
  });

  test('before the seed events, the reader\'s clock shows them as upcoming, soonest first', async ({ page }) => {
    await page.clock.install({ time: new Date('2020-07-20T00:00:00+08:00') });
    await page.goto(`${base}/events/`);
    const upcoming = eventSection(page, '即将举行').getByRole('article');
    await expect(upcoming).toHaveCount(4);
    const titles = await upcoming.evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label')));
    expect(titles.slice(0, 2)).toEqual(seedEvents);
    await expect(page.getByRole('heading', { name: '往期活动' })).toBeHidden();
  });

  test('without JavaScript every event is listed with its date', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
    await page.goto(`${base}/events/`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['全部活动']);
    const articles = page.getByRole('main').getByRole('article');
    await expect(articles).toHaveCount(4);
    await expect(page.getByRole('article', { name: seedEvents[0] })).toContainText('2020-07-30 20:10–20:40 中国标准时间 (GMT+8)');
    await context.close();
  });

  test('each event\'s calendar file and the subscription calendar parse, with UID, start, end, summary and URL', async ({ page }) => {
    // A past event offers no calendar file to add: read it while the event is still to come.
    await page.clock.install({ time: new Date('2020-07-20T00:00:00+08:00') });
    await page.goto(`${base}/events/`);
    const event = eventSection(page, '即将举行').getByRole('listitem').filter({ has: page.getByRole('article', { name: seedEvents[0] }) });
    const icsUrl = await event.getByRole('link', { name: '添加到日历 (.ics)' }).getAttribute('href');
    expect(icsUrl).toMatch(new RegExp(`^${base}/events/20200730-[0-9a-f]{10}\\.ics$`));
    const [single] = await calendarEvents(page, icsUrl!);
    expect(single).toMatchObject({
      uid: expect.stringMatching(/^20200730-[0-9a-f]{10}@/),
      start: '2020-07-30T12:10:00.000Z',
      end: '2020-07-30T12:40:00.000Z',
      summary: seedEvents[0],
      url: expect.stringContaining('cnosvschina20cn.sched.com/event/cpCR/'),
    });

    const subscriptionUrl = await page.getByRole('link', { name: '订阅全部活动的日历 (.ics)' }).getAttribute('href');
    expect(subscriptionUrl).toBe(`${base}/events/calendar.ics`);
    const all = await calendarEvents(page, subscriptionUrl!);
    expect(all.map((entry) => entry.summary)).toEqual(expect.arrayContaining(seedEvents));
    expect(all.find((entry) => entry.summary === seedEvents[0])!.uid).toBe(single!.uid);
    expect(all.find((entry) => entry.summary === seedEvents[1])).toMatchObject({ start: '2020-07-31T12:10:00.000Z', end: '2020-07-31T12:40:00.000Z' });
  });

  test('the seed question is on /qa/ with its asker and answer, and its link lands on the question in the weekly', async ({ page }) => {
    await page.goto(`${base}/qa/`);
    const question = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: seedQuestion }) });
    await expect(question).toContainText('@郝连帅 提问：');
    await expect(question).toContainText('可以的，实现 FailureHandler 接口。');
    const link = question.getByRole('link', { name: seedTitle });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${base}/blog/sofa-weekly-20200710/#qa-[0-9a-f]{10}$`));
    await link.click();
    await expect(page).toHaveURL(`${base}${href!.slice(base.length)}`);
    const target = page.locator(`[id="${href!.split('#')[1]}"]`);
    await expect(target).toHaveText(seedQuestion);
    await expect(target).toBeInViewport();
  });

  test('questions filter by project without JavaScript, newest first', async ({ page }) => {
    await page.goto(`${base}/qa/`);
    const questions = page.getByRole('main').getByRole('heading', { level: 4 });
    await expect(questions.first()).toHaveText('老的 Hugo 文章要改成 MDX 吗？里面有不少 HTML。');
    await expect(questions.last()).toHaveText(seedQuestion);
    const mosn = page.getByRole('navigation', { name: '按项目筛选' }).getByRole('link', { name: /^MOSN/ });
    // Its count shows as a number and is read with its unit.
    await expect(mosn).toHaveAccessibleName('MOSN 1 个问题');
    await expect(mosn).toHaveText('MOSN 1 个问题');
    await expect(mosn.locator('.visually-hidden')).toHaveText(' 个问题');
    // The unit is hidden from sight: it takes no more room than the 1px visually-hidden box.
    expect((await mosn.locator('.visually-hidden').boundingBox())?.width).toBeLessThanOrEqual(1);
    await mosn.click();
    await expect(page).toHaveURL(`${base}/qa/mosn/`);
    await expect(questions).toHaveText(['MOSN 修改了路由配置之后，一定要重启吗？']);
    await expect(page.getByRole('link', { name: /^MOSN/ })).toHaveAttribute('aria-current', 'page');
  });
}
