import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { excerptParts } from '@/lib/search/excerpt-parts';
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

describe('the search index', () => {
  it('indexes only pages with data-pagefind-body, in Chinese', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'search-site-'));
    cpSync(path.join(fixturesDir, 'search-site'), site, { recursive: true });
    assert.equal(await writeSearchIndex(site, ['404.html', 'blog/weekly/index.html', 'tags/weekly/index.html']), 1);
    assert.ok(existsSync(path.join(site, 'pagefind', 'pagefind.js')));
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: object };
    assert.deepEqual(Object.keys(entry.languages), ['zh-cn']);
  });
});
