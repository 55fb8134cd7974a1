import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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

  it('fails on every rule, each named with the one import of the fixture that breaks it', () => {
    // The fixture, with a stand-in for next/link where the rule looks for it: in node_modules/ of the folder checked.
    const folder = mkdtempSync(path.join(tmpdir(), 'import-layers-'));
    cpSync(path.resolve('tests/fixtures/import-layers'), folder, { recursive: true });
    mkdirSync(path.join(folder, 'node_modules/next'), { recursive: true });
    writeFileSync(path.join(folder, 'node_modules/next/link.js'), 'export default function Link() {}\n');
    const { status, output } = checkImports(folder, ['lib', 'components']);
    assert.notEqual(status, 0, output);
    const violations = [...output.matchAll(/^ {2}error ([\w-]+): (\S+) →(?: (\S+)| ?)$/gm)].map(([, rule, from, to]) => `${rule}: ${from} → ${to ?? '(cycle)'}`);
    assert.deepEqual(violations.sort(), [
      'islands-import-only-browser-code: components/search-island.ts → lib/site-index/leaf.ts',
      'layer-content: lib/content/to-site-index.ts → lib/site-index/leaf.ts',
      'layer-hubs: lib/hubs/to-content.ts → lib/content/leaf.ts',
      'layer-mdx: lib/mdx/to-hubs.ts → lib/hubs/leaf.ts',
      'layer-model: lib/model/post.ts → lib/mdx/compile.ts',
      'layer-outputs: lib/outputs/to-search.ts → lib/search/leaf.ts',
      'layer-site-index: lib/site-index/to-outputs.ts → lib/outputs/leaf.ts',
      'layer-urls: lib/urls.ts → lib/mdx/leaf.ts',
      'lib-imports-no-callers: lib/model/to-component.ts → components/widget.ts',
      'lib-is-layered: lib/stray/module.ts → lib/model/leaf.ts',
      'no-circular: lib/mdx/compile.ts → (cycle)',
      'no-client-navigation: components/nav.ts → node_modules/next/link.js',
      'search-imports-only-model: lib/search/to-content.ts → lib/content/leaf.ts',
    ]);
    // The cycle, a type import among its steps, in full.
    assert.match(output, /error no-circular: lib\/mdx\/compile\.ts → \n\s+lib\/model\/post\.ts →\n\s+lib\/mdx\/compile\.ts\n/);
    // A rule added to .dependency-cruiser.cjs needs its own failing import here.
    const { forbidden } = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as { forbidden: { name: string }[] };
    assert.deepEqual(violations.map((violation) => violation.split(':')[0]).sort(), forbidden.map((rule) => rule.name).sort());
  });

  it('refuses \'use client\' in app/ and components/, after comments too, and names each file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'client-components-'));
    const files = {
      'components/Counter.tsx': "'use client';\nexport function Counter() { return null; }\n",
      'app/page.tsx': '// A page.\n/* Rendered in the browser. */\n"use client"\nexport default function Page() { return null; }\n',
      'components/Quoted.tsx': "export const text = 'use client';\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), text);
    }
    const { status, output } = checkImports(folder, ['app', 'components']);
    assert.equal(status, 1);
    const refused = [...output.matchAll(/^ {2}error no-client-components: (\S+) says 'use client'/gm)].map(([, file]) => file);
    assert.deepEqual(refused.sort(), [path.join('app', 'page.tsx'), path.join('components', 'Counter.tsx')]);
  });
});
