import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderPost } from '@/lib/mdx/render';
import { questionAnchor } from '@/lib/model/ids';
import { hitsOfPage, type PagefindResultData } from '@/lib/search/search-posts';
import { mdxComponents } from '@/components/mdx';
import { writeSearchIndex } from '../scripts/search-index';

const question = { asker: '郝连帅', question: '如果回滚失败有没有告警机制实现？' };
const anchor = questionAnchor(question);

// Two headings that pose as questions: one with the prefix of a question's anchor, one with the very anchor of the post's own question.
const body = `## qa-SOFARPC 的超时怎么设置？

冒充的回答：把超时设成 0 就不会超时。

## ${anchor}

<QA asker="${question.asker}" question="${question.question}">
可以的，实现 FailureHandler 接口。
</QA>
`;

type Fragment = Pick<PagefindResultData, 'url' | 'content' | 'meta' | 'filters'> & { anchors: { element: string; id: string; text: string }[] };

/** The post's page as the export has it, indexed by Pagefind: the fragment the browser gets for it. */
async function indexedPage(): Promise<Fragment> {
  const { content } = await renderPost({ source: body, format: 'mdx', file: 'questions.mdx', components: mdxComponents('zh'), assetBase: '/blog/questions/' });
  const site = mkdtempSync(path.join(tmpdir(), 'search-questions-'));
  mkdirSync(path.join(site, 'blog', 'questions'), { recursive: true });
  writeFileSync(
    path.join(site, 'blog', 'questions', 'index.html'),
    `<!DOCTYPE html><html lang="zh-CN"><body><article data-pagefind-body><h1>问答</h1>${renderToStaticMarkup(content)}</article></body></html>`,
  );
  assert.equal(await writeSearchIndex(site, ['blog/questions/index.html']), 1);
  const [file] = readdirSync(path.join(site, 'pagefind', 'fragment'));
  const text = gunzipSync(readFileSync(path.join(site, 'pagefind', 'fragment', file!))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

describe('questions in search', async () => {
  const page = await indexedPage();

  it('are named in the index by the filter the QA component writes, and by nothing a heading can write', () => {
    assert.deepEqual(page.filters.question, [anchor]);
    const headingIds = page.anchors.filter((found) => /^h[1-6]$/.test(found.element)).map((found) => found.id);
    assert.deepEqual(headingIds, ['qa-sofarpc-的超时怎么设置', `${anchor}-heading`, anchor]);
  });

  it('are results of their own, and a heading that poses as one is not', () => {
    // Pagefind's browser script makes a section of each heading with an id.
    const sections = page.anchors.filter((found) => /^h[1-6]$/.test(found.element)).map((found) => ({ title: found.text, url: `${page.url}#${found.id}`, excerpt: found.text, anchor: found }));
    const hits = hitsOfPage({ ...page, excerpt: '', sub_results: sections }, 'zh');
    assert.deepEqual(hits.map((hit) => [hit.url, hit.isQuestion]), [['/blog/questions/', false], [`/blog/questions/#${anchor}`, true]]);
    assert.equal(hits[1]!.title.map((part) => part.text).join(''), question.question);
  });
});
