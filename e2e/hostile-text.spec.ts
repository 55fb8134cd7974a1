import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// The export of tests/fixtures/hostile-site, whose post control-characters.md hides NUL, ESC, a
// backspace, U+FFFE and a C1 control in its text: the check warns and leaves them out, so no page,
// feed, calendar or search fragment of the export carries one.
const exportDir = '.e2e/hostile';
const textFile = /\.(html|xml|json|ics|txt|webmanifest)$/;
const unsafe = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}|\p{Noncharacter_Code_Point}/u;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(file) : [file];
  });
}

/** Each file of the export that holds text from posts, with that text: Pagefind's fragments unzipped. */
function textsOfExport(): [file: string, text: string][] {
  return filesUnder(exportDir).flatMap((file): [string, string][] => {
    if (file.includes(`${path.sep}_next${path.sep}`)) return [];
    if (file.endsWith('.pf_fragment')) return [[file, gunzipSync(readFileSync(file)).toString('utf8')]];
    return textFile.test(file) ? [[file, readFileSync(file, 'utf8')]] : [];
  });
}

test('no page, feed, calendar or search fragment of the export holds a control character or a noncharacter', () => {
  const texts = textsOfExport();
  const kinds = new Set(texts.map(([file]) => path.extname(file)));
  for (const kind of ['.html', '.xml', '.json', '.ics', '.pf_fragment']) expect(kinds, `the export has ${kind} files to read`).toContain(kind);
  const post = texts.find(([file]) => file.endsWith(path.join('blog', 'control-characters', 'index.html')));
  expect(post?.[1], 'the post with control characters is published, its text kept').toContain('第一段藏着 NUL，[31m和 ESC，还有一个非字符，以及 C1。');
  const found = texts.flatMap(([file, text]) => {
    const match = unsafe.exec(text);
    return match ? [`${file}: U+${match[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${match.index}`] : [];
  });
  expect(found).toEqual([]);
});
