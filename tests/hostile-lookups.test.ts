import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkAndCompileContent } from '@/lib/content/check-content';
import { compileMdx } from '@/lib/mdx/compile';
import { renderPost } from '@/lib/mdx/render';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { sharedHighlighter } from '@/lib/mdx/rehype-code-blocks';
import { coverSize, type Post } from '@/lib/model/post';
import { excerptParts } from '@/lib/search/excerpt-parts';
import { mdxComponents } from '@/components/mdx';
import { fixturesDir } from './load-fixture';

// Names every object has (constructor, __proto__, toString…), written where a post names a language,
// an element, a component, a prop or a front matter key. One post's name must not break another's.
const casesDir = path.join(fixturesDir, 'hostile-lookups');
const cases = readdirSync(casesDir).filter((name) => !name.startsWith('good'));

/**
 * A content folder with every case between two good posts, so that posts are compiled on both sides of
 * them; the one after uses languages no post before it did, which the highlighter loads after the cases.
 */
function contentWithCases(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-lookups-'));
  const folder = path.join(root, 'zh', 'blog');
  mkdirSync(folder, { recursive: true });
  const copies = [['good.mdx', '0-good.mdx'], ...cases.map((name) => [name, name]), ['good-after.mdx', 'z-good.mdx']];
  for (const [from, to] of copies) copyFileSync(path.join(casesDir, from!), path.join(folder, to!));
  return root;
}

async function htmlOf(post: Post): Promise<string> {
  const { content } = await renderPost({ ...postCompileOptions(post), components: mdxComponents('zh') });
  return renderToStaticMarkup(content);
}

describe('names every object has, written in posts', async () => {
  const { posts, errors } = await checkAndCompileContent(contentWithCases());
  const postNamed = (name: string) => posts.find((post) => path.basename(post.file) === name);
  const errorsOf = (name: string) => errors.filter((error) => path.basename(error.file) === name).map((error) => `${path.basename(error.file)}${error.message.slice(error.file.length)}`);

  it('leave the posts beside them checked, compiled and highlighted', async () => {
    for (const name of ['0-good.mdx', 'z-good.mdx']) assert.deepEqual(errorsOf(name), [], name);
    const before = await htmlOf(postNamed('0-good.mdx')!);
    assert.match(before, /<span class="l[0-9a-f]{6} d[0-9a-f]{6}">\s*new<\/span>/i);
    assert.match(before, /<h[2-6] id="qa-[0-9a-f]{10}"/);
    const after = await htmlOf(postNamed('z-good.mdx')!);
    assert.match(after, /<span class="l[0-9a-f]{6} d[0-9a-f]{6}">\s*val<\/span>/i);
    assert.match(after, /<span class="language">toml<\/span>.*<span class="l[0-9a-f]{6} d[0-9a-f]{6}">1000<\/span>/s);
  });

  it('as a code block\'s language, are a label on plain code', async () => {
    const fences = { 'fence-constructor.mdx': 'constructor', 'fence-proto.mdx': '__proto__', 'fence-to-string.md': 'toString', 'fence-has-own-property.mdx': 'hasOwnProperty', 'fence-value-of.mdx': 'valueOf', 'raw-code-class.md': 'constructor' };
    for (const [name, language] of Object.entries(fences)) {
      assert.deepEqual(errorsOf(name), [], name);
      const html = await htmlOf(postNamed(name)!);
      assert.match(html, new RegExp(`<span class="language">${language}</span>.*<code>let x = 1;\n</code>`, 's'), name);
    }
  });

  it('as an element, a component, a prop or an attribute, are an error at their place in their post', () => {
    assert.deepEqual(errorsOf('element-constructor.mdx'), ['element-constructor.mdx:6:1  error  <constructor> is not among the HTML elements a post may use (docs/authoring.md, "What a post can and cannot do"); write it in Markdown instead']);
    assert.deepEqual(errorsOf('element-proto.mdx'), ['element-proto.mdx:6:1  error  <__proto__> is not among the HTML elements a post may use (docs/authoring.md, "What a post can and cannot do"); write it in Markdown instead']);
    assert.deepEqual(errorsOf('element-to-string.mdx'), ['element-to-string.mdx:6:4  error  <tostring> is not among the HTML elements a post may use (docs/authoring.md, "What a post can and cannot do"); write it in Markdown instead']);
    assert.deepEqual(errorsOf('component-member.mdx'), ['component-member.mdx:6:1  error  unknown component <QA.constructor>; posts can use <QA>, <ReleaseNote>, <EventCard>']);
    assert.deepEqual(errorsOf('prop-proto.mdx'), ['prop-proto.mdx:6:1  error  QA: unknown prop __proto__; QA takes asker, question, project']);
    assert.deepEqual(errorsOf('prop-constructor.mdx'), ['prop-constructor.mdx:6:1  error  QA: unknown prop constructor; QA takes asker, question, project']);
    assert.deepEqual(errorsOf('attribute-proto.mdx'), ['attribute-proto.mdx:6:20  error  <a>: the attribute __proto__ is not allowed in posts']);
    assert.deepEqual(errorsOf('attribute-constructor.mdx'), [
      'attribute-constructor.mdx:6:20  error  <a>: the attribute constructor is not allowed in posts',
      'attribute-constructor.mdx:6:36  error  <a>: the attribute toString is not allowed in posts',
    ]);
  });

  it('as a front matter key, give the post nothing', () => {
    assert.deepEqual(errorsOf('front-matter-proto.md'), ['front-matter-proto.md:1:1  error  title is required']);
  });

  it('as raw HTML attributes in a .md post, are removed', async () => {
    assert.deepEqual(errorsOf('raw-attribute.md'), []);
    assert.match(await htmlOf(postNamed('raw-attribute.md')!), /见 <a href="\/blog\/">列表<\/a>。/);
  });
});

describe('names every object has, looked up elsewhere', () => {
  it('are no entity of a search excerpt, and no measured cover', () => {
    assert.deepEqual(excerptParts('&constructor; &toString; &amp;'), [{ text: '&constructor; &toString; &', isMatch: false }]);
    assert.equal(coverSize({ cover: 'constructor', imageSizes: {} }), undefined);
  });
});

describe('a code block the highlighter fails on', () => {
  it('is an error at its line in its post, and the next post is highlighted', async () => {
    const broken = await sharedHighlighter();
    broken.loadLanguage = () => Promise.reject(new Error('the grammar could not be loaded'));
    const options = { format: 'mdx', lang: 'zh', assetBase: '/blog/post/' } as const;
    // A language no other test loads first, so that the highlighter has to load it for this post.
    const source = '---\ntitle: x\n---\n\n正文\n\n```rust\nfn main() {}\n```\n';
    await assert.rejects(compileMdx({ ...options, source, file: 'broken.mdx' }), {
      message: 'broken.mdx:7:1  error  this code block in rust cannot be highlighted: the grammar could not be loaded',
    });
    const { code } = await compileMdx({ ...options, source: '```rust\nfn main() {}\n```\n', file: 'next.mdx' });
    assert.match(code, /\"l[0-9a-f]{6} d[0-9a-f]{6}\"/);
    assert.notEqual(await sharedHighlighter(), broken);
  });
});
