import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { excerptParts, partsBetween, type ExcerptPart } from '@/lib/search/excerpt-parts';
import { readableExcerpt } from '@/lib/search/readable-excerpt';
import { writeSearchIndex } from '../scripts/search-index';
import { fixturesDir } from './load-fixture';

describe('search result excerpts', () => {
  it('marks what matched and keeps the rest as plain text', () => {
    assert.deepEqual(excerptParts('如果回滚失败有没有<mark>告警</mark>机制'), [
      { text: '如果回滚失败有没有', isMatch: false },
      { text: '告警', isMatch: true },
      { text: '机制', isMatch: false },
    ]);
  });

  it('joins the adjacent marks Pagefind puts around each Chinese word of a match', () => {
    assert.deepEqual(excerptParts('修复<mark>快照</mark><mark>元</mark><mark>数据</mark>丢失'), [
      { text: '修复', isMatch: false },
      { text: '快照元数据', isMatch: true },
      { text: '丢失', isMatch: false },
    ]);
  });

  it('decodes escaped characters into text instead of markup', () => {
    assert.deepEqual(excerptParts('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>A&#39;s</mark>'), [
      { text: '<script>alert("x")</script> & ', isMatch: false },
      { text: "A's", isMatch: true },
    ]);
  });

  it('drops any tag other than mark', () => {
    assert.deepEqual(excerptParts('<b>RheaKV</b> <MARK>learner</MARK>'), [
      { text: 'RheaKV ', isMatch: false },
      { text: 'learner', isMatch: true },
    ]);
  });
});

// The seed weekly's text as Pagefind's `content` has it: blocks joined by spaces, ". " after a block without a full stop.
const weekly = '每周读者问答提炼. @郝连帅 提问： 如果回滚失败有没有告警机制实现？比如钉钉告警。 A： 可以的，实现 FailureHandler 接口。 本周推荐阅读. SOFA 项目进展. 发布 SOFAJRaft v1.3.3，主要变更如下： 替换基于 GPL-2.0 licence 的 Bits.java； 升级 jackson.databind 版本到 2.10.4 已修复安全漏洞； 修复在 node panic 后可能因为未及时刷盘导致快照元数据丢失的 bug； 致谢（排名不分先后）：@zongtanghu. 此版本强烈建议升级.';
const plain = (parts: ExcerptPart[]) => parts.map((part) => (part.isMatch ? `[${part.text}]` : part.text)).join('');

describe('readable search excerpts', () => {
  it('widens an excerpt that starts inside a clause back to where the clause starts', () => {
    const excerpt = readableExcerpt(excerptParts('基于 GPL-2.0 licence 的 Bits.java； 升级 jackson.databind 版本到 2.10.4 已修复<mark>安全</mark><mark>漏洞</mark>； 修复在 node panic 后可能因为未及时刷盘导致'), weekly, 'zh');
    assert.equal(plain(excerpt), '替换基于 GPL-2.0 licence 的 Bits.java；升级 jackson.databind 版本到 2.10.4 已修复[安全漏洞]；修复在 node panic 后可能因为未及时刷盘导致快照元数据丢失的 bug；');
  });

  it('cuts at the first clause boundary when the clause starts too far back, with an ellipsis for the sentence before it and at a cut end', () => {
    const content = `${'很长的一句话没有标点'.repeat(6)}，快照太频繁会导致写入抖动${'而且磁盘压力也会变大'.repeat(6)}`;
    const excerpt = readableExcerpt(excerptParts('标点很长的一句话没有标点，<mark>快照</mark>太频繁会导致写入抖动而且磁盘压力'), content, 'zh');
    assert.equal(plain(excerpt), '…[快照]太频繁会导致写入抖动而且磁盘压力…');
  });

  it('puts an ellipsis before an excerpt that has no clause boundary before its match', () => {
    const content = `${'没有标点的文字'.repeat(10)}快照${'没有标点的文字'.repeat(10)}`;
    assert.equal(plain(readableExcerpt(excerptParts('标点的文字没有标点的文字<mark>快照</mark>没有'), content, 'zh')), '…标点的文字没有标点的文字[快照]没有…');
  });

  it('starts at the page\'s start when no clause ends before, and takes the full stop of a block it ends at', () => {
    const content = 'SOFA Weekly | SOFAJRaft 发布、CNCF 旗舰会议活动预告. SOFA WEEKLY | 每周精选. 同步开源进展，欢迎留言互动. SOFAStack 是金融级分布式架构。';
    assert.equal(plain(readableExcerpt(excerptParts('Weekly | <mark>SOFAJRaft</mark> 发布、CNCF 旗舰会议活动预告. SOFA WEEKLY | 每周精选. 同步开源进展，欢迎留言互动'), content, 'zh')), 'SOFA Weekly | [SOFAJRaft] 发布、CNCF 旗舰会议活动预告。SOFA WEEKLY | 每周精选。同步开源进展，欢迎留言互动。');
  });

  it('joins Chinese blocks with a Chinese full stop, never an English ". "', () => {
    const content = 'SOFAJRaft 快照调优笔记：间隔、磁盘与恢复时间. Raft 日志会一直增长，快照的作用是压缩日志。';
    assert.equal(plain(readableExcerpt(excerptParts('SOFAJRaft <mark>快照</mark>调优笔记：间隔、磁盘与恢复时间. Raft 日志会一直增长，'), content, 'zh')), 'SOFAJRaft [快照]调优笔记：间隔、磁盘与恢复时间。Raft 日志会一直增长，快照的作用是压缩日志。');
  });

  it('puts an ellipsis before a clause that starts after a comma, and none after a colon', () => {
    const content = 'Sidecars built by the platform team are upgraded on their own schedule, so that an application upgrades by upgrading a sidecar. The changes: a new lock API.';
    assert.equal(plain(readableExcerpt(excerptParts('so that an <mark>application</mark> upgrades by'), content, 'en')), '…so that an [application] upgrades by upgrading a sidecar.');
    assert.equal(plain(readableExcerpt(excerptParts('a new <mark>lock</mark> API.'), content, 'en')), 'a new [lock] API.');
  });

  it('reads a sentence that ends inside its closing quote as ended: no ellipsis after it', () => {
    const content = '他说：“快照太频繁会拖慢写入。” 所以要调大间隔，并观察恢复时间。 It said "done." Then the snapshot ran.';
    assert.equal(plain(readableExcerpt(excerptParts('所以要调大<mark>间隔</mark>，并观察恢复时间。'), content, 'zh')), '所以要调大[间隔]，并观察恢复时间。');
    assert.equal(plain(readableExcerpt(excerptParts('Then the <mark>snapshot</mark> ran.'), content, 'en')), 'Then the [snapshot] ran.');
  });

  it('keeps English punctuation and full stops inside numbers and names', () => {
    const content = 'Raft logs keep growing. A snapshot, taken every 3600 s by default, saves the state machine. Version 1.3.3 changed it.';
    assert.equal(plain(readableExcerpt(excerptParts('growing. A <mark>snapshot</mark>, taken every 3600 s by default, saves the'), content, 'en')), 'Raft logs keep growing. A [snapshot], taken every 3600 s by default, saves the state machine.');
  });

  it('keeps a question\'s excerpt inside its answer, to the end of the answer\'s sentence', () => {
    const answer = { start: weekly.indexOf('可以的'), end: weekly.indexOf('本周推荐') };
    const cutShort = readableExcerpt(excerptParts('如果回滚失败有没有告警机制实现？比如<mark>钉</mark><mark>钉</mark>告警。 A： 可以的，实现'), weekly, 'zh', answer);
    assert.equal(plain(cutShort), '可以的，实现 FailureHandler 接口。');
    const allQuestion = readableExcerpt(excerptParts('连帅 提问： 如果回滚失败有没有告警机制实现？比如<mark>钉钉</mark>告警。'), weekly, 'zh', answer);
    assert.equal(plain(allQuestion), '可以的，实现 FailureHandler 接口。');
  });

  it('takes the runs of an excerpt a question covers, marks and all', () => {
    assert.deepEqual(partsBetween(excerptParts('提问： 比如<mark>钉钉</mark>告警。 A： 可以的'), 4, 11), [
      { text: '比如', isMatch: false },
      { text: '钉钉', isMatch: true },
      { text: '告警。', isMatch: false },
    ]);
  });
});

describe('the search index', () => {
  it('indexes only pages with data-pagefind-body, in Chinese', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'search-site-'));
    cpSync(path.join(fixturesDir, 'search-site'), site, { recursive: true });
    assert.equal(await writeSearchIndex(site, ['404.html', 'blog/weekly/index.html', 'tags/weekly/index.html']), 1);
    assert.ok(existsSync(path.join(site, 'pagefind', 'pagefind.js')));
    // What pagefind.js loads stays; Pagefind's own search UIs, which no page loads, are not in the export.
    const written = readdirSync(path.join(site, 'pagefind'));
    assert.deepEqual(written.filter((name) => /\.(js|css)$/.test(name)).sort(), ['pagefind-worker.js', 'pagefind.js']);
    assert.ok(written.some((name) => name.startsWith('wasm.')), written.join(' '));
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: object };
    assert.deepEqual(Object.keys(entry.languages), ['zh-cn']);
  });

  it('keeps the words of header cells, definition lists and summaries apart', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'search-site-'));
    mkdirSync(path.join(site, 'blog', 'layotto'), { recursive: true });
    writeFileSync(
      path.join(site, 'blog', 'layotto', 'index.html'),
      '<!DOCTYPE html><html lang="en"><body><article data-pagefind-body><h1>Layotto</h1>' +
        '<table><thead><tr><th>Capability</th><th>API</th></tr></thead><tbody><tr><td>Lock</td><td>TryLock</td></tr></tbody></table>' +
        '<dl><dt>Speakers</dt><dd>Zhou Xinyi</dd></dl><details><summary>Abstract</summary>Sidecars.</details></article></body></html>',
    );
    assert.equal(await writeSearchIndex(site, ['blog/layotto/index.html']), 1);
    const fragments = readdirSync(path.join(site, 'pagefind', 'fragment'));
    const content = fragments.map((file) => gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', file))).toString('utf8')).join('');
    for (const words of ['Capability API', 'Speakers Zhou', 'Abstract Sidecars']) assert.match(content, new RegExp(words), `"${words}" in ${content}`);
    // The page the reader gets is not changed.
    assert.match(readFileSync(path.join(site, 'blog', 'layotto', 'index.html'), 'utf8'), /<th>Capability<\/th>/);
  });
});
