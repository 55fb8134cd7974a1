import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { checkContent } from '@/lib/content/check-content';
import { loadPosts } from '@/lib/content/load-posts';
import { fixturesDir, loadFixtureFile, onlyErrorOf } from './load-fixture';

/** Asserts that a fixture fails with one error at this line and column, whose message matches. */
function assertFails(fixture: string, line: number, column: number | null, message: RegExp) {
  const error = onlyErrorOf(`invalid/${fixture}.mdx`);
  assert.match(error.file, new RegExp(`${fixture}\\.mdx$`));
  assert.equal(error.line, line, `line of: ${error.message}`);
  if (column !== null) assert.equal(error.column, column, `column of: ${error.message}`);
  assert.match(error.reason, message);
  const location = line === 0 ? '' : `:${line}(:\\d+)?`;
  assert.match(error.message, new RegExp(`${fixture}\\.mdx${location}  error  `));
}

describe('front matter mistakes stop the post with the file, the line and the field', () => {
  it('rejects a post without a title', () => assertFails('missing-title', 1, 1, /title is required/));
  it('rejects a post without a date', () => assertFails('missing-date', 1, 1, /date is required/));
  it('rejects a date that does not parse, on its line', () =>
    assertFails('bad-date', 4, 1, /date "2020-07-3" is not an ISO 8601 date; write it like 2020-07-10T15:00:00\+08:00/));
  it('rejects a date that does not exist', () => assertFails('impossible-date', 3, 1, /date "2020-02-30" is not an ISO 8601 date/));
  it('rejects tags written as one string', () => assertFails('tags-not-list', 4, 1, /tags must be a list of names/));
  it('rejects tags that are not strings', () => assertFails('tags-not-strings', 4, 1, /tags must be a list of names/));
  it('rejects malformed YAML where the parser stops', () => {
    const error = onlyErrorOf('invalid/malformed-yaml.mdx');
    assert.match(error.message, /malformed-yaml\.mdx:3:\d+  error  malformed YAML front matter: Missing closing "quote/);
  });
  it('rejects a file without front matter', () => assertFails('no-front-matter', 1, 1, /no front matter; start the file with a --- line/));
  it('rejects front matter that names another engine (---js), without running it', () => assertFails('js-front-matter', 1, 1, /^the front matter starts with "---js"; write --- alone on the first line/));
  it('rejects an empty file', () => assertFails('empty', 0, 0, /the file is empty/));
  it('rejects a file that is not UTF-8', () => assertFails('not-utf8', 0, 0, /not UTF-8/));
});

describe('MDX mistakes are errors, never silently dropped text', () => {
  it('rejects a JavaScript expression, at its line in the file (front matter counted)', () =>
    assertFails('js-expression', 8, 5, /JavaScript expressions are not allowed.*\{new Date\(\)\.getFullYear\(\)\}/));
  it('rejects import and export', () => assertFails('import-export', 6, 1, /import and export are not allowed/));
  it('rejects a prop written as JavaScript and says to write a string', () =>
    assertFails('js-prop', 6, null, /ReleaseNote: prop thanks=\{\["zongtanghu"\]\} is written as JavaScript.*write it as a string: thanks="…"/));
  it('rejects an unknown component and lists the known ones', () =>
    assertFails('unknown-component', 8, 1, /unknown component <Chart>; posts can use <QA>, <ReleaseNote>, <EventCard>/));
  it('rejects a component without a required prop', () => assertFails('missing-prop', 6, 1, /QA: question is required/));
  it('rejects an event time that is not an ISO 8601 date', () =>
    assertFails('bad-event-date', 6, 1, /EventCard: start "2020-07-3" is not an ISO 8601 date with an offset/));
  it('rejects a javascript: URL in a component prop', () => assertFails('javascript-url', 6, 1, /ReleaseNote: url "javascript:alert\(1\)" must be an http\(s\) URL/));
  it('rejects a javascript: URL in a Markdown link', () => assertFails('javascript-link', 6, 1, /the URL "javascript:alert\(1\)" is not allowed/));
  it('rejects a <script> element', () => assertFails('script-tag', 6, 1, /<script> is not among the HTML elements a post may use/));
  it('rejects an event handler attribute', () => assertFails('event-handler', 6, null, /event handler onerror is not allowed/));
  it('reports an MDX syntax error at its line in the file', () =>
    assertFails('syntax-error', 9, 1, /^MDX syntax error: Expected a closing tag for `<QA>`/));
});

describe('files that are accepted', () => {
  it('reads a byte-order mark and CRLF line endings exactly as plain LF', () => {
    const plain = loadFixtureFile('line-endings/lf.mdx');
    const windows = loadFixtureFile('line-endings/bom-crlf.mdx');
    assert.deepEqual(windows.errors, []);
    const strip = ({ file: _file, translationKey: _key, ...post }: (typeof plain.posts)[number]) => ({ ...post, slug: undefined });
    assert.deepEqual(strip(windows.posts[0]!), strip(plain.posts[0]!));
    assert.equal(windows.posts[0]!.title, '测试文章');
  });
});

describe('mistakes across posts', () => {
  it('rejects two posts with one URL, naming both files', () => {
    const { errors } = checkContent(path.join(fixturesDir, 'duplicate-slug'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /weekly\.mdx.*same URL \/blog\/weekly\/ as .*other\.mdx/);
  });
});

describe('images, embeds and aliases', () => {
  it('rejects a relative image in a single-file post and says to make it a bundle', () =>
    assertFails('relative-image', 6, 1, /the image diagram\.png is relative, but this post is a single file; make it a page bundle/));
  it('rejects an iframe from a host that is not allowed, at its src', () => assertFails('iframe', 6, 9, /<iframe> from "https:\/\/evil\.example\/embed" is not allowed; embeds must be https from player\.bilibili\.com/));
  it('rejects an alias that climbs out of the site with ..', () => assertFails('bad-alias', 4, 1, /alias "\.\.\/\.\.\/old-url\/" must not climb out of a folder with \.\./));
  it('reads a relative alias from the post\'s parent path, as Hugo does', () => {
    const { posts, errors } = loadFixtureFile('relative-alias.mdx');
    assert.deepEqual(errors, []);
    assert.deepEqual(posts[0]!.aliases, ['/blog/posts/2018-12-06-01', '/2018/12/06/old/']);
  });

  it('rejects local images and covers that do not exist', () => {
    const { errors } = loadPosts(path.join(fixturesDir, 'missing-image'));
    assert.deepEqual(
      errors.map((error) => [error.line, error.reason.replace(/ \(looked for .*\)$/, '')]),
      [
        [4, 'the image missing-cover.png does not exist'],
        [7, 'the image ./nope.png does not exist'],
        [9, 'the image /images/no-such-banner.png does not exist'],
      ],
    );
  });

  it('rejects an alias that is another post\'s URL, on the line of aliases:', () => {
    const { errors } = checkContent(path.join(fixturesDir, 'alias-clash'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /new\.mdx:4:1  error  alias "\/blog\/old\/" is already the URL of .*old\.mdx/);
  });
});

describe('internal links must lead to a page or file of the site', () => {
  it('reports links to missing posts, tags, files and drafts, and accepts the rest', () => {
    const { errors } = checkContent(path.join(fixturesDir, 'broken-links'));
    assert.deepEqual(
      errors.map((error) => `${error.line}:${error.column} ${error.reason}`),
      [
        '9:3 links to /blog/nope/, which is not a page or file of this site; check the post\'s slug, or the tag or category name',
        '11:3 links to /tags/no-such-tag/, which is not a page or file of this site; check the post\'s slug, or the tag or category name',
        '12:3 links to /blog/draft/, which is a draft (tests/fixtures/broken-links/zh/blog/draft.mdx) and will not be on the site',
        '13:46 links to /favicon-that-is-not-there.ico, which is not a page or file of this site; check the post\'s slug, or the tag or category name',
      ],
    );
  });
});

describe('what is suspicious but safe is a warning, not an error', () => {
  it('warns of an unknown key with the likely one, an empty description, an image without alt text, a future date and a stray file', () => {
    const { posts, errors, warnings } = checkContent(path.join(fixturesDir, 'warnings'));
    assert.deepEqual(errors, []);
    assert.equal(posts.length, 1);
    assert.deepEqual(
      warnings.map((warning) => `${path.basename(warning.file)}:${warning.line} ${warning.reason}`),
      [
        'notes.txt:0 ignored: only .mdx and .md files are posts (images belong in a page bundle, beside index.mdx)',
        'post.mdx:4 unknown front matter key "descripton"; did you mean description?',
        'post.mdx:5 description is empty; lists will show the first paragraph instead',
        'post.mdx:8 the image https://example.org/a.png has no alt text; describe it for readers who cannot see it: ![what it shows](https://example.org/a.png)',
        'post.mdx:3 the date is in the future: the post stays out of the export until a build after that date',
      ],
    );
  });
});
