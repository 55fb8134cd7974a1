import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMdx } from '@/lib/mdx/compile';
import { checkMdxTree } from '@/lib/mdx/check-tree';
import type { SourceFormat } from '@/lib/model/post';

/** The warnings of one kind the check gives a post body, as `line:column  reason`. */
function warningsOf(source: string, kind: string, format: SourceFormat = 'md'): string[] {
  const file = `post.${format}`;
  const { errors, warnings } = checkMdxTree(parseMdx(source, format, file), file, source);
  assert.deepEqual(errors, []);
  return warnings.filter((problem) => problem.kind === kind).map((problem) => `${problem.line}:${problem.column}  ${problem.reason}`);
}

describe('a Hugo shortcode left in a .md post', () => {
  it('is reported where it was written, saying it is not run and what to do instead', () => {
    const [only, ...rest] = warningsOf('正文\n\n视频：{{< youtube dQw4w9WgXcQ >}}\n', 'hugo-shortcode');
    assert.deepEqual(rest, []);
    assert.match(only!, /^3:4  "\{\{< youtube >\}\}" is a Hugo shortcode, which is not run here: the page shows it as text; replace it with Markdown or HTML .*, or rename the post to \.mdx and use a component$/);
  });

  it('is found written without spaces (which parses as HTML between text), with %, nested in a list, and as a closing tag alone', () => {
    const source = '{{<figure src="a.png">}}\n\n- {{% notice info %}}\n  注意\n  {{% /notice %}}\n\n后面 {{< /details >}}\n';
    assert.deepEqual(warningsOf(source, 'hugo-shortcode').map((warning) => warning.split('  ')[0] + ' ' + /"(.*?)"/.exec(warning)![1]), [
      '1:1 {{< figure >}}',
      '3:3 {{% notice %}}',
      '7:4 {{< /details >}}',
    ]);
  });

  it('stays quiet in code spans, code blocks and Hugo\'s comment form, so that a post documenting Hugo is not warned', () => {
    const source = '用 `{{< youtube id >}}` 插入视频，或 {{</* youtube id */>}}：\n\n```\n{{% notice %}}\n```\n\n    {{< indented >}}\n';
    assert.deepEqual(warningsOf(source, 'hugo-shortcode'), []);
  });

  it('is left alone in .mdx, where braces are expressions and escaped ones are meant as text', () => {
    assert.deepEqual(warningsOf('\\{\\{< youtube id >\\}\\}\n', 'hugo-shortcode', 'mdx'), []);
  });
});

describe('a table written right under a list item\'s line, without a blank line', () => {
  it('is reported at its first line: it is text here and a table in Hugo, and a blank line fixes it', () => {
    const source = '# 标题\n\n- 项目：\n| 名称 | 版本 |\n| --- | :-: |\n| SOFARPC | 5.12 |\n';
    assert.deepEqual(warningsOf(source, 'table-without-blank-line'), [
      '4:1  this table is read as text, since it continues the paragraph above it (Hugo reads it as a table); add a blank line before the table, and indent it under the list item if it belongs to it',
    ]);
  });

  it('is reported under a quote too, and without outer pipes', () => {
    assert.deepEqual(warningsOf('> 引用\na | b\n--- | ---\n', 'table-without-blank-line').map((warning) => warning.split('  ')[0]), ['2:1']);
    assert.match(warningsOf('> 引用\n| a | b |\n| --- | --- |\n', 'table-without-blank-line')[0]!, /start each of its lines with > if it belongs to the quote$/);
  });

  it('is not reported when a blank line or the item\'s indentation makes it a table', () => {
    assert.deepEqual(warningsOf('- 项目：\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n', 'table-without-blank-line'), []);
    assert.deepEqual(warningsOf('- 项目：\n  | a | b |\n  | --- | --- |\n', 'table-without-blank-line'), []);
  });

  it('is not reported for text with a pipe in it, or rows whose cells do not match', () => {
    assert.deepEqual(warningsOf('- 用 a | b 表示“或”\n下一行 | 还有\n--- 不是分隔行\n', 'table-without-blank-line'), []);
    assert.deepEqual(warningsOf('- 项目：\n| a | b | c |\n| --- | --- |\n', 'table-without-blank-line'), []);
  });
});
