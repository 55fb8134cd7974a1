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
import type { Post } from '@/lib/model/post';
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
  const errorsOf = (name: string) => errors.filter((error) => path.basename(error.file) === name).map((error) => error.message.replace(/^.*\//, ''));

  it('leave the posts beside them checked, compiled and highlighted', async () => {
    for (const name of ['0-good.mdx', 'z-good.mdx']) assert.deepEqual(errorsOf(name), [], name);
    const before = await htmlOf(postNamed('0-good.mdx')!);
    assert.match(before, /<span style="color:light-dark\(#[0-9A-F]{6}, #[0-9A-F]{6}\)[^"]*">\s*new<\/span>/i);
    assert.match(before, /<h[2-6] id="qa-[0-9a-f]{10}"/);
    const after = await htmlOf(postNamed('z-good.mdx')!);
    assert.match(after, /<span style="color:light-dark\(#[0-9A-F]{6}, #[0-9A-F]{6}\)[^"]*">\s*val<\/span>/i);
    assert.match(after, /<span class="language">toml<\/span>.*<span style="color:light-dark\([^"]*">1000<\/span>/s);
  });

  it('as a code block\'s language, are a label on plain code', async () => {
    const fences = { 'fence-constructor.mdx': 'constructor', 'fence-proto.mdx': '__proto__', 'fence-to-string.md': 'toString', 'fence-has-own-property.mdx': 'hasOwnProperty', 'fence-value-of.mdx': 'valueOf', 'raw-code-class.md': 'constructor' };
    for (const [name, language] of Object.entries(fences)) {
      assert.deepEqual(errorsOf(name), [], name);
      const html = await htmlOf(postNamed(name)!);
      assert.match(html, new RegExp(`<span class="language">${language}</span>.*<code>let x = 1;\n</code>`, 's'), name);
    }
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
    assert.match(code, /light-dark\(/);
    assert.notEqual(await sharedHighlighter(), broken);
  });
});
