import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkContent } from '@/lib/content/check-content';
import { parseMdx } from '@/lib/mdx/compile';
import { checkMdxTree } from '@/lib/mdx/check-tree';
import { renderMdx } from '@/lib/mdx/render';
import { isInlineImage, isSafeUrl, isScriptCapableUrl, maxInlineImageLength } from '@/lib/model/markup-allow-list';
import type { SourceFormat } from '@/lib/model/post';
import { mdxComponents } from '@/components/mdx';

// Issue 25: what a Hugo site publishes and leads nowhere (a name CommonMark reads as an autolink, an
// app's scheme, a misspelt https, a cover written as a Markdown link, an alias two posts claim) is an
// error that says how to write it, or under BROKEN_LINKS=warning a warning and the post is built
// without it. What could run script stays an error in both modes.
const fixture = 'tests/fixtures/hugo-drop-in';

/** Runs `run` with BROKEN_LINKS set as given (undefined: not set, the site's 'error'), until what it returns has settled. */
function withBrokenLinks<T>(value: 'warning' | undefined, run: () => T): T {
  const before = process.env.BROKEN_LINKS;
  const restore = () => {
    if (before === undefined) delete process.env.BROKEN_LINKS;
    else process.env.BROKEN_LINKS = before;
  };
  if (value === undefined) delete process.env.BROKEN_LINKS;
  else process.env.BROKEN_LINKS = value;
  let result: T;
  try {
    result = run();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

const file = (name: string) => `${fixture}/${name}`;
const shows = { link: 'the page shows its text without the link', image: 'the page shows its alt text instead of the image', cover: 'the post is built without a cover' };
const notAScheme = '"dingtalk:" is not a scheme a page can link to (a link may be http, https, mailto or a path of this site); link to the web address instead, or keep the text without a link';

/** A reference problem of the fixture: its place, its message in the default mode, its kind and what the page shows instead. */
interface Expected { place: string; reason: string; kind: string; outcome: string }
const autolink = (place: string, name: string): Expected => ({
  place, kind: 'name-read-as-autolink', outcome: `the page shows SOFA:${name}/ as text`,
  reason: `"<SOFA:${name}/>" is read as a link to "SOFA:${name}/": CommonMark reads a name with a colon in angle brackets as an autolink, and "SOFA:" is not a scheme a page can link to; to show the name as text, write \\<SOFA:${name}/> or put it in a code span: \`<SOFA:${name}/>\``,
});
const url = (place: string, what: string, written: string, fix: string, outcome = shows.link): Expected =>
  ({ place, kind: 'unknown-url-scheme', outcome, reason: `${what} "${written}" leads nowhere: ${fix}` });
const cover = (place: string, written: string, what: string, address: string): Expected =>
  ({ place, kind: 'cover-not-a-url', outcome: shows.cover, reason: `cover "${written}" ${what}; write the image's address alone: cover: "${address}"` });
const alias = (place: string, written: string, older: string): Expected => ({
  place, kind: 'alias-claimed-twice', outcome: `it leads to ${file(older)}`,
  reason: `alias "${written}" is already an alias of ${file(older)}:6, and one old path can lead to one post; the older post keeps it (Hugo writes one of the two): remove it from the aliases: of this post`,
});
const registry = 'https://gw.alipayobjects.com/zos/bmw-prod/registry-cover.png';

const expected: Expected[] = [
  autolink('zh/news/sofa-channel-name.md:8:4', 'Channel'),
  autolink('zh/news/sofa-rpclab-name.md:10:6', 'RPCLab'),
  autolink('zh/news/sofa-lab-heading.md:8:4', 'Lab'),
  autolink('en/meetups/sofa-channel-name.md:8:13', 'Channel'),
  url('zh/news/dingtalk-group.md:8:6', 'the link\'s URL', 'dingtalk://dingtalkclient/action/joingroup?code=v1,k1,sofa', notAScheme),
  url('en/meetups/dingtalk-group.md:8:15', 'the link\'s URL', 'dingtalk://dingtalkclient/action/joingroup?code=en', notAScheme),
  url('zh/news/dingtalk-definition.md:10:1', 'the URL of the link definition [dingtalk]', 'dingtalk://dingtalkclient/action/joingroup?code=jraft', notAScheme,
    'the page shows the text of the links that use it, without the link'),
  url('zh/news/typo-hhttps.md:8:5', 'the link\'s URL', 'hhttps://seata.io/zh-cn/docs/overview/what-is-seata.html',
    '"hhttps:" looks like a misspelt https:; write https://seata.io/zh-cn/docs/overview/what-is-seata.html'),
  url('zh/news/typo-ttps-image.md:10:1', 'the image\'s URL', 'ttps://gw.alipayobjects.com/mdn/rms_91f3e6/afts/img/mosn-arch.png',
    '"ttps:" looks like a misspelt https:; write https://gw.alipayobjects.com/mdn/rms_91f3e6/afts/img/mosn-arch.png', shows.image),
  url('zh/news/seata-fullwidth-colon.md:8:6', 'the link\'s URL', 'Seata：https://github.com/seata/seata/releases',
    '"Seata：https:" is not a scheme, it is text before the address; write the address alone: https://github.com/seata/seata/releases'),
  url('zh/news/emphasis-in-brackets.md:8:5', 'the link\'s URL', '*https://www.sofastack.tech/*',
    '"*https:" is not a scheme, it is text before the address; write the address alone: https://www.sofastack.tech/'),
  {
    place: 'zh/news/data-image-link.md:8:12', kind: 'unknown-url-scheme', outcome: shows.link,
    reason: 'the link\'s URL "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAA…" is a data: URL, which only an image may have, and only a PNG, GIF, JPEG or WebP image in base64; link to a file or an http(s) URL instead',
  },
  {
    place: 'zh/news/inline-image-too-large.md:10:1', kind: 'inline-image-too-large', outcome: shows.image,
    reason: 'the inline image (a data: URL of 41 KB) is larger than the 32 KB an image may be written inline; save it as a file in the post\'s page bundle and show it with ![what it shows](name.png)',
  },
  cover('zh/news/cover-markdown-link.md:6:1', '[https://gw.alipayobjects.com/zos/bmw-prod/registry-cover.pn…', 'is written as a Markdown link', registry),
  cover('en/meetups/cover-markdown-link.md:6:1', '[cover](https://gw.alipayobjects.com/zos/bmw-prod/mosn-meetu…', 'is written as a Markdown link', 'https://gw.alipayobjects.com/zos/bmw-prod/mosn-meetup.png'),
  cover('zh/news/cover-angle-brackets.md:6:1', '<https://gw.alipayobjects.com/zos/bmw-prod/ark-cover.png>', 'is not an image path or an http(s) URL', 'https://gw.alipayobjects.com/zos/bmw-prod/ark-cover.png'),
  cover('zh/news/cover-caption.md:6:1', '封面：https://gw.alipayobjects.com/zos/bmw-prod/tracer-cover.pn…', 'is not an image path or an http(s) URL', 'https://gw.alipayobjects.com/zos/bmw-prod/tracer-cover.png'),
  alias('zh/news/alias-channel-2020.md:6:1', '/2019/06/sofa-channel/', 'zh/news/alias-channel-2019.md'),
  alias('zh/news/alias-relative-newer.md:6:1', '/News/Old-News/index.html', 'zh/news/alias-relative-older.md'),
];
const neverCommitted = 'zh/blog/seata-roadmap.md:15:1';
const brokenLink = 'links to /blog/never-committed/, which is not a page or file of this site; check the post\'s slug, or the tag or category name';

describe('the Hugo drop-in fixture: every reference that leads nowhere', () => {
  it('is an error with its file, line, column and how to write it, by default', () => {
    const { errors } = withBrokenLinks(undefined, () => checkContent(fixture));
    assert.deepEqual(
      errors.map((error) => error.message).sort(),
      [...expected.map(({ place, reason }) => `${file(place)}  error  ${reason}`), `${file(neverCommitted)}  error  ${brokenLink}`].sort(),
    );
  });

  it('is one warning a post under BROKEN_LINKS=warning, saying what the page shows instead, and every post is kept', () => {
    const { errors, warnings, posts } = withBrokenLinks('warning', () => checkContent(fixture));
    assert.deepEqual(errors.map((error) => error.message), []);
    assert.deepEqual(
      warnings.map((warning) => warning.message).sort(),
      [...expected.map(({ place, reason, outcome }) => `${file(place)}  warning  ${reason}; ${outcome}`), `${file(neverCommitted)}  warning  ${brokenLink}`].sort(),
    );
    assert.deepEqual(warnings.filter((warning) => expected.some(({ place }) => warning.message.startsWith(file(place)))).map((warning) => warning.kind).sort(), expected.map(({ kind }) => kind).sort());
    const files = warnings.map((warning) => warning.file);
    assert.equal(new Set(files).size, files.length, 'one warning a post');
    assert.equal(posts.length, 31);
    const byFile = new Map(posts.map((post) => [post.file, post]));
    for (const cover of ['zh/news/cover-markdown-link.md', 'zh/news/cover-angle-brackets.md', 'zh/news/cover-caption.md', 'en/meetups/cover-markdown-link.md']) {
      assert.equal(byFile.get(file(cover))?.cover, undefined, cover);
    }
    assert.deepEqual(byFile.get(file('zh/news/alias-channel-2019.md'))?.aliases, ['/2019/06/sofa-channel/']);
    assert.deepEqual(byFile.get(file('zh/news/alias-channel-2020.md'))?.aliases, []);
    assert.deepEqual(byFile.get(file('zh/news/alias-relative-older.md'))?.aliases, ['/news/old-news']);
    assert.deepEqual(byFile.get(file('zh/news/alias-relative-newer.md'))?.aliases, []);
  });
});

/** A site of one post with this body (and front matter lines), checked with BROKEN_LINKS as given. */
function checkPost(body: string, { name = 'post.md', frontMatter = '', brokenLinks }: { name?: string; frontMatter?: string; brokenLinks?: 'warning' } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'references-'));
  mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
  writeFileSync(path.join(root, 'zh', 'blog', name), `---\ntitle: 标题\ndate: 2020-07-10\n${frontMatter}---\n\n${body}\n`);
  const { errors, warnings } = withBrokenLinks(brokenLinks, () => checkContent(root));
  return { errors: errors.map((error) => `${error.line}:${error.column} ${error.reason}`), warnings: warnings.map((warning) => `${warning.line}:${warning.column} ${warning.reason}`) };
}

describe('the mode is the run\'s, not the parse cache\'s', () => {
  it('a post parsed in a run with BROKEN_LINKS=warning is an error in the next run without it, and back', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'references-cache-'));
    mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'blog', 'post.md'), '---\ntitle: 标题\ndate: 2020-07-10\ncover: "[a](https://x.org/a.png)"\n---\n\n<SOFA:Channel/>\n');
    const severities = () => {
      const { errors, warnings } = checkContent(root);
      return [...errors, ...warnings].map((problem) => `${problem.kind} ${problem.severity}`).sort();
    };
    const as = (severity: string) => [`cover-not-a-url ${severity}`, `name-read-as-autolink ${severity}`];
    assert.deepEqual(withBrokenLinks('warning', severities), as('warning'));
    assert.deepEqual(withBrokenLinks(undefined, severities), as('error'));
    assert.deepEqual(withBrokenLinks('warning', severities), as('warning'));
  });
});

describe('what could run script stays an error under BROKEN_LINKS=warning', () => {
  const scriptCapable: [string, string][] = [
    ['a javascript: link', '[点我](javascript:alert(1))'],
    ['a javascript: link in mixed case', '[点我](JaVaScRiPt:alert(1))'],
    ['a vbscript: image', '![x](vbscript:msgbox(1))'],
    ['a data:text/html link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['an SVG inline image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)'],
    ['a javascript: definition', '[x][a]\n\n[a]: javascript:alert(1)'],
  ];
  for (const [what, body] of scriptCapable) {
    it(`${what}: ${body.split('\n')[0]}`, () => {
      const { errors } = checkPost(body, { brokenLinks: 'warning' });
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0]!, /^(6|8):1 the URL ".*" is not allowed; links and images must be http\(s\) or relative$/);
    });
  }

  it('a javascript: cover', () => {
    assert.deepEqual(checkPost('正文。', { frontMatter: 'cover: "javascript:alert(1)"\n', brokenLinks: 'warning' }).errors, ['4:1 cover must be an image path or an http(s) URL']);
  });

  it('markup outside the allow-list in .mdx, an unknown scheme in a JSX attribute among it', () => {
    const { errors } = checkPost('<a href="dingtalk://x">群</a> <img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x" />', { name: 'post.mdx', brokenLinks: 'warning' });
    assert.deepEqual(errors, [
      '6:4 <a>: href "dingtalk://x" is not allowed; use an http(s) URL or a path on this site',
      '6:35 <img>: src "data:image/svg+xml;base64,PHN2Zz4=" is not allowed; use an http(s) URL or a path on this site',
    ]);
  });
});

describe('inline images: data:image/png|gif|jpeg|webp;base64 in an image\'s src, and nowhere else', () => {
  const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const oversized = `data:image/png;base64,${'A'.repeat(maxInlineImageLength)}`;

  it('the URL rule: raster images in src only, within the size limit', () => {
    for (const url of [gif, png, 'data:image/jpeg;base64,/9j/4AAQ', 'data:image/webp;base64,UklGRg==']) {
      assert.equal(isSafeUrl(url, 'src'), true, url);
      assert.equal(isSafeUrl(url, 'href'), false, url);
      assert.equal(isScriptCapableUrl(url), false, url);
    }
    for (const url of ['data:image/svg+xml;base64,PHN2Zz4=', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png,<svg>', 'data:image/png;base64,<script>', ' data:text/html,x']) {
      assert.equal(isSafeUrl(url, 'src'), false, url);
      assert.equal(isScriptCapableUrl(url), true, url);
    }
    assert.equal(isInlineImage(oversized), false);
    assert.equal(isSafeUrl(oversized, 'src'), false);
    assert.equal(isScriptCapableUrl(oversized), false);
  });

  const render = async (source: string, format: SourceFormat) =>
    renderToStaticMarkup(await renderMdx({ source, format, file: `post.${format}`, components: mdxComponents('zh'), assetBase: '/blog/post/' }));

  it('shows an inline image written in Markdown, in raw HTML of a .md post and in JSX of an .mdx post', async () => {
    assert.deepEqual(checkPost(`![像素](${gif})\n\n<img src="${png}" alt="图标">`).warnings, []);
    assert.deepEqual(checkPost(`![像素](${gif})\n\n<img src="${png}" alt="图标" />`, { name: 'post.mdx' }), { errors: [], warnings: [] });
    assert.match(await render(`![像素](${gif})`, 'md'), new RegExp(`<img src="${gif.replace(/[+/]/g, '\\$&')}" alt="像素"`));
    assert.ok((await render(`<img src="${png}" alt="图标">`, 'md')).includes(`src="${png}"`));
    assert.ok((await render(`<img src="${png}" alt="图标" />`, 'mdx')).includes(`src="${png}"`));
  });

  it('refuses one in a link or another element\'s src, in raw HTML (removed with a warning) and in JSX (an error)', async () => {
    const md = checkPost(`<a href="${png}">下载</a>\n\n<video src="${png}" controls></video>\n\n<iframe src="${png}"></iframe>`);
    assert.deepEqual(md.errors, []);
    assert.equal(md.warnings.length, 3, md.warnings.join('\n'));
    assert.match(md.warnings[0]!, /^6:1 <a>: href "data:image\/png;base64,.*" is not allowed; use an http\(s\) URL or a path on this site; the page shows this <a> without its href$/);
    const output = await render(`<a href="${png}">下载</a>\n\n<video src="${png}" controls></video>\n\n<iframe src="${png}"></iframe>\n\n<img src="${oversized}" alt="大">`, 'md');
    assert.doesNotMatch(output, /data:/);
    const mdx = checkPost(`<a href="${png}">下载</a>`, { name: 'post.mdx', brokenLinks: 'warning' });
    assert.match(mdx.errors.join('\n'), /^6:4 <a>: href "data:image\/png;base64,.*" is not allowed/);
  });

  it('an oversized one is an error with the size and the limit, or a warning and its alt text', async () => {
    const body = `![会场](${oversized})`;
    assert.deepEqual(checkPost(body).errors, [
      '6:1 the inline image (a data: URL of 33 KB) is larger than the 32 KB an image may be written inline; save it as a file in the post\'s page bundle and show it with ![what it shows](name.png)',
    ]);
    assert.equal(checkPost(body, { brokenLinks: 'warning' }).warnings.length, 1);
    const output = await withBrokenLinks('warning', () => render(body, 'md'));
    assert.equal(output, '<p>会场</p>');
  });
});

describe('under BROKEN_LINKS=warning a post is built without the reference: its text stays', () => {
  before(() => { process.env.BROKEN_LINKS = 'warning'; });
  after(() => { delete process.env.BROKEN_LINKS; });
  const render = async (source: string, format: SourceFormat) =>
    renderToStaticMarkup(await renderMdx({ source, format, file: `post.${format}`, components: mdxComponents('zh'), assetBase: '/blog/post/' }));

  for (const format of ['md', 'mdx'] as const) {
    it(`in .${format}: an autolink's name, a link's text, an image's alt text, a reference's text`, async () => {
      const source = format === 'md' ? '本期 <SOFA:Channel/> 直播' : '本期 \\<SOFA:Channel/> 直播';
      if (format === 'md') assert.equal(await render(source, format), '<p>本期 SOFA:Channel/ 直播</p>');
      assert.equal(await render('[钉钉群](dingtalk://x) 与 [官网](hhttps://x.org)', format), '<p>钉钉群 与 官网</p>');
      assert.equal(await render('![架构图](ttps://x.org/a.png)', format), '<p>架构图</p>');
      assert.equal(await render('[钉钉群][d]\n\n[d]: dingtalk://x', format), '<p>钉钉群</p>');
    });
  }

  it('checks the tree the same way: a reference, not an error', () => {
    const tree = parseMdx('<SOFA:Channel/>', 'md', 'post.md');
    const { errors, references } = checkMdxTree(tree, 'post.md', '<SOFA:Channel/>');
    assert.deepEqual(errors, []);
    assert.deepEqual(references.map((problem) => problem.kind), ['name-read-as-autolink']);
  });
});

describe('a post without a title or a date, which Hugo publishes all the same', () => {
  const site = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hugo-missing-'));
    mkdirSync(path.join(root, 'zh', 'blog', 'untitled-weekly'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'blog', 'untitled-weekly', 'index.md'), '---\ndate: 2020-07-10\n---\n\n正文。\n');
    writeFileSync(path.join(root, 'zh', 'blog', 'undated.md'), '---\ntitle: 没有日期\n---\n\n正文。\n');
    writeFileSync(path.join(root, 'zh', 'blog', 'published.md'), '---\ntitle: 发布日期\npublishDate: 2019-05-01\n---\n\n正文。\n');
    return root;
  };
  const placed = (problems: { file: string; line: number; column: number; reason: string }[]) =>
    problems.map((problem) => `${path.basename(path.dirname(problem.file))}/${path.basename(problem.file)}:${problem.line}:${problem.column} ${problem.reason}`).sort();

  it('is an error at line 1 by default, and a post with publishDate: is dated by it', () => {
    const { errors, posts } = withBrokenLinks(undefined, () => checkContent(site()));
    assert.deepEqual(placed(errors), ['blog/undated.md:1:1 date is required', 'untitled-weekly/index.md:1:1 title is required']);
    assert.deepEqual(posts.map((post) => [post.title, post.date.toISOString()]), [['发布日期', '2019-04-30T16:00:00.000Z']]);
  });

  it('under BROKEN_LINKS=warning is built, titled by its folder or undated, with one warning each', () => {
    const { errors, warnings, posts } = withBrokenLinks('warning', () => checkContent(site()));
    assert.deepEqual(errors, []);
    assert.deepEqual(placed(warnings), [
      'blog/undated.md:1:1 date is required; the post has no date: it is dated 1970-01-01, after every dated post',
      'untitled-weekly/index.md:1:1 title is required; the post is titled "untitled-weekly" from its file name (Hugo publishes it untitled)',
    ]);
    assert.deepEqual(posts.map((post) => post.title).sort(), ['untitled-weekly', '发布日期', '没有日期']);
  });
});
