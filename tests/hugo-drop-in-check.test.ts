import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

// tests/fixtures/hugo-drop-in is a Hugo content/ folder as it is (sections, /en/, bundles whose cover
// is written /cover.jpg, a wrapped quoted value, a relative alias, a link across sections): its
// problems are a link to a post that was never committed, as on the Hugo site it mirrors, and the
// references of zh/news/ and en/meetups/ that lead nowhere (tests/hugo-references.test.ts lists them).
const fixture = 'tests/fixtures/hugo-drop-in';
const brokenLink = 'zh/blog/seata-roadmap.md:15:1';

/** The environment of a deployer's run: no BROKEN_LINKS unless a test sets it. */
function environment(variables: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...variables };
  if (!('BROKEN_LINKS' in variables)) Reflect.deleteProperty(env, 'BROKEN_LINKS');
  Reflect.deleteProperty(env, 'NODE_ENV');
  return env;
}

function runCheck(variables: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
    env: environment({ CONTENT_DIR: fixture, ...variables }),
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const reported = (severity: 'error' | 'warning') =>
  new RegExp(`^${escaped(`${fixture}/${brokenLink}`)}  ${severity}  links to /blog/never-committed/`, 'm');

describe('npm run check on a Hugo content folder copied as it is', () => {
  it('refuses the link to a post that was never committed and each reference that leads nowhere, with its file, line and column, and exits 1', () => {
    const { status, output } = runCheck();
    assert.equal(status, 1, output);
    assert.match(output, reported('error'));
    assert.match(output, new RegExp(`^${escaped(`${fixture}/zh/news/sofa-channel-name.md:8:4  error  "<SOFA:Channel/>" is read as a link`)}`, 'm'));
    assert.match(output, /^20 errors( and \d+ warnings?)? in content; fix them and build again\.$/m, output);
  });

  it('with BROKEN_LINKS=warning reports the same link as a warning and exits 0', () => {
    const { status, output } = runCheck({ BROKEN_LINKS: 'warning' });
    assert.equal(status, 0, output);
    assert.match(output, reported('warning'));
    assert.doesNotMatch(output, /  error  /);
    assert.match(output, /^content ok: \d+ posts? checked in [\d.]+s, \d+ warnings?$/m, output);
  });
});

describe('npm run build on a Hugo content folder with a broken link', { timeout: 120_000 }, () => {
  it('stops after the content check, before Next.js builds or a bundle file is copied', () => {
    // The build writes public/, .next/ and out/ in its working folder and moves out/ aside while
    // Next.js runs: in a folder of its own it can neither touch the project's export nor race
    // build-command.test.ts, which the test runner runs at the same time.
    const workDir = mkdtempSync(path.join(tmpdir(), 'hugo-drop-in-build-'));
    try {
      symlinkSync(path.resolve('node_modules'), path.join(workDir, 'node_modules'), 'dir');
      const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/build.ts')], {
        cwd: workDir,
        env: environment({ CONTENT_DIR: path.resolve(fixture), BASE_PATH: '', TSX_TSCONFIG_PATH: path.resolve('tsconfig.json') }),
        encoding: 'utf8',
        timeout: 110_000,
      });
      const output = result.stdout + result.stderr;
      assert.notEqual(result.status, 0, output);
      assert.match(output, new RegExp(`${escaped(`hugo-drop-in/${brokenLink}`)}  error  links to /blog/never-committed/`), output);
      for (const made of ['public', '.next', 'out', '.previous-build']) {
        assert.ok(!existsSync(path.join(workDir, made)), `the build went on past the check: it made ${made}/\n${output}`);
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
