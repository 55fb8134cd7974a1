import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileMdx, parseMdx, runMdx } from '@/lib/mdx/compile';
import type { SourceFormat } from '@/lib/model/post';
import { checkMdxTree } from '@/lib/mdx/check-tree';
import { renderMdx } from '@/lib/mdx/render';
import { mdxComponents } from '@/components/mdx';

async function html(source: string, format: SourceFormat = 'md') {
  const element = await renderMdx({ source, format, file: 'post.md', components: mdxComponents('zh'), assetBase: '/blog/post/' });
  return renderToStaticMarkup(element);
}

describe('raw HTML in .md posts renders, sanitized', () => {
  it('keeps the HTML Hugo posts use: br in every spelling, center, font colour, img without a closing slash, video', async () => {
    const output = await html(
      '一<br>二<br/>三</br>四\n\n<center><img src="banner.png" alt="横幅"></center>\n\n<font color="red">红字</font>\n\n<video controls><source src="https://example.org/a.mp4" type="video/mp4"></video>\n',
    );
    assert.equal((output.match(/<br\/>/g) ?? []).length, 3);
    assert.match(output, /<center><img src="\/blog\/post\/banner.png" alt="横幅" loading="lazy" decoding="async"\/><\/center>/);
    assert.match(output, /<font color="red">红字<\/font>/);
    assert.match(output, /<video controls=""><source src="https:\/\/example.org\/a.mp4" type="video\/mp4"\/><\/video>/);
  });

  it('removes scripts, styles, event handlers, javascript: URLs and comments', async () => {
    const output = await html(
      '<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n<img src="a.png" alt="a" onerror="alert(1)">\n\n<a href="javascript:alert(1)">点我</a>\n\n<!-- 注释 -->\n',
    );
    assert.doesNotMatch(output, /script|alert|<style|display:none|onerror|javascript:|注释/);
    assert.match(output, /<a>点我<\/a>/);
  });

  it('keeps iframes only from the hosts allowed in site.config.ts', async () => {
    const output = await html(
      '<iframe src="https://player.bilibili.com/player.html?bvid=1" title="视频"></iframe>\n\n<iframe src="https://evil.example/x" title="坏"></iframe>\n',
    );
    assert.match(output, /<iframe src="https:\/\/player.bilibili.com\/player.html\?bvid=1" title="视频"><\/iframe>/);
    assert.doesNotMatch(output, /evil/);
  });

  it('reads { and < as text, and GitHub Markdown: tables, task lists, strikethrough, autolinks', async () => {
    const output = await html('a < b 和 {花括号}\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n- [x] 完成\n\n~~删除~~ <https://example.org>\n');
    assert.match(output, /a &lt; b 和 \{花括号\}/);
    assert.match(output, /<table>/);
    assert.match(output, /<input type="checkbox" disabled="" checked=""\/>/);
    assert.match(output, /<del>删除<\/del>/);
    assert.match(output, /<a href="https:\/\/example.org">https:\/\/example.org<\/a>/);
  });
});

describe('.mdx posts', () => {
  it('give a question the heading level below its section, so that headings never skip one', async () => {
    const qa = '<QA asker="甲" question="问题？">\n\n回答。\n\n</QA>';
    const weekly = await html(`### 每周读者问答提炼\n\n${qa}\n\n## 第二部分\n\n${qa.replace('问题？', '另一个问题？')}\n`, 'mdx');
    assert.match(weekly, /<h4 id="qa-[0-9a-f]{10}"[^>]*>问题？<\/h4>/);
    assert.match(weekly, /<h3 id="qa-[0-9a-f]{10}"[^>]*>另一个问题？<\/h3>/);
  });

  it('render the components, and links that open a new tab get rel="noopener noreferrer"', async () => {
    const output = await html(
      '<QA asker="郝连帅" question="有没有告警机制？">\n\n可以的。\n\n</QA>\n\n<a href="https://example.org" target="_blank">外链</a>\n',
      'mdx',
    );
    assert.match(output, /@郝连帅 提问：/);
    // The question is a heading with a stable id, so /qa/ and search results can link to it.
    assert.match(output, /<blockquote[^>]*><h2 id="qa-[0-9a-f]{10}"[^>]*>有没有告警机制？<\/h2><\/blockquote>/);
    assert.match(output, /<a href="https:\/\/example.org" target="_blank" rel="noopener noreferrer">外链<\/a>/);
  });

  it('refuse to render JavaScript instead of dropping it', async () => {
    await assert.rejects(html('今年是 {new Date().getFullYear()} 年\n', 'mdx'), /post\.md: this post cannot be rendered[\s\S]*JavaScript expressions are not allowed/);
  });

  it('refuse code hidden between two comments, and never run it even from a tree a check let through', async () => {
    const hidden = 'Hi {/* a */ globalThis.postRanCode = true /* b */} there\n';
    const { errors } = checkMdxTree(parseMdx(hidden, 'mdx', 'post.mdx'), 'post.mdx');
    assert.match(errors.map((error) => error.message).join('\n'), /post\.mdx:1:4  error  JavaScript expressions are not allowed/);
    await assert.rejects(html(hidden, 'mdx'), /JavaScript expressions are not allowed/);
    // As if a check had a gap: the compile itself takes every expression and expression prop out.
    const unchecked = parseMdx(`${hidden}\n<QA asker="甲" question="乙？" onClick={globalThis.postRanCode = true}>\n\n答。\n\n</QA>\n`, 'mdx', 'post.mdx');
    const compiled = await compileMdx({ source: hidden, format: 'mdx', file: 'post.mdx', lang: 'zh', assetBase: '/blog/post/' }, unchecked);
    const output = renderToStaticMarkup(runMdx(compiled, mdxComponents('zh')));
    assert.match(output, /<p>Hi  there<\/p>/);
    assert.equal((globalThis as { postRanCode?: boolean }).postRanCode, undefined);
  });

  it('accept a <!--more--> marker, which MDX itself would reject', async () => {
    assert.match(await html('摘要\n\n<!--more-->\n\n正文\n', 'mdx'), /<p>摘要<\/p>\n*<p>正文<\/p>/);
  });
});
