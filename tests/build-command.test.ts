import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixturesDir } from './load-fixture';

// `npm run build` writes out/ in the project, as a deployer runs it: a developer's own out/ is kept
// aside while these builds run (in the project, so that renaming never crosses file systems) and put
// back afterwards.
const keptExport = path.join('.e2e', 'kept-export');

function runBuild(contentDir: string, variables: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '', CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1', ...variables };
  // The test runner's NODE_ENV=test is not what a deployer's build has.
  Reflect.deleteProperty(env, 'NODE_ENV');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

const pageOf = (slug: string) => path.join('out', 'blog', slug, 'index.html');

describe('npm run build over an earlier export', { timeout: 300_000 }, () => {
  const content = mkdtempSync(path.join(tmpdir(), 'content-'));

  before(() => {
    mkdirSync('.e2e', { recursive: true });
    rmSync(keptExport, { recursive: true, force: true });
    if (existsSync('out')) renameSync('out', keptExport);
    cpSync(path.join(fixturesDir, 'related-posts'), content, { recursive: true });
  });

  after(() => {
    rmSync('out', { recursive: true, force: true });
    if (existsSync(keptExport)) renameSync(keptExport, 'out');
  });

  it('replaces the export: a deleted post leaves no page behind', () => {
    const first = runBuild(content);
    assert.equal(first.status, 0, first.output);
    assert.ok(existsSync(pageOf('none-shared')));

    rmSync(path.join(content, 'zh', 'blog', 'none-shared.mdx'));
    const second = runBuild(content);
    assert.equal(second.status, 0, second.output);
    assert.ok(existsSync(pageOf('two-shared')));
    assert.ok(!existsSync(pageOf('none-shared')), 'the deleted post still has a page in out/');
    assert.ok(!existsSync('.previous-build'), 'the earlier build was not removed');
  });

  it('keeps the earlier export when Next.js fails after the content check', () => {
    assert.ok(existsSync(pageOf('two-shared')));
    // The content check accepts this base path; next.config.js refuses it.
    const failed = runBuild(content, { BASE_PATH: 'weekly' });
    assert.notEqual(failed.status, 0);
    assert.match(failed.output, /BASE_PATH must start with "\/"/);
    assert.ok(existsSync(pageOf('two-shared')), 'the earlier export is gone after a failed build');
    assert.ok(!existsSync('.previous-build'));
  });

  it('refuses a bundle file that is a symbolic link, and publishes nothing of what it points at', () => {
    const token = randomBytes(16).toString('hex');
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'secret-')), 'secret.txt');
    writeFileSync(secret, `${token}\n`);
    const bundle = path.join(content, 'zh', 'blog', 'leaky');
    mkdirSync(bundle);
    writeFileSync(path.join(bundle, 'index.mdx'), '---\ntitle: 链接\ndate: 2020-07-10\n---\n\n![图](pic.png)\n');
    symlinkSync(secret, path.join(bundle, 'pic.png'));
    try {
      const failed = runBuild(content);
      assert.notEqual(failed.status, 0);
      assert.match(failed.output, /zh\/blog\/leaky\/pic\.png.*symbolic link/);
      const files = (folder: string): string[] =>
        readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
      for (const file of [...files('out'), ...(existsSync('public') ? files('public') : [])]) {
        assert.ok(!readFileSync(file).includes(token), `${file} holds the file behind the link`);
      }
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
  });

  it('puts back the export a stopped build had set aside', () => {
    // Where a build stopped while Next.js ran (Ctrl-C) leaves the previous export.
    mkdirSync('.previous-build');
    renameSync('out', path.join('.previous-build', 'out'));
    const failed = runBuild(content, { BASE_PATH: 'weekly' });
    assert.notEqual(failed.status, 0);
    assert.ok(existsSync(pageOf('two-shared')), 'the export set aside by the stopped build is lost');
    assert.ok(!existsSync('.previous-build'));
  });
});
