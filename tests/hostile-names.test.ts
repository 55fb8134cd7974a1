import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '@/lib/content/check-content';
import { maxSegmentBytes, utf8Bytes } from '@/lib/model/names';
import { aliasExportFile, siteOwnPathAt } from '@/lib/urls';
import { fixturesDir } from './load-fixture';

const hostileDir = path.join(fixturesDir, 'hostile-names');

function freshContentDir(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hostile-names-'));
  mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
  return root;
}

/** Checks one fixture file as the only post of a fresh content folder, as `npm run check` does. */
function checkFixture(relativePath: string) {
  const root = freshContentDir();
  copyFileSync(path.join(hostileDir, relativePath), path.join(root, 'zh', 'blog', path.basename(relativePath)));
  return checkContent(root);
}

/** Checks one post written here (for names too long to commit as fixtures) as the only post. */
function checkPost(frontMatter: string, fileName = 'post.mdx') {
  const root = freshContentDir();
  writeFileSync(path.join(root, 'zh', 'blog', fileName), `---\ntitle: 长名字\ndate: 2020-07-10\n${frontMatter}\n---\n\n正文。\n`);
  return checkContent(root);
}

/** The one error of a check, asserted to name the file and the line. */
function onlyError(report: ReturnType<typeof checkContent>, file: string, line: number) {
  assert.equal(report.errors.length, 1, report.errors.map((error) => error.message).join('\n'));
  const error = report.errors[0]!;
  assert.equal(path.basename(error.file), file);
  assert.equal(error.line, line, error.message);
  return error;
}

const fixtureNames = (folder: string) => readdirSync(path.join(hostileDir, folder)).filter((name) => name.endsWith('.mdx')).sort();

describe('an alias onto a page or file the site writes itself is refused by check, with the file and the aliases: line', () => {
  const expected: Record<string, RegExp> = {
    'feed-xml': /would need as a folder \/feed\.xml, a file the site writes itself/,
    'feed-xml-upper-case': /would need as a folder \/feed\.xml/,
    'feed-xml-percent-encoded': /\/feed\.xml/,
    'feed-xml-double-slash': /\/feed\.xml/,
    'feed-xml-dot-segment': /\/feed\.xml/,
    'feed-xml-index-html': /\/feed\.xml/,
    'atom-xml-folder': /\/atom\.xml/,
    'json-feed': /\/feed\.json/,
    'tag-feed': /is under \/tags\//,
    'tag-page': /is under \/tags\//,
    'category-list': /is under \/categories\//,
    'release-feed': /is under \/releases\//,
    'pagefind-script': /is under \/pagefind\//,
    'pagefind-folder': /is under \/pagefind\//,
    calendar: /is under \/events\//,
    'event-calendar': /is under \/events\//,
    'questions-hub': /is under \/qa\//,
    archives: /is under \/archives\//,
    'search-page': /is under \/search\//,
    sitemap: /\/sitemap\.xml, a file the site writes itself/,
    robots: /\/robots\.txt/,
    'first-page': /is under \/page\//,
    'later-page-encoded': /is under \/page\//,
    home: /would overwrite \/index\.html/,
    'home-index-html': /would overwrite \/index\.html/,
    'tags-index': /is under \/tags\//,
    'next-script': /is under \/_next\//,
    'not-found-page': /would overwrite \/404\.html/,
    icon: /\/icon\.svg/,
    favicon: /\/favicon\.ico/,
    'page-data': /\/2020\/old\/index\.txt/,
    'public-file': /public\/og-image\.png, a file the site publishes from public\//,
    'public-file-html': /public\/og-image\.png/,
    'en-home': /would overwrite \/en\/index\.html/,
    'en-tag-page': /is under \/en\/tags\//,
    'en-search-page': /is under \/en\/search\//,
    'hugo-feed': /would need as a folder \/index\.xml, a file the site writes itself/,
    'en-hugo-feed': /would need as a folder \/en\/index\.xml/,
    'section-list': /is already the list of the section \/blog\//,
    'section-hugo-feed': /would need \/blog\/index\.xml, the list of the section \/blog\/, as a folder/,
    'section-later-page': /is under \/blog\/page\/, where the list of the section \/blog\/ has its later pages/,
    'not-found-placeholder': /is under \/_none\//,
  };
  for (const fixture of fixtureNames('aliases').filter((name) => !name.startsWith('alias-'))) {
    const name = path.basename(fixture, '.mdx');
    it(`refuses the alias of aliases/${fixture}`, () => {
      const error = onlyError(checkFixture(`aliases/${fixture}`), fixture, 4);
      assert.equal(error.column, 1);
      assert.ok(expected[name], `no expectation for ${fixture}`);
      assert.match(error.reason, expected[name]!);
      assert.match(error.reason, /remove it from aliases:/);
    });
  }
});

describe('an alias that is no path of the export is refused by front matter, with its line', () => {
  const expected: Record<string, RegExp> = {
    'alias-newline': /alias "\/old\\u\{a\}url\/" contains the control character U\+000A/,
    'alias-tab': /control character U\+0009/,
    'alias-encoded-bell': /control character U\+0007/,
    'alias-encoded-c1': /control character U\+0085/,
    'alias-bad-percent': /has a % that does not start a percent-encoded UTF-8 character.*%25/,
    'alias-backslash': /must not hold \?, # or \\/,
    'alias-encoded-backslash': /must not hold \?, # or \\/,
    'alias-encoded-question-mark': /must not hold \?, # or \\/,
    'alias-dot-dot': /must not climb out of a folder with \.\./,
    'alias-encoded-dot-dot': /must not climb out of a folder with \.\./,
  };
  for (const fixture of fixtureNames('aliases').filter((name) => name.startsWith('alias-'))) {
    const name = path.basename(fixture, '.mdx');
    it(`refuses aliases/${fixture}`, () => {
      const error = onlyError(checkFixture(`aliases/${fixture}`), fixture, 4);
      assert.ok(expected[name], `no expectation for ${fixture}`);
      assert.match(error.reason, expected[name]!);
    });
  }
});

describe('an alias onto another post\'s page, alias or bundle file is refused, whatever its letter case', () => {
  const checkSite = (site: string) => checkContent(path.join(hostileDir, 'sites', site));
  it('refuses an alias that another post has already, in other letters and with index.html', () => {
    const error = onlyError(checkSite('alias-onto-alias-case'), 'b.mdx', 4);
    assert.match(error.reason, /alias "\/2019\/OLD\/index\.html" is already an alias of .*a\.mdx/);
  });
  it('refuses a folder where another alias is a file', () => {
    const error = onlyError(checkSite('alias-file-then-folder'), 'b.mdx', 4);
    assert.match(error.reason, /would need \/old\.html, an alias of .*a\.mdx, as a folder/);
  });
  it('refuses an alias onto a post\'s URL written in capitals', () => {
    const error = onlyError(checkSite('alias-onto-post-case'), 'new.mdx', 4);
    assert.match(error.reason, /is already the URL of .*old\.mdx/);
  });
  it('refuses an alias onto a file of a page bundle', () => {
    const error = onlyError(checkSite('alias-into-bundle'), 'other.mdx', 4);
    assert.match(error.reason, /bundle[/\\]diagram\.png, a file of the page bundle of .*index\.mdx/);
  });
  it('accepts the old paths a site moved from Hugo has: dates, /blog/, /posts/, .html files, percent-encoded Chinese', () => {
    const report = checkSite('accepted-aliases');
    assert.deepEqual(report.errors.map((error) => error.message), []);
    assert.equal(report.posts.length, 2);
  });
});

describe('an alias is read as a browser and a static host read it', () => {
  const fileOf = (alias: string) => {
    const target = aliasExportFile(alias);
    assert.ok('file' in target, `${alias}: ${JSON.stringify(target)}`);
    return target.file;
  };
  it('decodes percent-encoding once, in NFC, and drops // runs and ./ segments', () => {
    assert.equal(fileOf('/%E4%B8%AD%E6%96%87/'), '/中文/index.html');
    assert.equal(fileOf('/%2566eed.xml'), '/%66eed.xml/index.html');
    assert.equal(fileOf('/cafe\u0301/'), '/café/index.html');
    assert.equal(fileOf('//a/.//b/./'), '/a/b/index.html');
  });
  it('writes a page ending in .html as that file, and any other path as a folder with index.html', () => {
    assert.equal(fileOf('/old.html'), '/old.html');
    assert.equal(fileOf('/old.html/'), '/old.html/index.html');
    assert.equal(fileOf('/old/index.html'), '/old/index.html');
    assert.equal(fileOf('/old'), '/old/index.html');
  });
  it('keeps the paths a Hugo site has free of the site\'s own', () => {
    for (const alias of ['/2020/07/10/old-url/', '/blog/old-slug/', '/posts/x/', '/old.html', '/tags.html', '/feeds/', '/page.html']) {
      assert.equal(siteOwnPathAt(fileOf(alias)), undefined, alias);
    }
  });
});

describe('control characters in a tag, a category or a slug are refused with the line', () => {
  const expected: Record<string, RegExp> = {
    'tag-bell': /tag "SOFA\\u\{7\}Weekly" contains the control character U\+0007; remove it/,
    'tag-newline': /tag .* contains the control character U\+000A/,
    'tag-escape': /control character U\+001B/,
    'category-delete': /category .* contains the control character U\+007F/,
    'category-c1': /category .* contains the control character U\+0085/,
    'slug-tab': /slug .* contains the control character U\+0009/,
    'slug-nul': /slug .* contains the control character U\+0000/,
  };
  for (const fixture of fixtureNames('names')) {
    it(`refuses names/${fixture}`, () => {
      const error = onlyError(checkFixture(`names/${fixture}`), fixture, 4);
      assert.match(error.reason, expected[path.basename(fixture, '.mdx')]!);
    });
  }
});

describe(`a URL segment of more than ${maxSegmentBytes} UTF-8 bytes is refused with the limit and its size`, () => {
  const atLimit = 'a'.repeat(maxSegmentBytes);
  const overLimit = 'a'.repeat(maxSegmentBytes + 1);
  // 66 Chinese characters are 198 bytes.
  const chineseAtLimit = `${'标'.repeat(66)}ab`;
  const chineseOverLimit = `${'标'.repeat(66)}abc`;
  it('builds names exactly at the limit and one byte over', () => {
    assert.equal(utf8Bytes(atLimit), 200);
    assert.equal(utf8Bytes(chineseAtLimit), 200);
    assert.equal(utf8Bytes(overLimit), 201);
    assert.equal(utf8Bytes(chineseOverLimit), 201);
  });
  const tooLong = /makes a URL segment of 201 bytes, over the limit of 200 \(UTF-8 bytes/;
  for (const [key, field] of [['tags', 'tag'], ['categories', 'category']] as const) {
    it(`accepts a ${field} at the limit, in ASCII and in Chinese`, () => {
      const report = checkPost(`${key}: ["${atLimit}", "${chineseAtLimit}"]`);
      assert.deepEqual(report.errors, []);
      assert.equal(report.posts.length, 1);
    });
    it(`refuses a ${field} one byte over the limit, in ASCII and in Chinese`, () => {
      for (const name of [overLimit, chineseOverLimit]) {
        const error = onlyError(checkPost(`${key}: ["${name}"]`), 'post.mdx', 4);
        assert.match(error.reason, new RegExp(`^${field} ".*…" ${tooLong.source}`));
      }
    });
  }
  it('refuses a 90-character Chinese tag, which Next.js could not write (270 bytes)', () => {
    const error = onlyError(checkPost(`tags: ["${'标'.repeat(90)}"]`), 'post.mdx', 4);
    assert.match(error.reason, /of 270 bytes, over the limit of 200/);
  });
  it('measures the segment, not the name: what urlize drops does not count', () => {
    assert.deepEqual(checkPost(`tags: ["${atLimit}!!!!!"]`).errors, []);
  });
  it('accepts a slug at the limit and refuses one a byte over', () => {
    assert.deepEqual(checkPost(`slug: ${chineseAtLimit}`).errors, []);
    const error = onlyError(checkPost(`slug: ${chineseOverLimit}`), 'post.mdx', 4);
    assert.match(error.reason, new RegExp(`^slug ".*" ${tooLong.source}`));
  });
  it('accepts an alias segment at the limit and refuses one a byte over, percent-encoded or not', () => {
    assert.deepEqual(checkPost(`aliases: ["/${chineseAtLimit}/"]`).errors, []);
    assert.deepEqual(checkPost(`aliases: ["/${encodeURIComponent(chineseAtLimit)}/"]`).errors, []);
    for (const alias of [`/old/${overLimit}/`, `/${encodeURIComponent(chineseOverLimit)}/`]) {
      const error = onlyError(checkPost(`aliases: ["${alias}"]`), 'post.mdx', 4);
      assert.match(error.reason, /^alias ".*" has a segment ".*" of 201 bytes, over the limit of 200 \(UTF-8 bytes/);
    }
  });
  it('accepts a file name at the limit and refuses one a byte over, saying to rename it or set slug:', () => {
    assert.deepEqual(checkPost('tags: [a]', `${chineseAtLimit}.mdx`).errors, []);
    const error = onlyError(checkPost('tags: [a]', `${chineseOverLimit}.mdx`), `${chineseOverLimit}.mdx`, 0);
    assert.match(error.reason, new RegExp(`file or folder name ".*" ${tooLong.source}.*set a shorter slug:`));
    assert.deepEqual(checkPost(`slug: short`, `${chineseOverLimit}.mdx`).errors, []);
  });
  it('refuses a folder name a byte over the limit, which slug: cannot replace', () => {
    const root = freshContentDir();
    mkdirSync(path.join(root, 'zh', 'blog', overLimit));
    writeFileSync(path.join(root, 'zh', 'blog', overLimit, 'post.mdx'), '---\ntitle: 长\ndate: 2020-07-10\nslug: short\n---\n\n正文。\n');
    const error = onlyError(checkContent(root), 'post.mdx', 0);
    assert.match(error.reason, tooLong);
  });
  it('refuses a release note\'s project a byte over the limit, as its hub page is a folder', () => {
    const root = freshContentDir();
    writeFileSync(
      path.join(root, 'zh', 'blog', 'release.mdx'),
      `---\ntitle: 发布\ndate: 2020-07-10\n---\n\n<ReleaseNote project="${overLimit}" version="1.0.0">\n- 修复\n</ReleaseNote>\n`,
    );
    const error = onlyError(checkContent(root), 'release.mdx', 6);
    assert.match(error.reason, new RegExp(`ReleaseNote: project ".*" ${tooLong.source}`));
  });
});

describe('a hub project with no letters or digits, which would link to /releases//, is refused', () => {
  it('refuses a ReleaseNote project of punctuation and says what to write', () => {
    for (const fixture of ['release-note-without-letters.mdx', 'release-note-punctuation-only.mdx']) {
      const error = onlyError(checkFixture(`components/${fixture}`), fixture, 6);
      assert.match(error.reason, /^ReleaseNote: project ".*" has no letters or digits to make the URL of its page \(\/releases\/<project>\/\) from; write the project's name, such as project="SOFARPC"$/);
    }
  });
  it('refuses a QA project of punctuation and says it may be left out', () => {
    const error = onlyError(checkFixture('components/qa-project-without-letters.mdx'), 'qa-project-without-letters.mdx', 6);
    assert.match(error.reason, /^QA: project "\/\/\/ " has no letters or digits .*\/qa\/<project>\/.*or leave project out to file the question under the post's tags$/);
  });
});

describe('npm run check', () => {
  it('refuses every hostile name before Next.js runs, as file:line:column, and exits 1', () => {
    const root = freshContentDir();
    for (const folder of ['aliases', 'names', 'components']) cpSync(path.join(hostileDir, folder), path.join(root, 'zh', 'blog'), { recursive: true });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    assert.equal(result.status, 1, output);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    for (const alias of ['/', '/tags/', '/page/1/', '/pagefind/pagefind.js', '/feed.xml']) {
      assert.match(output, new RegExp(`\\.mdx:4:1  error  alias "${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" `));
    }
    const fixtureCount = ['aliases', 'names', 'components'].reduce((count, folder) => count + fixtureNames(folder).length, 0);
    assert.match(output, new RegExp(`^${fixtureCount} errors in content`, 'm'));
  });
});
