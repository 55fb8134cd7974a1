import { expect, test } from '@playwright/test';
import { calendarEvents } from './hub-tests';

// The hostile fixture site (tests/fixtures/hostile-site/): a release, an event and a question described
// by one post (hub-original.mdx) and mentioned by another dated 2000 (hub-backdated-mention.mdx), and
// components in quotes and lists whose children hold code (hub-quoted-code.mdx). The hubs and calendars
// show the original, linking it first, and the code stays code.
const original = '原文：SOFAHubs 发布与活动';
const mention = '提前日期的回顾，只提到它们';
const eventTitle = 'SOFAHubs 真实的活动';

test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test('/releases/ shows the release as the post that describes it has it, dated by that post, once', async ({ page }) => {
  await page.goto('/releases/');
  const project = page.getByRole('region', { name: 'SOFAHubs', exact: true });
  const releases = project.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /^v2\.0\.0 / }) });
  await expect(releases).toHaveCount(1);
  await expect(releases.getByRole('heading', { level: 3 })).toHaveText('v2.0.0 2026-01-12');
  await expect(releases).toContainText('原文写的变更；');
  await expect(releases).toContainText('致谢（排名不分先后）：@原作者');
  await expect(releases).not.toContainText('此版本强烈建议升级');
  await expect(releases.getByRole('link', { name: 'https://example.org/sofahubs/2.0.0' })).toHaveCount(1);
  const sources = releases.getByRole('link', { name: new RegExp(`^(${original}|${mention})$`) });
  await expect(sources).toHaveText([original, mention]);
});

test('/releases/ shows changes written in a quote in a quote with their code as code', async ({ page }) => {
  await page.goto('/releases/');
  const release = page.getByRole('region', { name: 'SOFAQuoted', exact: true }).getByRole('listitem').first();
  await expect(release.getByRole('listitem').first()).toContainText('两层引用里的变更：');
  await expect(release.locator('pre code')).toHaveText('{globalThis.stop()}');
});

test('/events/ shows the event with its own place and registration link, once', async ({ page }) => {
  await page.goto('/events/');
  const event = page.getByRole('main').getByRole('article', { name: eventTitle });
  await expect(event).toHaveCount(1);
  await expect(event).toContainText('线上');
  await expect(event).toContainText('原文写的活动介绍。');
  await expect(event.getByRole('link', { name: /报名/ })).toHaveAttribute('href', 'https://example.org/sofahubs/register');
  const item = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('article', { name: eventTitle }) });
  await expect(item.getByRole('link', { name: original })).toHaveCount(1);
  // An abstract in a list item keeps a fenced closing tag and braces as code.
  await expect(page.getByRole('main').getByRole('article', { name: '列表里的活动' }).locator('pre code')).toHaveText('</EventCard>\n{process.exit(1)}');
});

test('calendar.ics and the event\'s own .ics hold the original event, once', async ({ page }) => {
  const expected = { summary: eventTitle, start: '2027-04-01T11:00:00.000Z', end: '2027-04-01T12:00:00.000Z', url: 'https://example.org/sofahubs/register', location: '线上' };
  const all = (await calendarEvents(page, '/events/calendar.ics')).filter((event) => event.summary === eventTitle);
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject(expected);
  expect(all[0]!.description).toContain('原文写的活动介绍。');
  await page.goto('/events/');
  const item = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('article', { name: eventTitle }) });
  const icsUrl = await item.getByRole('link', { name: '添加到日历 (.ics)' }).getAttribute('href');
  const [single] = await calendarEvents(page, icsUrl!);
  expect(single).toMatchObject({ ...expected, uid: all[0]!.uid });
});

test('/qa/ shows the original answer, and an answer quoted with code in a list as code', async ({ page }) => {
  await page.goto('/qa/');
  const question = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'SOFAHubs 回滚失败会告警吗？' }) });
  await expect(question).toHaveCount(1);
  await expect(question).toContainText('会，实现 FailureHandler 接口即可。');
  await expect(question.getByRole('link', { name: new RegExp(`^(${original}|${mention})$`) })).toHaveText([original, mention]);

  const quoted = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '引用里的代码会在问答页执行吗？' }) });
  await expect(quoted.getByRole('listitem')).toContainText('不会，它是代码：');
  await expect(quoted.locator('pre code')).toHaveText('{process.exit(1)}');
});
