import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseSource, type ParsedSource } from '@/lib/content/front-matter';
import { ContentError } from '@/lib/model/content-error';

const timeZone = 'Asia/Shanghai';
const fixture = (name: string) => path.join('tests/fixtures/front-matter', name);

function parseFixture(name: string): ParsedSource {
  return parseSource(readFileSync(fixture(name), 'utf8'), fixture(name), timeZone);
}

/** The ContentError parsing a fixture throws. */
function errorOf(name: string): ContentError {
  try {
    parseFixture(name);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  assert.fail(`${name} was read without an error`);
}

describe('a quoted value whose closing quote wraps to column 0 is read as Hugo reads it', () => {
  it('reads a double-quoted description whose closing quote is alone on the next line', () => {
    const { frontMatter, lineOf, body } = parseFixture('wrapped-double-quote.md');
    assert.equal(frontMatter.title, 'SOFA Weekly | 标题');
    assert.equal(frontMatter.description, 'SOFA Weekly | 每周精选，筛选每周精华问答');
    assert.equal(lineOf('date'), 5);
    assert.equal(body.split('\n').indexOf('正文'), 7, 'the body keeps the lines of the file');
  });

  it('reads a single-quoted value wrapped the same way', () => {
    assert.equal(parseFixture('wrapped-single-quote.md').frontMatter.description, 'SOFA Weekly | 每周精选，筛选每周精华问答');
  });

  it('reads values wrapped over several lines, a blank line among them, and keeps the lines of the keys after them', () => {
    const { frontMatter, lineOf } = parseFixture('wrapped-many-lines.md');
    assert.equal(frontMatter.description, '第一行， 第二行， 第三段');
    assert.equal(frontMatter.summary, '摘要');
    assert.deepEqual(frontMatter.tags, ['SOFA Weekly']);
    assert.equal(lineOf('summary'), 8);
    assert.equal(lineOf('date'), 11);
  });

  it('keeps the date as text read in the site time zone', () => {
    assert.equal(parseFixture('wrapped-double-quote.md').frontMatter.date?.toISOString(), '2020-07-10T07:00:00.000Z');
  });

  it('still refuses a quote that is never closed, at the end of the front matter', () => {
    const error = errorOf('unclosed-quote.md');
    assert.equal(error.file, fixture('unclosed-quote.md'));
    assert.equal(error.line, 4);
    assert.match(error.reason, /^malformed YAML front matter: Missing closing "quote/);
  });

  it('refuses a quote left open before the next key at its own line, not at what it swallowed', () => {
    const error = errorOf('unclosed-quote-before-a-key.md');
    assert.equal(error.line, 3);
    assert.match(error.reason, /^malformed YAML front matter: Missing closing "quote/);
  });

  it('still refuses a duplicate key after a wrapped value, at its line', () => {
    const error = errorOf('wrapped-then-duplicate.md');
    assert.equal(error.line, 5);
    assert.match(error.reason, /Map keys must be unique/);
  });

  it('still refuses an alias bomb after a wrapped value, at its first alias', () => {
    const error = errorOf('wrapped-then-alias-bomb.md');
    assert.equal(error.line, 7);
    assert.match(error.reason, /front matter uses too many YAML aliases/);
  });
});

describe('a required key missing beside a misspelling of it', () => {
  // A missing title or date is a reference problem: check reports it as an error, or as a warning
  // under brokenLinks 'warning' (tests/hugo-references.test.ts), with the post built all the same.
  const missingOf = (name: string) => parseFixture(name).references.map((problem) => `${problem.line} ${problem.reason}`);

  it('says date is required and suggests date: at the line of dat:', () => {
    assert.deepEqual(missingOf('misspelt-date.md'), ['4 date is required; did you mean date: instead of dat:?']);
  });

  it('says title is required and suggests title: at the line of titel:', () => {
    assert.deepEqual(missingOf('misspelt-title.md'), ['2 title is required; did you mean title: instead of titel:?']);
  });

  it('suggests nothing for an unknown key far from the missing one', () => {
    assert.deepEqual(missingOf('missing-date-far-key.md'), ['1 date is required']);
  });

  it('dates a post without date: from publishDate, pubdate, published or lastmod, as Hugo does, and warns of none of them', () => {
    for (const key of ['publishDate', 'pubdate', 'published', 'lastmod']) {
      const { frontMatter, references, warnings } = parseSource(`---\ntitle: 标题\n${key}: 2020-07-10T15:00:00+08:00\n---\n`, 'zh/blog/post.md', timeZone);
      assert.equal(frontMatter.date?.toISOString(), '2020-07-10T07:00:00.000Z', key);
      assert.deepEqual([references, warnings], [[], []], key);
    }
  });

  it('builds a post without title or date titled by its file name and dated 1970-01-01, each a problem to report', () => {
    const { frontMatter, references } = parseSource('---\nauthor: 某人\n---\n', 'zh/blog/sofa-weekly-20181207/index.md', timeZone);
    assert.equal(frontMatter.title, 'sofa-weekly-20181207');
    assert.equal(frontMatter.date?.getTime(), 0);
    assert.deepEqual(references.map((problem) => `${problem.kind}: ${problem.outcome}`), [
      'missing-title: the post is titled "sofa-weekly-20181207" from its file name (Hugo publishes it untitled)',
      'missing-date: the post has no date: it is dated 1970-01-01, after every dated post',
    ]);
  });
});

describe('front matter keys are read whatever their case, as Hugo reads them', () => {
  const parse = (text: string) => parseSource(text, 'zh/blog/post.md', timeZone);

  it('reads Title, Date, Tags, Categories and translationkey as the keys the site knows, at their lines', () => {
    const { frontMatter, lineOf, warnings } = parse('---\nTitle: "大写键"\nDate: 2019-05-01\nTags: ["SOFARPC"]\nCategories: "SOFA Weekly"\ntranslationkey: "rpc"\n---\n\n正文。\n');
    assert.equal(frontMatter.title, '大写键');
    assert.equal(frontMatter.date?.toISOString(), '2019-04-30T16:00:00.000Z');
    assert.deepEqual(frontMatter.tags, ['SOFARPC']);
    assert.deepEqual(frontMatter.categories, ['SOFA Weekly']);
    assert.equal(frontMatter.translationKey, 'rpc');
    assert.equal(lineOf('tags'), 4);
    assert.deepEqual(warnings, []);
  });

  it('refuses a key written twice in two cases, at the second', () => {
    assert.throws(() => parse('---\ntitle: "一"\ndate: 2019-05-01\nTitle: "二"\n---\n'), (error: ContentError) =>
      error.line === 4 && /title is written twice, as title: and Title:/.test(error.reason));
  });
});

describe('Hugo\'s lastmod: when a post last changed', () => {
  const parse = (text: string) => parseSource(text, 'zh/blog/post.md', timeZone);

  it('is read in the site\'s time zone, and a date that is not one is an error at its line', () => {
    assert.equal(parse('---\ntitle: "一"\ndate: 2019-05-01\nlastmod: 2019-06-01 10:00\n---\n').frontMatter.lastModified?.toISOString(), '2019-06-01T02:00:00.000Z');
    assert.equal(parse('---\ntitle: "一"\ndate: 2019-05-01\n---\n').frontMatter.lastModified, undefined);
    assert.throws(() => parse('---\ntitle: "一"\ndate: 2019-05-01\nlastmod: yesterday\n---\n'), (error: ContentError) =>
      error.line === 4 && /lastmod "yesterday" is not an ISO 8601 date/.test(error.reason));
  });
});
