import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderMdx } from '@/lib/mdx/render';
import { mdxComponents } from '@/components/mdx';

describe('GFM footnotes', () => {
  for (const format of ['md', 'mdx'] as const) {
    it(`are labelled in the page's language in a .${format} post, back links included`, async () => {
      const source = '正文[^1]，再引一次[^1]。\n\n[^1]: 脚注的内容。\n';
      const element = await renderMdx({ source, format, file: `post.${format}`, lang: 'zh', components: mdxComponents('zh'), assetBase: '/blog/post/' });
      const html = renderToStaticMarkup(element);
      assert.match(html, /<h2[^>]*id="(user-content-)?footnote-label"[^>]*>脚注<\/h2>/);
      assert.match(html, /aria-label="返回引用 1"/);
      assert.match(html, /aria-label="返回引用 1-2"/);
      assert.doesNotMatch(html, /Footnotes|Back to reference/);
    });
  }

  it('keep their heading for screen readers only: hidden, without a link of its own, out of the table of contents', async () => {
    const { compileMdx } = await import('@/lib/mdx/compile');
    const compiled = await compileMdx({ source: '## 正文\n\n引用[^1]。\n\n[^1]: 内容。\n', format: 'md', file: 'post.md', lang: 'zh', assetBase: '/blog/post/' });
    assert.deepEqual(compiled.headings.map((heading) => heading.text), ['正文']);
    const element = await renderMdx({ source: '引用[^1]。\n\n[^1]: 内容。\n', format: 'md', file: 'post.md', lang: 'zh', components: mdxComponents('zh'), assetBase: '/blog/post/' });
    const html = renderToStaticMarkup(element);
    assert.match(html, /<h2[^>]*class="sr-only"[^>]*>脚注<\/h2>/);
    assert.doesNotMatch(html, /脚注<\/h2><a[^>]*heading-link/);
  });
});
