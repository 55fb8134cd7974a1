import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixturesDir } from './load-fixture';

function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run check', () => {
  it('reports every bad post as file:line:column  error  message, then a count, and exits 1', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    cpSync(path.join(fixturesDir, 'invalid'), path.join(root, 'zh', 'blog'), { recursive: true });
    const { status, output } = runCheck(root);
    assert.equal(status, 1);
    assert.match(output, /zh\/bad-date\.mdx:4:1  error  date "2020-07-3" is not an ISO 8601 date/);
    assert.match(output, /zh\/bad-event-date\.mdx:6:1  error  EventCard: start "2020-07-3" is not an ISO 8601 date/);
    assert.match(output, /zh\/unknown-component\.mdx:8:1  error  unknown component <Chart>/);
    assert.match(output, /^25 errors( and \d+ warnings?)? in content; fix them and build again\.$/m);
  });

  it('passes the site\'s own content', () => {
    const { status, output } = runCheck(path.resolve('content'));
    assert.equal(status, 0, output);
    assert.match(output, /content ok: \d+ posts checked/);
  });
});
