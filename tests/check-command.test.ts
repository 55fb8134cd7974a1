import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fixturesDir } from './load-fixture';

function runCheck(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run check', () => {
  it('reports every bad post as file:line:column  error  message, then a count, and exits 1', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    cpSync(path.join(fixturesDir, 'invalid'), path.join(root, 'zh', 'blog'), { recursive: true });
    // invalid/js-front-matter.mdx writes this file if its ---js front matter is ever run.
    const ranMarker = '/tmp/sofa-weekly-front-matter-ran';
    rmSync(ranMarker, { force: true });
    const { status, output } = runCheck(root);
    assert.equal(status, 1);
    assert.match(output, /zh\/blog\/bad-date\.mdx:4:1  error  date "2020-07-3" is not an ISO 8601 date/);
    assert.match(output, /zh\/blog\/js-front-matter\.mdx:1:1  error  the front matter starts with "---js"/);
    assert.equal(existsSync(ranMarker), false, 'check ran the ---js front matter');
    assert.match(output, /zh\/blog\/bad-event-date\.mdx:6:1  error  EventCard: start "2020-07-3" is not an ISO 8601 date/);
    assert.match(output, /zh\/blog\/unknown-component\.mdx:8:1  error  unknown component <Chart>/);
    assert.match(output, /^25 errors( and \d+ warnings?)? in content; fix them and build again\.$/m);
  });

  it('passes the site\'s own content', () => {
    const { status, output } = runCheck(path.resolve('content'));
    assert.equal(status, 0, output);
    assert.match(output, /content ok: \d+ posts checked/);
  });
});

describe('npm run check, with a warning repeated in many files', () => {
  // 7 posts with an image without alt text, 5 with a bad date (errors), and one post with one warning each
  // of three other kinds: an empty description, a Hugo shortcode and a table read as text.
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(fixturesDir, 'warnings-grouped'), root, { recursive: true });
  const lines = (output: string, pattern: RegExp) => output.split('\n').filter((line) => pattern.test(line));
  const missingAlt = /no-alt-\d\.md:8:1  warning  the image https:\/\/example\.org\/image-\d\.png has no alt text/;
  // One run of each, for every test: a run takes seconds.
  let grouped: ReturnType<typeof runCheck>;
  let verbose: ReturnType<typeof runCheck>;
  before(() => {
    grouped = runCheck(root);
    verbose = runCheck(root, '--verbose');
  });

  it('prints that kind once: its count and files, its first three in full, then how many more in how many files', () => {
    const { status, output } = grouped;
    assert.equal(status, 1);
    assert.match(output, /^7 warnings in 7 files: the image … has no alt text$/m);
    assert.equal(lines(output, missingAlt).length, 3);
    assert.match(output, /^… and 4 more in 4 files \(npm run check -- --verbose prints every one\)$/m);
  });

  it('prints a kind that occurs once in full, with its place', () => {
    const { output } = grouped;
    assert.match(output, /zh\/blog\/hugo-leftovers\.md:4:1  warning  description is empty/);
    assert.match(output, /zh\/blog\/hugo-leftovers\.md:7:1  warning  "\{\{< youtube >\}\}" is a Hugo shortcode, which is not run here/);
    assert.match(output, /zh\/blog\/hugo-leftovers\.md:10:1  warning  this table is read as text/);
    assert.equal(lines(output, /hugo-leftovers\.md/).length, 3, 'the shortcode in a code span is not reported');
  });

  it('prints every warning with --verbose', () => {
    const { status, output } = verbose;
    assert.equal(status, 1);
    assert.equal(lines(output, missingAlt).length, 7);
    assert.doesNotMatch(output, /… and \d+ more/);
    assert.doesNotMatch(output, /warnings in \d+ files/);
  });

  it('prints every error in full however many there are, and counts errors and warnings alike', () => {
    for (const { output } of [grouped, verbose]) {
      assert.equal(lines(output, /bad-date-\d\.md:3:1  error  date "2024-02-3\d" is not an ISO 8601 date/).length, 5);
      assert.match(output, /^5 errors and 10 warnings in content; fix them and build again\.$/m);
    }
  });
});
