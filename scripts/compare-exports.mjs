// node scripts/compare-exports.mjs BEFORE AFTER: every file of two exports, byte for byte, with <script>
// bodies and /_next/static/ URLs stripped from HTML and Next.js's navigation files (_next/, *.txt of Next.js) left out.
// Used to show that a refactor changed nothing a reader or a crawler gets.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
const [a, b] = process.argv.slice(2);
// Next.js's navigation files (isNavigationFile in lib/urls.ts), for exports made before the build pruned them.
const skip = (rel) => rel.startsWith('_next/') || /(^|\/)(index|__next\..+)\.txt$/.test(rel);
function files(root, dir = '') {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? files(root, rel) : skip(rel) ? [] : [rel];
  });
}
const normalize = (rel, buf) => {
  if (!rel.endsWith('.html')) return buf;
  return Buffer.from(buf.toString('utf8')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, (m, attrs) => `<script${attrs.replace(/\/_next\/static\/[^"' ]*/g, '/_next/static/X')}></script>`)
    .replace(/\/_next\/static\/[^"' )]*/g, '/_next/static/X'));
};
const fa = new Set(files(a)), fb = new Set(files(b));
let diffs = 0;
for (const f of [...fa].filter((f) => !fb.has(f))) { console.log(`only in before: ${f}`); diffs++; }
for (const f of [...fb].filter((f) => !fa.has(f))) { console.log(`only in after: ${f}`); diffs++; }
for (const f of [...fa].filter((f) => fb.has(f))) {
  if (!normalize(f, readFileSync(path.join(a, f))).equals(normalize(f, readFileSync(path.join(b, f))))) { console.log(`differs: ${f}`); diffs++; }
}
console.log(`${fa.size} files before, ${fb.size} after, ${diffs} differences`);
process.exitCode = diffs ? 1 : 0;
