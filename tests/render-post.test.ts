import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SourceFormat } from '@/lib/model/post';
import { renderPost } from '@/lib/mdx/render';
import { mdxComponents } from '@/components/mdx';
import { sharedHighlighter } from '@/lib/mdx/rehype-code-blocks';

async function render(source: string, format: SourceFormat) {
  const { content, headings } = await renderPost({ source, format, file: `post.${format}`, components: mdxComponents('zh'), assetBase: '/blog/post/' });
  return { html: renderToStaticMarkup(content), headings };
}

for (const format of ['mdx', 'md'] as const) {
  describe(`a .${format} post`, () => {
    it('gets ids that keep Chinese, one link per heading to itself, and its h2–h4 headings for the table of contents', async () => {
      const { html, headings } = await render('## 快照间隔怎么设置？\n\n### 观察 `onSnapshotSave`\n\n#### 细节\n\n##### 太深\n\n## 快照间隔怎么设置？\n', format);
      assert.deepEqual(headings, [
        { depth: 2, id: '快照间隔怎么设置', text: '快照间隔怎么设置？' },
        { depth: 3, id: '观察-onsnapshotsave', text: '观察 onSnapshotSave' },
        { depth: 4, id: '细节', text: '细节' },
        { depth: 2, id: '快照间隔怎么设置-1', text: '快照间隔怎么设置？' },
      ]);
      for (const { id, text } of headings) {
        assert.match(html, new RegExp(`id="${id}"`));
        assert.match(html, new RegExp(`<a class="heading-link" aria-label="本节链接：${text.replace('?', '\\?')}" data-pagefind-ignore="" href="#${id}">`));
      }
      assert.match(html, /<h5 id="太深">太深<\/h5>/);
    });

    it('highlights code at build time in both themes, labelled with its language', async () => {
      const { html } = await render('```java\nNodeOptions options = new NodeOptions(); // 注释\n```\n', format);
      assert.match(html, /<span class="language">java<\/span>/);
      assert.match(html, /<pre tabindex="0" class="pre"><code><span><span class="l[0-9a-f]{6} d[0-9a-f]{6}">/);
      assert.match(html, /<span class="l[0-9a-f]{6} d[0-9a-f]{6}">\s*new<\/span>/i);
      assert.match(html, /<button type="button" class="button" data-copy-code="zh">复制<\/button><\/div>/);
    });

    it('keeps the label of a language it has no grammar for, and leaves the code as written', async () => {
      const { html } = await render('```nginx-ish\nlisten 80;\n```\n\n```\nplain\n```\n', format);
      assert.match(html, /<span class="language">nginx-ish<\/span>.*<pre class="[^"]*" tabindex="0"><code>listen 80;\n<\/code><\/pre>/s);
      assert.match(html, /<span class="language"><\/span>.*<code>plain\n<\/code>/s);
    });

    it('wraps a table in a region the keyboard can scroll', async () => {
      const { html } = await render('| 指标 | 含义 |\n| --- | --- |\n| 快照耗时 | 一次快照 |\n', format);
      assert.match(html, /<div class="scroller" tabindex="0" role="region" aria-label="表格，可横向滚动"><table>/);
    });
  });
}

describe('the highlighter', () => {
  it('is created once a process and loads only the languages posts use', async () => {
    const highlighter = sharedHighlighter();
    // Bodies no earlier run compiled: a body from the compiled-body cache is never highlighted again.
    const fresh = `${process.pid}-${Date.now()}`;
    await render(`\`\`\`bash\necho ${fresh}\n\`\`\`\n`, 'mdx');
    await render(`\`\`\`yaml\nkey: ${fresh}\n\`\`\`\n`, 'md');
    assert.equal(sharedHighlighter(), highlighter);
    const loaded = (await highlighter).getLoadedLanguages();
    assert.ok(loaded.includes('bash') && loaded.includes('yaml'), `loaded: ${loaded.join(', ')}`);
    assert.ok(!loaded.includes('python') && !loaded.includes('rust'), `loaded: ${loaded.join(', ')}`);
  });
});
