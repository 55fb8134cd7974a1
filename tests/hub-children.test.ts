import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkAndCompileContent } from '@/lib/content/check-content';
import { collectEvents } from '@/lib/hubs/events';
import { collectQuestions } from '@/lib/hubs/questions';
import { collectReleases } from '@/lib/hubs/releases';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { renderPost } from '@/lib/mdx/render';
import { componentLostInCompile } from '@/lib/mdx/component-lost-in-compile';
import type { ComponentChildren } from '@/lib/model/component-children';
import type { ComponentName } from '@/lib/model/component-props';
import type { Post } from '@/lib/model/post';
import { ComponentChildrenMarkdown } from '@/components/ComponentChildrenMarkdown';
import { mdxComponents } from '@/components/mdx';
import { fixturesDir } from './load-fixture';

// One post a case: a component whose children, cut out of the post as text, would parse otherwise.
const report = await checkAndCompileContent(path.join(fixturesDir, 'hub-children'));
const postOf = (file: string) => report.posts.find((post) => post.file.endsWith(`/${file}`))!;

interface Shown {
  post: Post;
  line: number;
}

async function hubHtml(component: ComponentName, entry: Shown, written: ComponentChildren): Promise<string> {
  return renderToStaticMarkup((await ComponentChildrenMarkdown({ post: entry.post, component, line: entry.line, written }))!);
}

/** What a reader reads of some HTML: its text, without tags and character references. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

async function postHtml(post: Post): Promise<string> {
  return renderToStaticMarkup((await renderPost({ ...postCompileOptions(post), components: mdxComponents(post.lang) })).content);
}

describe('what a component holds, on the hubs', () => {
  it('passes the check in every case', () => {
    assert.deepEqual(report.errors.map((error) => error.message), []);
    assert.equal(report.posts.length, 5);
  });

  const cases: [string, string, () => Promise<string>, RegExp[]][] = [
    ['an answer in a quote, a code fence in a list item', 'quote-fence-in-list.mdx', async () => {
      const question = collectQuestions([postOf('quote-fence-in-list.mdx')])[0]!;
      return hubHtml('QA', question, question.answer);
    }, [/<li>/, /\{process\.exit\(1\)\}/]],
    ['changes in a quote in a quote, a fence in a list in a list', 'nested-quote-list.mdx', async () => {
      const release = collectReleases([postOf('nested-quote-list.mdx')])[0]!;
      return hubHtml('ReleaseNote', release, release.changes);
    }, [/<ol>/, /globalThis/]],
    ['an abstract in a list item, a fence indented under it', 'component-in-list-item.mdx', async () => {
      const event = collectEvents([postOf('component-in-list-item.mdx')])[0]!;
      return hubHtml('EventCard', event, event.abstract);
    }, [/\{process\.exit\(1\)\}/]],
    ['the tags of components inside code in a quote', 'tags-in-code-in-quote.mdx', async () => {
      const question = collectQuestions([postOf('tags-in-code-in-quote.mdx')])[0]!;
      return hubHtml('QA', question, question.answer);
    }, [/<pre/, /复制<\/QA>\n<EventCard title="x" start="y">$/m]],
    ['markup, a code span, escaped braces and a link defined outside the component', 'markup-and-reference.mdx', async () => {
      const question = collectQuestions([postOf('markup-and-reference.mdx')])[0]!;
      return hubHtml('QA', question, question.answer);
    }, [/<u>文档<\/u>/, /<a href="https:\/\/example\.org\/doc">这一节<\/a>/, /\{a\}/, /与 \{b\} 都是文字/]],
  ];
  for (const [name, file, render, expected] of cases) {
    it(`shows it as its post does: ${name}`, async () => {
      const html = await render();
      for (const pattern of expected) assert.ok(pattern.test(html) || pattern.test(textOf(html)), `${pattern} in ${html}`);
      assert.ok((await postHtml(postOf(file))).includes(html), `the post page holds ${html}`);
    });
  }
});

describe('a component the compiled post does not have where the parse has it', () => {
  const use = (name: ComponentName, line: number) => ({ name, props: {}, line, children: { ordinal: 0, text: '', fingerprint: '', isEmpty: true } });

  it('is the one reported, and none is when the two agree', () => {
    const uses = [use('QA', 5), use('ReleaseNote', 9), use('QA', 14)];
    assert.equal(componentLostInCompile(uses, { components: ['QA', 'ReleaseNote', 'QA'] }), undefined);
    assert.equal(componentLostInCompile(uses, { components: ['QA', 'QA'] }), uses[1]);
    assert.equal(componentLostInCompile(uses, { components: ['QA', 'ReleaseNote', 'QA', 'QA'] }), uses[2]);
  });
});
