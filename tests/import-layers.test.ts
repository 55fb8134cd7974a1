import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

// dependency-cruiser with the project's rules (.dependency-cruiser.cjs), as `npm run check:imports` runs it.
function checkImports(cwd: string, folders: string[] = []) {
  const result = spawnSync(process.execPath, [path.resolve('scripts/check-imports.mjs'), ...folders], { cwd, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('imports point one way', () => {
  it('finds no import cycle and no import against the layers of lib/ in the site', () => {
    const { status, output } = checkImports(process.cwd());
    assert.equal(status, 0, output);
    assert.match(output, /no dependency violations found \((\d{3,}) modules/);
  });

  it('fails on a cycle made of a type import, and on the model importing the compiler', () => {
    const { status, output } = checkImports(path.resolve('tests/fixtures/import-layers'), ['lib']);
    assert.notEqual(status, 0, output);
    assert.match(output, /error no-circular: lib\/mdx\/compile\.ts/);
    assert.match(output, /error layer-model: lib\/model\/post\.ts → lib\/mdx\/compile\.ts/);
  });
});
