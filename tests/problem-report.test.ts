import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkAndCompileContent } from '@/lib/content/check-content';
import { ContentError } from '@/lib/model/content-error';
import { threadedLoader } from '@/scripts/content-threads';
import { maskedReason, problemReport } from '@/scripts/problem-report';
import { fixturesDir } from './load-fixture';

const warning = (file: string, line: number, reason: string, kind?: string) => new ContentError(file, line, 1, reason, 'warning', kind);
const unknownKey = (file: string, key: string) => warning(file, 3, `unknown front matter key "${key}"; Hugo's keys are read, others are ignored`);

describe('the check groups repeated warnings', () => {
  it('groups warnings made with one kind, however their reasons differ', () => {
    const warnings = [1, 2, 3, 4, 5].map((n) => warning(`zh/blog/${n}.md`, n, n % 2 ? `the image ${n}.png has no alt text` : `the image <img src="${n}.png"> has no alt`, 'image-without-alt'));
    const lines = problemReport(warnings, [], false);
    assert.equal(lines[0], '5 warnings in 5 files: the image … has no alt text');
    assert.deepEqual(lines.slice(1, 4), warnings.slice(0, 3).map((problem) => problem.message));
    assert.equal(lines[4], '… and 2 more in 2 files (npm run check -- --verbose prints every one)');
    assert.equal(lines.length, 5);
  });

  it('groups warnings made without a kind by their reason with names, paths and numbers masked, and keeps other reasons apart', () => {
    const keys = ['dat', 'autor', 'tagz', 'weight2', 'layout'].map((key, n) => unknownKey(`zh/blog/${n}.md`, key));
    const other = warning('zh/blog/0.md', 4, 'description is empty; lists will show the first paragraph instead');
    const lines = problemReport([...keys, other], [], false);
    assert.deepEqual(lines, [
      other.message,
      '5 warnings in 5 files: unknown front matter key "…"',
      ...keys.slice(0, 3).map((problem) => problem.message),
      '… and 2 more in 2 files (npm run check -- --verbose prints every one)',
    ]);
  });

  it('counts the files of a group apart from its warnings', () => {
    const warnings = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c'].map((name, n) => unknownKey(`zh/blog/${name}.md`, `key${n}`));
    const lines = problemReport(warnings, [], false);
    assert.equal(lines[0], '8 warnings in 3 files: unknown front matter key "…"');
    assert.equal(lines.at(-1), '… and 5 more in 2 files (npm run check -- --verbose prints every one)');
  });

  it('prints a kind that occurs four times or fewer in full, in the order found', () => {
    const warnings = ['a', 'b', 'c', 'd'].map((name) => unknownKey(`zh/blog/${name}.md`, name));
    assert.deepEqual(problemReport(warnings, [], false), warnings.map((problem) => problem.message));
  });

  it('prints every warning when verbose, and every error in full always, after the warnings', () => {
    const warnings = [1, 2, 3, 4, 5, 6].map((n) => unknownKey(`zh/blog/${n}.md`, `k${n}`));
    const errors = [1, 2, 3, 4, 5, 6].map((n) => new ContentError(`zh/blog/${n}.md`, 2, 1, `date "2020-07-${n}" is not an ISO 8601 date`));
    assert.deepEqual(problemReport(warnings, errors, true), [...warnings, ...errors].map((problem) => problem.message));
    assert.deepEqual(problemReport(warnings, errors, false).slice(-6), errors.map((problem) => problem.message));
  });

  it('masks quoted text, paths, URLs, file names and numbers, and keeps the words and element names', () => {
    assert.equal(
      maskedReason('the image https://example.org/a.png has no alt text: ![what it shows](a.png)'),
      'the image … has no alt text: ![what it …',
    );
    assert.equal(maskedReason('the image /cover.jpg does not exist'), 'the image … does not exist');
    assert.equal(maskedReason('alias "old/path" clashes with 2 posts, 「标题」 and `x`'), 'alias "…" clashes with … posts, 「…」 and `…`');
    assert.equal(maskedReason('<iframe> from a host not allowed; see README.md, "Embeds"'), '<iframe> from a host not allowed; see …, "…"');
    assert.notEqual(maskedReason('<iframe> is not allowed'), maskedReason('<script> is not allowed'));
  });

  it('keeps the kind a warning was made with when it is checked in another thread', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    cpSync(path.join(fixturesDir, 'warnings-grouped'), root, { recursive: true });
    const { warnings } = await checkAndCompileContent(root, threadedLoader(1));
    const kinds = new Set(warnings.map((problem) => problem.kind));
    assert.deepEqual([...kinds].sort(), [undefined, 'hugo-shortcode', 'image-without-alt', 'table-without-blank-line'].sort());
  });
});
