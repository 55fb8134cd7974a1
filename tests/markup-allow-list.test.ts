import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { compileMdx, parseMdx, runMdx } from '@/lib/mdx/compile';
import type { SourceFormat } from '@/lib/model/post';
import { checkMdxTree } from '@/lib/mdx/check-tree';
import { loadPosts } from '@/lib/content/load-posts';
import { renderMdx } from '@/lib/mdx/render';
import { mdxComponents } from '@/components/mdx';

function check(source: string, format: SourceFormat) {
  const file = `post.${format}`;
  return checkMdxTree(parseMdx(source, format, file), file, source);
}

async function html(source: string, format: SourceFormat) {
  return renderToStaticMarkup(await renderMdx({ source, format, file: `post.${format}`, components: mdxComponents('zh'), assetBase: '/blog/post/' }));
}

/** Compiles a body without its check, as if a check had a gap, and renders it. */
async function htmlUnchecked(source: string) {
  const compiled = await compileMdx({ source, format: 'mdx', file: 'post.mdx', lang: 'zh', assetBase: '/blog/post/' }, parseMdx(source, 'mdx', 'post.mdx'));
  return renderToStaticMarkup(runMdx(compiled, mdxComponents('zh')));
}

// Each of these could run script on the site's origin, break its scripts or spoof its search results.
const hostileJsx: [string, string, RegExp][] = [
  ['SVG animation writing a javascript: URL', '<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text>x</text></a></svg>', /<svg> is not allowed/],
  ['SVG set', '<svg><set attributeName="href" to="javascript:alert(1)" /></svg>', /<set> is not among the HTML elements a post may use/],
  ['iframe srcDoc from an allowed host', '<iframe src="https://player.bilibili.com/x" srcDoc="<script>alert(1)</script>" title="v"></iframe>', /attribute srcdoc is not allowed/],
  ['iframe SRCDOC in capitals', '<iframe src="https://player.bilibili.com/x" SRCDOC="<script>alert(1)</script>" title="v"></iframe>', /attribute srcdoc is not allowed/],
  ['iframe srcdoc in lower case', '<iframe src="https://player.bilibili.com/x" srcdoc="<script>alert(1)</script>" title="v"></iframe>', /attribute srcdoc is not allowed/],
  ['iframe written iFrame', '<iFrame src="https://evil.example/" title="v"></iFrame>', /<iframe> from "https:\/\/evil\.example\/" is not allowed/],
  ['object', '<object data="https://evil.example/x.swf"></object>', /<object> is not among the HTML elements a post may use/],
  ['embed', '<embed src="https://evil.example/x.swf" />', /<embed> is not among the HTML elements a post may use/],
  ['form with formaction', '<form><button formAction="javascript:alert(1)">go</button></form>', /<form> is not among the HTML elements a post may use/],
  ['math', '<math><mtext>x</mtext></math>', /<math> is not among the HTML elements a post may use/],
  ['xlink:href in JSX spelling', '<a xlinkHref="javascript:alert(1)">x</a>', /attribute xlink:href is not allowed/],
  ['javascript: in mixed case', '<a href="JaVaScRiPt:alert(1)">x</a>', /href "JaVaScRiPt:alert\(1\)" is not allowed/],
  ['javascript: with a tab inside', '<a href="java\tscript:alert(1)">x</a>', /is not allowed/],
  ['javascript: after spaces', '<a href="  javascript:alert(1)">x</a>', /is not allowed/],
  ['data: URL in an image', '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x" />', /src "data:image.*is not allowed/],
  ['video poster javascript:', '<video poster="javascript:alert(1)" controls></video>', /poster "javascript:alert\(1\)" is not allowed/],
  ['event handler in odd case', '<img src="a.png" alt="a" OnErRoR="alert(1)" />', /event handler onerror is not allowed/],
  ['style', '<p style="position:fixed;inset:0">x</p>', /style="…" is not allowed/],
  ['data-pagefind-meta', '<span data-pagefind-meta="title:spoofed">x</span>', /data-pagefind-meta is not allowed/],
  ['data-pagefind-filter', '<span data-pagefind-filter="tag:x">x</span>', /data-pagefind-filter is not allowed/],
  ['class of the site', '<div className="heading-group">x</div>', /attribute class is not allowed/],
  ['base', '<base href="https://evil.example/" />', /<base> is not among the HTML elements a post may use/],
  ['meta refresh', '<meta httpEquiv="refresh" content="0;url=https://evil.example" />', /<meta> is not among the HTML elements a post may use/],
  ['link', '<link rel="stylesheet" href="https://evil.example/x.css" />', /<link> is not among the HTML elements a post may use/],
  ['namespaced element', '<svg:script>alert(1)</svg:script>', /<svg:script> is not among the HTML elements a post may use/],
  ['script', '<script>alert(1)</script>', /<script> is not among the HTML elements a post may use/],
  ['template', '<template><img src="x" alt="x" /></template>', /<template> is not among the HTML elements a post may use/],
];

describe('the markup allow-list in .mdx: a check error at the place it was written', () => {
  for (const [name, jsx, reason] of hostileJsx) {
    it(`refuses ${name}`, () => {
      const { errors } = check(`# 标题\n\n${jsx}\n`, 'mdx');
      assert.ok(errors.length > 0, `no error for ${jsx}`);
      assert.match(errors.map((error) => error.reason).join('\n'), reason);
      assert.ok(errors.every((error) => error.line === 3 && error.column > 0), errors.map((error) => error.message).join('\n'));
    });
  }

  it('accepts the HTML posts use: links that open a tab, images with a size, allowed embeds, details, video', () => {
    const { errors } = check(
      '<a href="https://example.org" target="_blank">x</a> <img src="a.png" alt="a" width="300" />\n\n<iframe src="https://player.bilibili.com/player.html?bvid=1" title="视频" allowFullScreen></iframe>\n\n<details open><summary>更多</summary>内容</details>\n\n<video src="https://example.org/a.mp4" controls poster="poster.png"></video>\n\n<center><font color="red">红字</font></center><br />\n',
      'mdx',
    );
    assert.deepEqual(errors.map((error) => error.message), []);
  });

  it('takes refused markup out of the compiled body even when no check ran', async () => {
    const output = await htmlUnchecked(hostileJsx.map(([, jsx]) => jsx).join('\n\n'));
    assert.doesNotMatch(output, /<svg|<animate|<set|srcdoc|<object|<embed|<form|<math|javascript:|data:image|onerror|style=|data-pagefind|<base|<meta|<link|<script|<template|evil\.example/i);
  });
});

describe('ids an author writes get a prefix, in both formats', () => {
  it('prefixes ids and names in .mdx, so that none can stand for a global the site reads', async () => {
    const output = await html('<a id="__next_f" name="getElementById">x</a>\n\n[跳到锚点](#__next_f)\n', 'mdx');
    assert.match(output, /<a id="user-content-__next_f" name="user-content-getElementById">x<\/a>/);
    assert.match(output, /<a href="#user-content-__next_f">跳到锚点<\/a>/);
  });

  it('prefixes ids in .md and rewrites the post\'s own links to them', async () => {
    const output = await html('<span id="note">注</span>\n\n[看注释](#note)\n', 'md');
    assert.match(output, /<span id="user-content-note">注<\/span>/);
    assert.match(output, /<a href="#user-content-note">看注释<\/a>/);
  });

  it('keeps the ids of headings, so existing anchors still work, but not one the browser would make a global', async () => {
    const output = await html('## 快照间隔怎么设置\n\n## __next_f\n\n## location\n\n[上面](#快照间隔怎么设置)\n', 'mdx');
    assert.match(output, /<h2 id="快照间隔怎么设置">/);
    assert.match(output, /<h2 id="__next_f-heading">/);
    assert.match(output, /<h2 id="location-heading">/);
    assert.match(output, /href="#快照间隔怎么设置"/);
  });
});

describe('raw HTML in .md: what the allow-list removes is a warning naming the element', () => {
  it('warns about each removal at its line, and the page shows the rest', async () => {
    const source = '# 标题\n\n<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>\n\n<form action="https://evil.example"><p>表单里的字</p></form>\n\n<math><mi>x</mi></math>\n\n<p style="color:red" data-pagefind-meta="title:x">段落</p>\n\n<script>alert(1)</script>\n';
    const { errors, warnings } = check(source, 'md');
    assert.deepEqual(errors, []);
    const messages = warnings.map((warning) => `${warning.line}:${warning.column} ${warning.reason}`);
    for (const expected of [/^3:1 <svg> is not allowed.*it is removed/, /^3:9 <animate> is not among/, /^5:1 <form> is not among.*what it holds is kept/, /^7:1 <math> is not among/, /^9:1 <p>: style="…" is not allowed.*without its style/, /^9:1 <p>: data-pagefind-meta is not allowed/, /^11:1 <script> is not among.*removed with what it holds/]) {
      assert.ok(messages.some((message) => expected.test(message)), `${expected} in\n${messages.join('\n')}`);
    }
    const output = await html(source, 'md');
    assert.doesNotMatch(output, /<svg|<animate|<form|<math|style=|data-pagefind-meta|<script|alert/);
    assert.match(output, /表单里的字/);
    assert.match(output, /<p>段落<\/p>/);
  });

  it('says nothing about HTML it keeps', () => {
    const { warnings } = check('<center><img src="a.png" alt="图"></center>\n\n<font color="red">红</font><br>\n', 'md');
    assert.deepEqual(warnings.map((warning) => warning.message), []);
  });

  it('says nothing about a table, in HTML or Markdown, beside other raw HTML: its rows and cells are kept inside it', () => {
    const source = '<br>\n\n<table><thead><tr><th>版本</th></tr></thead><tbody><tr><td>1.0</td></tr></tbody></table>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const { warnings } = check(source, 'md');
    assert.deepEqual(warnings.map((warning) => warning.message), []);
  });
});

describe('the same URL rule covers component props and front matter', () => {
  function errorsOf(frontMatter: string, body = '正文。') {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'blog', 'post.mdx'), `---\ntitle: 标题\ndate: 2020-07-10\n${frontMatter}---\n\n${body}\n`);
    return loadPosts(root).errors.map((error) => error.reason);
  }

  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
    it(`refuses ${JSON.stringify(url)} as a ReleaseNote url, an EventCard register link and an authorlink`, () => {
      const release = `<ReleaseNote project="SOFARPC" version="1.0.0" url="${url}">\n\n- 修复\n\n</ReleaseNote>`;
      assert.match(errorsOf('', release).join('\n'), /ReleaseNote: url .* must be an http\(s\) URL/);
      const event = `<EventCard title="讲座" start="2020-07-30T20:10:00+08:00" register="${url}">\n\n摘要\n\n</EventCard>`;
      assert.match(errorsOf('', event).join('\n'), /EventCard: register .* must be an http\(s\) URL/);
      assert.match(errorsOf(`authorlink: ${JSON.stringify(url)}\n`).join('\n'), /authorlink must be an http\(s\) URL/);
    });
  }

  for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload="alert(1)"/>', ' JAVASCRIPT:alert(1)']) {
    it(`refuses ${JSON.stringify(url)} as a cover`, () => {
      assert.match(errorsOf(`cover: ${JSON.stringify(url)}\n`).join('\n'), /cover must be an image path or an http\(s\) URL/);
    });
  }

  it('accepts web, mail and site links', () => {
    const body = '<ReleaseNote project="SOFARPC" version="1.0.0" url="https://github.com/sofastack/sofa-rpc/releases">\n\n- 修复\n\n</ReleaseNote>\n\n<EventCard title="讲座" start="2020-07-30T20:10:00+08:00" register="mailto:events@example.org">\n\n摘要\n\n</EventCard>';
    assert.deepEqual(errorsOf('authorlink: "https://github.com/someone"\ncover: "https://example.org/cover.png"\n', body), []);
  });
});
