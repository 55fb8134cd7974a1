import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import ICAL from 'ical.js';
import { checkContent } from '@/lib/content/check-content';
import { collectEvents, eventsByTime } from '@/lib/hubs/events';
import { loadPosts } from '@/lib/content/load-posts';
import { collectQuestions, questionProjects, questionsAbout } from '@/lib/hubs/questions';
import { questionAnchor } from '@/lib/model/ids';
import { collectReleases, groupReleasesByProject } from '@/lib/hubs/releases';
import { eventCalendarIcs } from '@/lib/outputs/event-calendar';
import { releaseFeedXml } from '@/lib/outputs/release-feed';
import { fixturesDir } from './load-fixture';

const { posts, errors } = loadPosts(path.join(fixturesDir, 'hubs'));
assert.deepEqual(errors, []);
const post = (title: string) => posts.find((candidate) => candidate.title === title)!;

describe('releases', () => {
  const releases = collectReleases(posts);

  it('show a release announced in two posts once, linking the post that describes it first', () => {
    const jraft = releases.filter((release) => release.projectSegment === 'sofajraft');
    assert.equal(jraft.length, 1);
    assert.deepEqual(jraft[0]!.posts.map((p) => p.title), ['第一期', '第二期']);
  });

  it('show what the post that describes it says, not the post that only mentions it', () => {
    const jraft = releases.find((release) => release.projectSegment === 'sofajraft')!;
    assert.equal(jraft.project, 'SOFAJRaft');
    assert.equal(jraft.post.title, '第一期');
    assert.equal(jraft.changes.text, '- 第一条变更；\n- 第二条变更；');
    assert.equal(jraft.url, 'https://example.org/jraft/1.3.3');
    assert.deepEqual(jraft.thanks, ['a', 'b']);
    assert.equal(jraft.isRecommended, true);
  });

  it('are newest first, dated by their date prop or else their first post', () => {
    assert.deepEqual(
      releases.map((release) => [release.project, release.version, release.date.toISOString()]),
      [
        ['MOSN', '0.14.0', '2020-07-14T16:00:00.000Z'],
        ['SOFAJRaft', '1.3.3', '2020-07-10T07:00:00.000Z'],
      ],
    );
  });

  it('group by project, the project with the latest release first', () => {
    assert.deepEqual(groupReleasesByProject(releases).map((project) => project.segment), ['mosn', 'sofajraft']);
  });

  it('make an RSS feed with one item a release, linking its release page', () => {
    const jraft = groupReleasesByProject(releases).find((project) => project.segment === 'sofajraft')!;
    const xml = releaseFeedXml(jraft);
    assert.equal(xml.match(/<item>/g)?.length, 1);
    assert.match(xml, /<link>https:\/\/example\.org\/jraft\/1\.3\.3<\/link>/);
    assert.match(xml, /第一条变更/);
  });
});

describe('events', () => {
  const events = collectEvents(posts);

  it('show an event announced in two posts once', () => {
    assert.deepEqual(events.map((event) => event.props.title), ['更远的分享', '下一场分享', '往期分享']);
    assert.deepEqual(events.find((event) => event.props.title === '往期分享')!.posts.map((p) => p.title), ['第一期', '第二期']);
  });

  it('list upcoming events soonest first, then past events latest first, at a given moment', () => {
    const { upcoming, past } = eventsByTime(events, new Date('2020-08-01T00:00:00Z'));
    assert.deepEqual(upcoming.map((event) => event.props.title), ['下一场分享', '更远的分享']);
    assert.deepEqual(past.map((event) => event.props.title), ['往期分享']);
  });

  it('count an event as upcoming until it ends', () => {
    // 往期分享 runs from 12:10 to 12:40 (UTC): begun, not ended.
    const during = eventsByTime(events, new Date('2020-07-30T12:30:00Z'));
    assert.deepEqual(during.upcoming.map((event) => event.props.title), ['往期分享', '下一场分享', '更远的分享']);
    assert.deepEqual(during.past, []);
    const after = eventsByTime(events, new Date('2020-07-30T12:40:00Z'));
    assert.deepEqual(after.past.map((event) => event.props.title), ['往期分享']);
  });

  it('keep their id whatever post announces them', () => {
    const alone = collectEvents([post('第一期')]);
    assert.equal(alone[0]!.id, events.find((event) => event.props.title === '往期分享')!.id);
    assert.match(alone[0]!.id, /^20200730-[0-9a-f]{10}$/);
  });

  it('make an iCalendar file that a parser reads back with UID, start, end, summary and URL', () => {
    const calendar = new ICAL.Component(ICAL.parse(eventCalendarIcs(events, 'test')));
    const parsed = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(parsed.length, 3);
    const next = parsed.find((event) => event.summary === '下一场分享')!;
    assert.equal(next.uid, `${events.find((event) => event.props.title === '下一场分享')!.id}@weekly.sofastack.example`);
    assert.equal(next.startDate.toJSDate().toISOString(), '2020-08-20T12:00:00.000Z');
    assert.equal(next.endDate.toJSDate().toISOString(), '2020-08-20T13:00:00.000Z');
    assert.equal(next.location, '线上');
    assert.equal(next.component.getFirstPropertyValue('url'), 'https://example.org/register');
    assert.match(next.description, /下一场的介绍/);
  });
});

describe('questions', () => {
  const questions = collectQuestions(posts);

  it('are newest post first and, within a post, as written', () => {
    assert.deepEqual(questions.map((question) => question.props.asker), ['阿杰', '小周', '郝连帅', '小林']);
  });

  it('list a question mentioned again once, with the answer of the post that answers it and every post', () => {
    const question = questions.find((q) => q.props.question === '第二个问题')!;
    assert.equal(questions.filter((q) => q.props.question === '第二个问题').length, 1);
    assert.deepEqual(question.posts.map((p) => p.title), ['第一期', '第二期']);
    assert.equal(question.answer.text, '第二个回答。');
  });

  it('keep the answer as text without image alt text', () => {
    const question = questions.find((q) => q.props.asker === '郝连帅')!;
    assert.equal(question.answer.text, '可以的，实现 FailureHandler 接口。');
  });

  it('are filed under their project prop, or else their post\'s tags', () => {
    assert.deepEqual(questions.map((question) => question.projects.map((project) => project.segment)), [['mosn'], ['sofa-weekly'], ['sofa-weekly', 'sofajraft'], ['sofarpc']]);
    assert.deepEqual(questionsAbout(questions, 'sofa-weekly').map((question) => question.props.asker), ['小周', '郝连帅']);
    assert.deepEqual(questionProjects(questions).map((project) => [project.name, project.count]), [['SOFA Weekly', 2], ['MOSN', 1], ['SOFAJRaft', 1], ['SOFARPC', 1]]);
  });

  it('have an anchor that depends on the asker and the question only', () => {
    const question = questions.find((q) => q.props.asker === '郝连帅')!;
    assert.equal(question.id, questionAnchor({ asker: ' 郝连帅', question: '回滚失败有告警吗？' }));
    assert.notEqual(question.id, questionAnchor({ asker: '别人', question: '回滚失败有告警吗？' }));
    assert.match(question.id, /^qa-[0-9a-f]{10}$/);
  });
});

describe('links from posts to the hubs', () => {
  it('lead somewhere when the hub page or file exists, and are errors when it does not', () => {
    const { errors: linkErrors } = checkContent(path.join(fixturesDir, 'hub-links'));
    assert.deepEqual(
      linkErrors.map((error) => `${error.line}: ${error.reason}`),
      ['21: links to /qa/sofarpc/, which is not a page or file of this site; check the post\'s slug, or the tag or category name'],
    );
  });
});

describe('an event card inside an answer, on the questions hub', () => {
  it('brings the clock script that marks it by the reader\'s clock, and an answer without one brings none', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { ComponentChildrenMarkdown } = await import('@/components/ComponentChildrenMarkdown');
    const root = mkdtempSync(path.join(tmpdir(), 'hub-clock-'));
    mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'blog', 'weekly.mdx'), [
      '---', 'title: "周报"', 'date: 2020-07-10T15:00:00+08:00', '---', '',
      '<QA asker="甲" question="有线下活动吗？">', '', '有，欢迎报名：', '',
      '<EventCard title="杭州站" start="2020-07-30T14:00:00+08:00" register="https://example.org/r">', '', '分享。', '', '</EventCard>', '', '</QA>', '',
      '<QA asker="乙" question="支持 Java 8 吗？">', '', '支持。', '', '</QA>', '',
    ].join('\n'));
    const loaded = loadPosts(root);
    assert.deepEqual(loaded.errors, []);
    const questions = collectQuestions(loaded.posts);
    const withCard = questions.find((question) => question.props.asker === '甲');
    const withoutCard = questions.find((question) => question.props.asker === '乙');
    const html = async (question: typeof withCard) => renderToStaticMarkup((await ComponentChildrenMarkdown({ post: question!.post, component: 'QA', line: question!.line, written: question!.answer }))!);
    const answer = await html(withCard);
    assert.match(answer, /data-ends-at=/);
    assert.match(answer, /<script>document\.currentScript\.parentElement\.querySelectorAll\('\[data-ends-at\]'\)/);
    assert.doesNotMatch(await html(withoutCard), /<script/);
  });
});
