import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

// Each refusal as the check words it, with the alias as written and the path it hits, so that a test
// pins which refusal fired (the alias alone is quoted in every one of them).
const needsAsFolder = (alias: string, file: string) => `alias "${alias}" would need as a folder ${file}, a file the site writes itself`;
const overwrites = (alias: string, file: string) => `alias "${alias}" would overwrite ${file}, a file the site writes itself`;
const isUnder = (alias: string, folder: string) => `alias "${alias}" is under ${folder}, which the site fills with its own pages and files`;
const overwritesPublic = (alias: string) => `alias "${alias}" would overwrite, or need as a folder, public/og-image.png, a file the site publishes from public/`;
const controlCharacter = (what: string, code: string) => `${what} contains the control character U+${code}; remove it`;
const notPath = 'must not hold ?, # or \\, even percent-encoded: a browser reads \\ as /, and ? and # end the path';

describe('an alias onto a page or file the site writes itself is refused by check, with the file and the aliases: line', () => {
  const expected: Record<string, string> = {
    'feed-xml': needsAsFolder('/feed.xml', '/feed.xml'),
    'feed-xml-upper-case': needsAsFolder('/FEED.XML', '/feed.xml'),
    'feed-xml-percent-encoded': needsAsFolder('/%66eed.xml', '/feed.xml'),
    'feed-xml-double-slash': needsAsFolder('//feed.xml', '/feed.xml'),
    'feed-xml-dot-segment': needsAsFolder('/./feed.xml', '/feed.xml'),
    'feed-xml-index-html': needsAsFolder('/feed.xml/index.html', '/feed.xml'),
    'atom-xml-folder': needsAsFolder('/atom.xml/', '/atom.xml'),
    'json-feed': needsAsFolder('/feed.json', '/feed.json'),
    'tag-feed': isUnder('/tags/x/feed.xml', '/tags/'),
    'tag-page': isUnder('/Tags/x/page/2/', '/tags/'),
    'category-list': isUnder('/categories/', '/categories/'),
    'release-feed': isUnder('/releases/sofarpc/feed.xml', '/releases/'),
    'pagefind-script': isUnder('/pagefind/pagefind.js', '/pagefind/'),
    'pagefind-folder': isUnder('/pagefind/', '/pagefind/'),
    calendar: isUnder('/events/calendar.ics', '/events/'),
    'event-calendar': isUnder('/events/20200730-0123456789.ics', '/events/'),
    'questions-hub': isUnder('/qa/sofarpc/', '/qa/'),
    archives: isUnder('/archives/', '/archives/'),
    'search-page': isUnder('/search/', '/search/'),
    sitemap: needsAsFolder('/sitemap.xml', '/sitemap.xml'),
    robots: needsAsFolder('/robots.txt', '/robots.txt'),
    'first-page': isUnder('/page/1/', '/page/'),
    'later-page-encoded': isUnder('/%70age/3/', '/page/'),
    home: overwrites('/', '/index.html'),
    'home-index-html': overwrites('/index.html', '/index.html'),
    'tags-index': isUnder('/tags/', '/tags/'),
    'next-script': isUnder('/_next/static/x.js', '/_next/'),
    'not-found-page': overwrites('/404.html', '/404.html'),
    icon: needsAsFolder('/icon.svg', '/icon.svg'),
    favicon: needsAsFolder('/favicon.ico', '/favicon.ico'),
    'page-data': needsAsFolder('/2020/old/index.txt', '/2020/old/index.txt'),
    'public-file': overwritesPublic('/og-image.png'),
    'public-file-html': overwritesPublic('/og-image.png/index.html'),
    'en-home': overwrites('/en/', '/en/index.html'),
    'en-tag-page': isUnder('/en/tags/x/', '/en/tags/'),
    'en-search-page': isUnder('/en/search/', '/en/search/'),
    'hugo-feed': needsAsFolder('/index.xml', '/index.xml'),
    'en-hugo-feed': needsAsFolder('/en/index.xml', '/en/index.xml'),
    'section-list': 'alias "/blog/" is already the list of the section /blog/',
    'section-hugo-feed': 'alias "/blog/index.xml" would need /blog/index.xml, the list of the section /blog/, as a folder',
    'section-later-page': 'alias "/blog/page/2/" is under /blog/page/, where the list of the section /blog/ has its later pages',
    'not-found-placeholder': isUnder('/_none/x/', '/_none/'),
  };
  for (const fixture of fixtureNames('aliases').filter((name) => !name.startsWith('alias-'))) {
    const name = path.basename(fixture, '.mdx');
    it(`refuses the alias of aliases/${fixture}`, () => {
      const error = onlyError(checkFixture(`aliases/${fixture}`), fixture, 4);
      assert.equal(error.column, 1);
      assert.ok(expected[name], `no expectation for ${fixture}`);
      assert.equal(error.reason, `${expected[name]}; remove it from aliases: or give an old path of this post`);
    });
  }
});

describe('an alias that is no path of the export is refused by front matter, with its line', () => {
  const expected: Record<string, string> = {
    'alias-newline': controlCharacter('alias "/old\\u{a}url/"', '000A'),
    'alias-tab': controlCharacter('alias "/old\\u{9}url/"', '0009'),
    'alias-encoded-bell': controlCharacter('alias "/old%07url/"', '0007'),
    'alias-encoded-c1': controlCharacter('alias "/old%C2%85url/"', '0085'),
    'alias-bad-percent': 'alias "/100%/" has a % that does not start a percent-encoded UTF-8 character (such as %20); write a % itself as %25',
    'alias-backslash': `alias "/tags\\x\\" ${notPath}`,
    'alias-encoded-backslash': `alias "/tags%5Cx/" ${notPath}`,
    'alias-encoded-question-mark': `alias "/old%3Furl/" ${notPath}`,
    'alias-dot-dot': 'alias "/2020/../feed.xml" must not climb out of a folder with ..',
    'alias-encoded-dot-dot': 'alias "/2020/%2e%2e/feed.xml" must not climb out of a folder with ..',
  };
  for (const fixture of fixtureNames('aliases').filter((name) => name.startsWith('alias-'))) {
    const name = path.basename(fixture, '.mdx');
    it(`refuses aliases/${fixture}`, () => {
      const error = onlyError(checkFixture(`aliases/${fixture}`), fixture, 4);
      assert.ok(expected[name], `no expectation for ${fixture}`);
      assert.equal(error.reason, expected[name]);
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
  const expected: Record<string, string> = {
    'tag-bell': controlCharacter('tag "SOFA\\u{7}Weekly"', '0007'),
    'tag-newline': controlCharacter('tag "SOFA\\u{a}Weekly"', '000A'),
    'tag-escape': controlCharacter('tag "SOFA\\u{1b}Weekly"', '001B'),
    'category-delete': controlCharacter('category "SOFA\\u{7f}Weekly"', '007F'),
    'category-c1': controlCharacter('category "SOFA\\u{85}Weekly"', '0085'),
    'slug-tab': controlCharacter('slug "old\\u{9}url"', '0009'),
    'slug-nul': controlCharacter('slug "old\\u{0}url"', '0000'),
  };
  for (const fixture of fixtureNames('names')) {
    it(`refuses names/${fixture}`, () => {
      const error = onlyError(checkFixture(`names/${fixture}`), fixture, 4);
      assert.equal(error.reason, expected[path.basename(fixture, '.mdx')]);
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

describe('npm run check and npm run build', () => {
  const hostileContent = () => {
    const root = freshContentDir();
    for (const folder of ['aliases', 'names', 'components']) cpSync(path.join(hostileDir, folder), path.join(root, 'zh', 'blog'), { recursive: true });
    return root;
  };
  const fixtureCount = ['aliases', 'names', 'components'].reduce((count, folder) => count + fixtureNames(folder).length, 0);

  it('check refuses every hostile name as file:line:column, and exits 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: hostileContent() },
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    assert.equal(result.status, 1, output);
    assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
    for (const alias of ['/', '/tags/', '/page/1/', '/pagefind/pagefind.js', '/feed.xml']) {
      assert.match(output, new RegExp(`\\.mdx:4:1  error  alias "${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" `));
    }
    assert.match(output, new RegExp(`^${fixtureCount} errors in content`, 'm'));
  });

  it('build stops at that check, before Next.js runs: no process of Next.js starts, and nothing is written', () => {
    // In a folder of its own, as tests/hugo-drop-in-check.test.ts runs it: a build that went on could
    // neither touch the project's export nor race build-command.test.ts. Every Node.js process the
    // build starts writes its arguments to a file; the build's own is the first.
    const workDir = mkdtempSync(path.join(tmpdir(), 'hostile-build-'));
    try {
      symlinkSync(path.resolve('node_modules'), path.join(workDir, 'node_modules'), 'dir');
      // The public/ file an alias of the fixtures would overwrite.
      mkdirSync(path.join(workDir, 'public'));
      copyFileSync('public/og-image.png', path.join(workDir, 'public/og-image.png'));
      const recorder = path.join(workDir, 'record.cjs');
      const record = path.join(workDir, 'processes.txt');
      writeFileSync(recorder, `require('node:fs').appendFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(1)) + '\\n');\n`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        CONTENT_DIR: hostileContent(),
        BASE_PATH: '',
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: `--require ${recorder}`,
        TSX_TSCONFIG_PATH: path.resolve('tsconfig.json'),
      };
      Reflect.deleteProperty(env, 'NODE_ENV');
      const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('scripts/build.ts')], { cwd: workDir, env, encoding: 'utf8', timeout: 110_000 });
      const output = result.stdout + result.stderr;
      const processes = readFileSync(record, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as string[]).join(' '));
      assert.equal(processes[0], path.resolve('scripts/build.ts'));
      assert.deepEqual(processes.filter((command) => /next/i.test(command)), []);
      for (const made of ['.next', 'out', '.previous-build']) assert.ok(!existsSync(path.join(workDir, made)), `the build made ${made}/\n${output}`);
      assert.deepEqual(readdirSync(path.join(workDir, 'public')), ['og-image.png'], 'the build copied into public/');
      assert.equal(result.status, 1, output);
      assert.doesNotMatch(output, /\n\s+at /, 'no stack trace');
      assert.match(output, new RegExp(`^${fixtureCount} errors in content; fix them and build again\\.$`, 'm'));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });
});
