import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkAndCompileContent } from '@/lib/content/check-content';
import type { ContentError } from '@/lib/model/content-error';
import { loadPosts, maxPostBytes } from '@/lib/content/load-posts';
import { threadedLoader } from '@/scripts/content-threads';
import { fixturesDir } from './load-fixture';

const casesDir = path.join(fixturesDir, 'hostile-check');

const frontMatter = (title: string) => `---\ntitle: "${title}"\ndate: 2020-07-10T15:00:00+08:00\n---\n\n`;

// Parsers recurse once per level: 5,000 levels overflow the stack of a thread, or the process.
const depth = 5000;

// Hostile inputs too large to commit, written into the test's content folder.
const deeplyNested: Record<string, string> = {
  'nested-divs.mdx': frontMatter('嵌套的 div') + '<div>'.repeat(depth) + '深' + '</div>'.repeat(depth) + '\n',
  'nested-quotes.md': frontMatter('嵌套的引用') + '>'.repeat(depth) + ' 深\n',
  'nested-quotes.mdx': frontMatter('嵌套的引用') + '>'.repeat(depth) + ' 深\n',
  'nested-front-matter.md': `---\ntitle: "嵌套的 YAML"\ndate: 2020-07-10\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n\n正文\n`,
};
// Lists nested on one line take micromark time in the square of the depth (20 s here) before the stack runs out.
const slowlyNested: Record<string, string> = {
  'nested-lists.md': frontMatter('嵌套的列表') + '- '.repeat(depth) + '深\n',
};
const generated = { ...deeplyNested, ...slowlyNested };

// Far above what a good post takes in a fresh thread (tens of milliseconds), far below the slow cases.
const testTimeLimitMs = 3000;

/** A content folder holding the good fixture before and after the hostile posts, so that both sides of them are seen to load. */
function contentWith(posts: Record<string, string>, fixtures: string[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-check-'));
  const folder = path.join(root, 'zh', 'blog');
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(casesDir, 'good.mdx'), path.join(folder, '0-good.mdx'));
  copyFileSync(path.join(casesDir, 'good.mdx'), path.join(folder, 'z-good.mdx'));
  for (const name of fixtures) copyFileSync(path.join(casesDir, name), path.join(folder, name));
  for (const [name, text] of Object.entries(posts)) writeFileSync(path.join(folder, name), text);
  return root;
}

/** The errors of each post file, by file name. */
function errorsByFile(errors: ContentError[]): Map<string, ContentError[]> {
  const byFile = new Map<string, ContentError[]>();
  for (const error of errors) byFile.set(path.basename(error.file), [...(byFile.get(path.basename(error.file)) ?? []), error]);
  return byFile;
}

const goodPosts = (posts: { file: string }[]) => posts.map((post) => path.basename(post.file)).filter((name) => name.endsWith('good.mdx'));

describe('check with hostile posts', () => {
  const fixtures = ['alias-bomb.mdx', 'many-plain-aliases.md', 'alias-before-anchor.mdx'];

  it('reports each as an error naming its file, and still loads the good posts beside them', async () => {
    const root = contentWith(generated, fixtures);
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1, testTimeLimitMs));
    const byFile = errorsByFile(errors);
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.deepEqual([...byFile.keys()].sort(), [...fixtures, ...Object.keys(generated)].sort());
    assert.match(byFile.get('alias-bomb.mdx')![0]!.message, /alias-bomb\.mdx:5:\d+  error  front matter uses too many YAML aliases/);
    assert.match(byFile.get('many-plain-aliases.md')![0]!.message, /many-plain-aliases\.md:5:\d+  error  front matter uses too many YAML aliases/);
    assert.match(byFile.get('alias-before-anchor.mdx')![0]!.message, /alias-before-anchor\.mdx:4:7  error  .*the alias \*names has no anchor &names before it/);
    for (const name of Object.keys(generated)) assert.match(byFile.get(name)![0]!.message, /call stack|nested too deeply|took more than 3 s/, name);
  });

  it('reports a file larger than the limit by its size, without parsing it', async () => {
    // Slow to parse as well: were it parsed, the error would be the time limit's.
    const tooLarge = frontMatter('太大') + '[x]('.repeat(Math.ceil(maxPostBytes / 4));
    const root = contentWith({ 'too-large.mdx': tooLarge });
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1));
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /too-large\.mdx  error  the file is [\d,]+ KB, more than the [\d,]+ KB a post may have; split it/);
  });

  it('stops a post that takes longer than the time limit, and goes on with the next in a fresh thread', async () => {
    // Minutes of parsing (micromark's time grows with the square of its length).
    const root = contentWith({ 'slow.mdx': frontMatter('很慢') + '[x]('.repeat(75_000) + '\n' });
    const started = performance.now();
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1, testTimeLimitMs));
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /slow\.mdx  error  reading, checking and compiling it took more than 3 s, so it was stopped/);
    assert.ok(performance.now() - started < 60_000, 'the slow post was stopped, not waited for');
  });

  it('in one thread, without a time limit, reports them as errors instead of throwing', () => {
    const root = contentWith(deeplyNested, fixtures);
    const { posts, errors } = loadPosts(root);
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    const failed = new Set([...errorsByFile(errors).keys()]);
    for (const name of fixtures) assert.ok(failed.has(name), name);
    // Which nesting overflows depends on the stack left to the test runner; none may throw.
    for (const name of failed) assert.ok(name in deeplyNested || fixtures.includes(name), name);
  });
});
