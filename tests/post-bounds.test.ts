import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMdx } from '@/lib/mdx/compile';
import { postBounds, textBoundProblem, treeBoundProblem } from '@/lib/model/post-bounds';

/** The first bound a body passes, from its text or its tree, as "line: reason". */
function problemOf(body: string, format: 'md' | 'mdx' = 'md'): string | undefined {
  const problem = textBoundProblem(body, format) ?? treeBoundProblem(parseMdx(body, format, 'x.md'));
  return problem && `${problem.line}: ${problem.reason}`;
}

describe('the counted bounds on a post', () => {
  it('let markup nested exactly as deep as the bound through, and refuse one level more', () => {
    const { nesting } = postBounds;
    assert.equal(problemOf(`${'>'.repeat(nesting)} 深\n`), undefined);
    assert.equal(problemOf(`${'- '.repeat(nesting)}深\n`), undefined);
    assert.equal(problemOf(`${'<div>'.repeat(nesting)}深${'</div>'.repeat(nesting)}\n`, 'mdx'), undefined);
    assert.match(problemOf(`\n\n${'>'.repeat(nesting + 1)} 深\n`)!, /^3: quotes or lists are nested more than 100 deep on this line/);
    assert.match(problemOf(`${'<div>'.repeat(nesting + 1)}深${'</div>'.repeat(nesting + 1)}\n`, 'mdx')!, /^1: elements are nested more than 100 deep here/);
  });

  it('refuse deep indentation before the parse, and nesting the text does not show, from the tree', () => {
    const indented = Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- ${level}`).join('\n');
    assert.match(problemOf(`正文\n\n${indented}\n`)!, /^54: this line is indented more than 100 columns/);
    const emphasis = `${'*a _a '.repeat(51)}深${' a_ a*'.repeat(51)}\n`;
    assert.equal(textBoundProblem(emphasis, 'md'), undefined);
    assert.match(problemOf(emphasis)!, /^1: markup is nested more than 100 deep here/);
  });

  it('name the first heading and the table past their bounds', () => {
    const headings = Array.from({ length: postBounds.headings + 1 }, (_, index) => `## ${index}\n`).join('\n');
    assert.match(problemOf(headings)!, new RegExp(`^${2 * postBounds.headings + 1}: the post has more than 5,000 headings`));
    // Setext headings are found in the tree.
    const setext = Array.from({ length: postBounds.headings + 1 }, (_, index) => `${index}\n---\n`).join('\n');
    assert.match(problemOf(setext)!, new RegExp(`^${3 * postBounds.headings + 1}: the post has more than 5,000 headings`));
    const columns = postBounds.tableCells / 2 + 1;
    const table = `text\n\n|${' a |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n|${' b |'.repeat(columns)}\n`;
    assert.match(problemOf(table)!, /^5: the post's tables have more than 20,000 cells/);
    // Counted from the delimiter row before the parse, and from the cells of the tree after it.
    assert.match(textBoundProblem(table, 'md')!.reason, /^the post's tables have more than 20,000 cells/);
    assert.equal(treeBoundProblem(parseMdx(table, 'md', 'x.md'))!.line, 5);
  });

  it('read code blocks and code spans as text, whatever brackets and tags they hold', () => {
    const code = `\`\`\`java\n${'List<Map<String, Integer>> x = y[0];\n'.repeat(2000)}\`\`\`\n\nA \`${'['.repeat(2000)}\` span.\n`;
    assert.equal(problemOf(code), undefined);
    assert.equal(problemOf(`${'*'.repeat(80)}\n\n${'-'.repeat(300)}\n`), undefined);
  });

  it('let HTML elements left open in a Markdown paragraph close at its end, and <p> or <li> at the next', () => {
    assert.equal(problemOf(`${'类型 Map<String> 与 List<Long>。\n\n'.repeat(200)}`), undefined);
    assert.match(problemOf(`${'类型 List<Long>。'.repeat(101)}\n`)!, /^1: elements are nested more than 100 deep here/);
    assert.equal(problemOf(`${'<p>段落\n<li>条目\n\n'.repeat(200)}`), undefined);
    assert.match(problemOf(`${'<font>'.repeat(101)}字\n`)!, /^1: elements are nested more than 100 deep here/);
  });

  it('count brackets per paragraph, so that many short paragraphs of links pass', () => {
    const paragraph = '[链接](https://example.com/) '.repeat(50);
    assert.equal(problemOf(`${paragraph}\n\n`.repeat(40)), undefined);
    assert.match(problemOf(`正文\n\n${'[x]('.repeat(postBounds.bracketsPerParagraph + 1)}\n`)!, /^3: this paragraph has more than 1,000 \[ brackets/);
  });
});
