import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkContent } from '@/lib/content/check-content';
import { collectEvents } from '@/lib/hubs/events';
import { collectQuestions } from '@/lib/hubs/questions';
import { collectReleases } from '@/lib/hubs/releases';
import { fixturesDir } from './load-fixture';

const casesDir = path.join(fixturesDir, 'hub-takeover');

/** The check of a content folder holding the original post and one other, its errors with the folder's path left out. */
function checkBeside(file: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'hub-owners-'));
  mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
  for (const name of ['original.mdx', file]) copyFileSync(path.join(casesDir, name), path.join(root, 'zh', 'blog', name));
  const report = checkContent(root);
  const prefix = `${path.relative(process.cwd(), root)}/`;
  return { ...report, errors: report.errors.map((error) => error.message.replaceAll(prefix, '')) };
}

describe('a post that describes a release, event or question another post describes', () => {
  const refused: [string, string][] = [
    [
      'release-url.mdx',
      'zh/blog/release-url.mdx:6  error  the release SOFAJRaft 1.3.3 is described in zh/blog/original.mdx:13 too, with another url; describe it in one post: make the two the same, or write only project= and version= in one of them to mention it',
    ],
    [
      'release-recommended.mdx',
      'zh/blog/release-recommended.mdx:6  error  the release sofajraft v1.3.3 is described in zh/blog/original.mdx:13 too, with another url, thanks, recommended, changes; describe it in one post: make the two the same, or write only project= and version= in one of them to mention it',
    ],
    [
      'release-backdated-changes.mdx',
      'zh/blog/release-backdated-changes.mdx:6  error  the release SOFAJRaft 1.3.3 is described in zh/blog/original.mdx:13 too, with another changes, date; describe it in one post: make the two the same, or write only project= and version= in one of them to mention it',
    ],
    [
      // The same words, but a post dated earlier would date the release: its day is part of what it says.
      'release-backdated-copy.mdx',
      'zh/blog/release-backdated-copy.mdx:6  error  the release SOFAJRaft 1.3.3 is described in zh/blog/original.mdx:13 too, with another date; describe it in one post: make the two the same, or write only project= and version= in one of them to mention it',
    ],
    [
      'event-register.mdx',
      // Its start is the same moment written otherwise: one event. Its file comes first by name, so the original is told.
      'zh/blog/original.mdx:19  error  the event "高 SLO 的方法" at 2020-07-30T20:10:00+08:00 is described in zh/blog/event-register.mdx:6 too, with another location, register; describe it in one post: make the two the same, or write only title= and start= in one of them to mention it',
    ],
    [
      'event-end.mdx',
      'zh/blog/original.mdx:19  error  the event "高 SLO 的方法" at 2020-07-30T20:10:00+08:00 is described in zh/blog/event-end.mdx:6 too, with another end; describe it in one post: make the two the same, or write only title= and start= in one of them to mention it',
    ],
    [
      // First by file name and newest: it is the original that is told, naming this post.
      '0-question-answer.mdx',
      'zh/blog/original.mdx:7  error  the question of 郝连帅 "回滚失败有告警吗？" is described in zh/blog/0-question-answer.mdx:7 too, with another answer; describe it in one post: make the two the same, or write only asker= and question= in one of them to mention it',
    ],
  ];
  for (const [file, error] of refused) {
    it(`is refused by the check, naming both places and the fields: ${file}`, () => {
      assert.deepEqual(checkBeside(file).errors, [error]);
    });
  }

  it('is accepted when it only mentions them, and the hubs show the original, whatever the mention\'s date', () => {
    const { posts, errors } = checkBeside('mentions.mdx');
    assert.deepEqual(errors, []);
    const [release] = collectReleases(posts);
    assert.equal(release!.url, 'https://github.com/sofastack/sofa-jraft/releases/tag/1.3.3');
    assert.deepEqual(release!.thanks, ['zongtanghu']);
    assert.equal(release!.isRecommended, false);
    assert.equal(release!.changes.text, '- 修复快照元数据丢失的 bug；');
    assert.equal(release!.date.toISOString(), '2020-07-10T07:00:00.000Z');
    const [event] = collectEvents(posts);
    assert.equal(event!.props.register, 'https://example.org/register');
    assert.equal(event!.props.location, '线上');
    const [question] = collectQuestions(posts);
    assert.equal(question!.answer.text, '可以的，实现 FailureHandler 接口。');
    for (const entry of [release!, event!, question!]) {
      assert.deepEqual(entry.posts.map((post) => post.title), ['原文', '只提到它们']);
      assert.equal(entry.post.title, '原文');
    }
  });

  it('is accepted when it says the same on the same day, however it is spelled or wherever it is written', () => {
    assert.deepEqual(checkBeside('same-description-in-a-quote.mdx').errors, []);
  });
});
