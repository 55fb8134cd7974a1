import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isNavigationFile, noJekyllFile } from '../lib/urls';

// What a deployer uploads: out/ as `npm run build` leaves it, read from disk.
const outDir = 'out';
const publicDir = 'public';

/** Every file in a folder, as paths from it with / between segments. */
const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

test("the export holds none of Next.js's navigation files, except a file of public/ that has the name", () => {
  const publicFiles = new Set(filesOf(publicDir));
  const exported = filesOf(outDir);
  expect(exported).toContain('index.html');
  expect(exported.filter((file) => isNavigationFile(path.posix.basename(file)) && !publicFiles.has(file))).toEqual([]);
});

test('every file of public/ is in the export, byte for byte', () => {
  const publicFiles = filesOf(publicDir);
  expect(publicFiles).toContain('og-image.png');
  for (const file of publicFiles) {
    const exported = path.join(outDir, file);
    expect(existsSync(exported), `${file} of public/ is missing from out/`).toBe(true);
    expect(readFileSync(exported).equals(readFileSync(path.join(publicDir, file))), `${file} differs from public/`).toBe(true);
  }
});

test('the export tells GitHub Pages not to run Jekyll, which would drop _next/', () => {
  expect(readFileSync(path.join(outDir, noJekyllFile), 'utf8')).toBe('');
});

test('a language with nothing to show is not published: this Chinese-only site has no en/ folder, and /en/ is not found', async ({ request }) => {
  expect(existsSync(path.join('content', 'en')), 'this site has English content now; pick a language it has none of').toBe(false);
  expect(existsSync(path.join(outDir, 'en'))).toBe(false);
  expect((await request.get('/en/')).status()).toBe(404);
  expect((await request.get('/en/feed.xml')).status()).toBe(404);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/en/');
});
