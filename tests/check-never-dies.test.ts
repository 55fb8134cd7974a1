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

// Far past the bound on nesting (lib/model/post-bounds.ts), and deep enough to overflow a stack
// (5,000 levels) or to take the parser minutes, had the bound not refused them first.
const depth = 5000;

// Hostile inputs too large to commit, written into the test's content folder, each with the start of
// the error the counted bounds give it: at its line, before the parser ever sees it.
const nestedPosts: Record<string, { text: string; error: RegExp }> = {
  'nested-divs.mdx': { text: frontMatter('嵌套的 div') + '<div>'.repeat(depth) + '深' + '</div>'.repeat(depth) + '\n', error: /nested-divs\.mdx:6:1  error  elements are nested more than 100 deep here/ },
  'nested-html.md': { text: frontMatter('嵌套的 HTML') + '<div>'.repeat(depth) + '深' + '</div>'.repeat(depth) + '\n', error: /nested-html\.md:6:1  error  elements are nested more than 100 deep here/ },
  // HTML is read whatever its case: <Div> nests as <div> does.
  'nested-capital-html.md': { text: frontMatter('大写的 HTML') + '<Div>'.repeat(depth) + '深' + '</Div>'.repeat(depth) + '\n', error: /nested-capital-html\.md:6:1  error  elements are nested more than 100 deep here/ },
  'nested-quotes.md': { text: frontMatter('嵌套的引用') + '>'.repeat(depth) + ' 深\n', error: /nested-quotes\.md:6:1  error  quotes or lists are nested more than 100 deep on this line/ },
  'nested-quotes.mdx': { text: frontMatter('嵌套的引用') + '>'.repeat(depth) + ' 深\n', error: /nested-quotes\.mdx:6:1  error  quotes or lists are nested more than 100 deep on this line/ },
  // Lists nested on one line take micromark time in the square of the depth (20 s here) before the stack runs out.
  'nested-lists.md': { text: frontMatter('嵌套的列表') + '- '.repeat(depth) + '深\n', error: /nested-lists\.md:6:1  error  quotes or lists are nested more than 100 deep on this line/ },
  'nested-emphasis.md': { text: frontMatter('嵌套的强调') + '*'.repeat(depth) + '深' + '*'.repeat(depth) + '\n', error: /nested-emphasis\.md:6:1  error  a run of 5,000 \* or _ nests emphasis more than 100 deep/ },
  // Nested by indentation, line by line: 300 levels took the parser 7 s, and twice as many four times as long.
  'indented-lists.md': { text: frontMatter('缩进的列表') + Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- 第 ${level} 层`).join('\n') + '\n', error: /indented-lists\.md:57:1  error  this line is indented more than 100 columns/ },
  // Emphasis nested in alternation: no long run of * for the text's scan to see, so the tree's count refuses it.
  'alternating-emphasis.md': { text: frontMatter('交替的强调') + '*强 _调 '.repeat(depth / 50) + '深' + ' 强_ 调*'.repeat(depth / 50) + '\n', error: /alternating-emphasis\.md:6:1  error  markup is nested more than 100 deep here/ },
};
// The YAML reader's own nesting: a stack overflow, told as nesting too deep (lib/content/front-matter.ts).
const nestedFrontMatter: Record<string, { text: string; error: RegExp }> = {
  'nested-front-matter.md': { text: `---\ntitle: "嵌套的 YAML"\ndate: 2020-07-10\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n\n正文\n`, error: /nested-front-matter\.md(:\d+:\d+)?  error  .*(call stack|nested too deeply)/ },
};
const generated = { ...nestedPosts, ...nestedFrontMatter };
const textsOf = (posts: Record<string, { text: string }>) => Object.fromEntries(Object.entries(posts).map(([name, { text }]) => [name, text]));

// Far above what a good post takes in a fresh thread (tens of milliseconds of CPU), far below the slow
// post that only the last-resort limit stops; the wall-clock limit is for systems without /proc.
const testTimeLimits = { cpuMs: 3000, wallMs: 60_000 };

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
    const root = contentWith(textsOf(generated), fixtures);
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1, testTimeLimits));
    const byFile = errorsByFile(errors);
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.deepEqual([...byFile.keys()].sort(), [...fixtures, ...Object.keys(generated)].sort());
    assert.match(byFile.get('alias-bomb.mdx')![0]!.message, /alias-bomb\.mdx:5:\d+  error  front matter uses too many YAML aliases/);
    assert.match(byFile.get('many-plain-aliases.md')![0]!.message, /many-plain-aliases\.md:5:\d+  error  front matter uses too many YAML aliases/);
    assert.match(byFile.get('alias-before-anchor.mdx')![0]!.message, /alias-before-anchor\.mdx:4:7  error  .*the alias \*names has no anchor &names before it/);
    // Each refused for its own reason: not the time limit, which a check that hangs instead of failing fast would reach.
    for (const [name, { error }] of Object.entries(generated)) assert.match(byFile.get(name)![0]!.message, error, name);
  });

  it('reports a file larger than the limit by its size, without parsing it', async () => {
    // Past the bound on brackets as well: were it read, the error would be that bound's.
    const tooLarge = frontMatter('太大') + '[x]('.repeat(Math.ceil(maxPostBytes / 4));
    const root = contentWith({ 'too-large.mdx': tooLarge });
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1));
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /too-large\.mdx  error  the file is [\d,]+ KB, more than the [\d,]+ KB a post may have; split it/);
  });

  it('refuses a paragraph of 75,000 unclosed links by counting its brackets, before the parser spends minutes on it', async () => {
    const root = contentWith({ 'links.mdx': frontMatter('很慢') + '[x]('.repeat(75_000) + '\n' });
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1, testTimeLimits));
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    // The whole message: the count's, at the paragraph's line, not the time limit's.
    assert.deepEqual(errors.map((error) => error.message), [
      `${path.join(path.relative(process.cwd(), root), 'zh', 'blog', 'links.mdx')}:6:1  error  this paragraph has more than 1,000 [ brackets, which the Markdown parser reads in time growing with their square; split the paragraph, or write a bracket that is not a link as \\[`,
    ]);
  });

  it('stops a post that takes more CPU time than the limit, and goes on with the next in a fresh thread', async () => {
    // Within every bound, and seconds of work: 45,000 paragraphs (90,000 nodes) take the parse and the compile about 8 s.
    const root = contentWith({ 'slow.mdx': frontMatter('很慢') + '字\n\n'.repeat(45_000) });
    const started = performance.now();
    const { posts, errors } = await checkAndCompileContent(root, threadedLoader(1, testTimeLimits));
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /slow\.mdx  error  reading, checking and compiling it took more than 3 s of CPU time, so it was stopped: .* a bug of the site; report it/);
    assert.ok(performance.now() - started < 60_000, 'the slow post was stopped, not waited for');
  });

  it('in one thread, without a time limit, refuses each nested post for its nesting, whatever stack the test runner has left', () => {
    const root = contentWith(textsOf(nestedPosts), fixtures);
    const { posts, errors } = loadPosts(root);
    assert.deepEqual(goodPosts(posts), ['0-good.mdx', 'z-good.mdx']);
    const byFile = errorsByFile(errors);
    assert.deepEqual([...byFile.keys()].sort(), [...fixtures, ...Object.keys(nestedPosts)].sort());
    for (const [name, { error }] of Object.entries(nestedPosts)) assert.match(byFile.get(name)![0]!.message, error, name);
  });
});
