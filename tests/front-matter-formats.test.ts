import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseSource, type ParsedSource } from '@/lib/content/front-matter';
import { loadPosts } from '@/lib/content/load-posts';
import { ContentError } from '@/lib/model/content-error';

const timeZone = 'Asia/Shanghai';
const fixture = (name: string) => path.join('tests/fixtures/front-matter-formats', name);
const parseFixture = (name: string): ParsedSource => parseSource(readFileSync(fixture(name), 'utf8'), fixture(name), timeZone);

/** The ContentError reading this text throws. */
function errorOf(text: string, file = 'post.md'): ContentError {
  try {
    parseSource(text, file, timeZone);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  assert.fail(`${file} was read without an error`);
}

const fixtureError = (name: string) => errorOf(readFileSync(fixture(name), 'utf8'), fixture(name));

describe('front matter is data, never code', () => {
  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'front-matter-')), 'ran');
  const payload = `{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'ran', date: '2020-07-10' }`;
  // gray-matter sent each of these to an engine of its own, JavaScript's through eval.
  const firstLines = ['---js', '---JS', '--- js', '---javascript', '---coffee', '---json', '---toml', '---yaml', '--- yaml'];

  for (const firstLine of firstLines) {
    it(`refuses ${firstLine} at line 1, naming what it found, and runs nothing`, () => {
      const error = errorOf(`${firstLine}\n${payload}\n---\n\n正文\n`);
      assert.equal(`${error.line}:${error.column}`, '1:1');
      assert.equal(
        error.reason,
        `the front matter starts with "${firstLine}"; write --- alone on the first line: the site reads YAML (---), TOML (+++) and JSON ({) front matter, as Hugo does, and nothing else`,
      );
      assert.equal(existsSync(marker), false, `${firstLine} front matter wrote a file`);
    });
  }

  it('refuses an engine name after +++ too', () => {
    assert.match(errorOf(`+++js\n${payload}\n+++\n`).reason, /^the front matter starts with "\+\+\+js"; write \+\+\+ alone/);
  });

  it('reads JavaScript written in JSON-looking front matter as text, never running it', () => {
    const error = errorOf(`${payload}\n\n正文\n`);
    assert.match(error.reason, /^malformed JSON front matter: /);
    assert.equal(existsSync(marker), false);
  });

  it('reads --- followed by spaces as YAML, as Hugo does', () => {
    assert.equal(parseSource('---  \ntitle: 空格\ndate: 2020-07-10\n---\n', 'post.md', timeZone).frontMatter.title, '空格');
  });

  it('refuses a --- or +++ that is never closed, instead of reading the post as front matter', () => {
    assert.equal(fixtureError('toml-unclosed.md').reason, "the front matter's +++ on line 1 is never closed; end the front matter with a line of +++");
    assert.equal(errorOf('---\ntitle: x\n').reason, "the front matter's --- on line 1 is never closed; end the front matter with a line of ---");
    assert.equal(fixtureError('json-unclosed.md').reason, "the JSON front matter's { on line 1 is never closed; end it with the } that matches it");
  });
});

describe('TOML front matter (+++), as Hugo reads it', () => {
  it('reads the keys the site reads, whatever their case and quoting, with their lines', () => {
    const { frontMatter, lineOf, body, warnings } = parseFixture('toml.md');
    assert.equal(frontMatter.title, 'SOFA Weekly | TOML 写的前言');
    assert.equal(frontMatter.date?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.equal(frontMatter.description, '描述');
    assert.deepEqual(frontMatter.categories, ['SOFA Weekly']);
    assert.deepEqual(frontMatter.tags, ['SOFA Weekly', 'SOFAJRaft']);
    assert.equal(frontMatter.isDraft, false);
    assert.deepEqual(frontMatter.aliases, ['/2020/07/10/toml/']);
    assert.equal(frontMatter.author, undefined, 'a key of a [table] is not a key of the post');
    assert.deepEqual([lineOf('title'), lineOf('description'), lineOf('tags'), lineOf('aliases')], [2, 4, 6, 8]);
    assert.equal(body.split('\n').indexOf('正文'), 13, 'the body keeps the lines of the file');
    assert.deepEqual(warnings.map((warning) => `${warning.line} ${warning.reason}`), [
      '10 unknown front matter key "params"; the site reads title, date, lastmod, author, authorlink, description, summary, categories, tags, cover, draft, slug, url, translationKey, aliases',
    ]);
  });

  it('reads a date without an offset in the site time zone, as YAML dates are', () => {
    const { frontMatter } = parseFixture('toml-local-dates.md');
    assert.equal(frontMatter.date?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.equal(frontMatter.lastModified?.toISOString(), '2020-07-10T16:00:00.000Z');
  });

  it('refuses malformed TOML at its line and column in the file', () => {
    const error = fixtureError('toml-malformed.md');
    assert.equal(`${error.line}:${error.column}`, '3:8');
    assert.match(error.reason, /^malformed TOML front matter: /);
  });

  it('refuses a key written twice, at the second', () => {
    const error = fixtureError('toml-duplicate.md');
    assert.equal(error.line, 4);
    assert.match(error.reason, /^malformed TOML front matter: .*already defined/);
  });

  it('validates values as YAML\'s are, at the key\'s line', () => {
    const error = fixtureError('toml-wrong-type.md');
    assert.equal(`${error.line} ${error.reason}`, '4 tags must be a list of names, such as tags: ["SOFA Weekly", "SOFAJRaft"]');
  });

  it('keeps a [__proto__] table a key of its own, not the front matter\'s prototype', () => {
    assert.deepEqual(parseFixture('toml-proto.md').references.map((problem) => problem.reason), ['title is required']);
    assert.equal(({} as Record<string, unknown>).title, undefined);
  });

  it('titles a section from its _index.md in TOML', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    mkdirSync(path.join(root, 'zh', 'activities'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'activities', '_index.md'), '+++\ntitle = "社区活动"\ndescription = "活动回顾"\n+++\n');
    writeFileSync(path.join(root, 'zh', 'activities', 'meetup.md'), '+++\ntitle = "Meetup"\ndate = 2020-07-10\n+++\n\n正文\n');
    try {
      const report = loadPosts(root);
      assert.deepEqual(report.errors.map((error) => error.message), []);
      const section = report.sectionPages.find((page) => page.section === 'activities');
      assert.equal(section?.title, '社区活动');
      assert.deepEqual(report.posts.map((post) => post.title), ['Meetup']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('JSON front matter ({), as Hugo reads it', () => {
  it('reads the object the file starts with, braces in its strings included, and the body after it', () => {
    const { frontMatter, lineOf, body } = parseFixture('json.md');
    assert.equal(frontMatter.title, 'SOFA Weekly | JSON {写的} 前言');
    assert.equal(frontMatter.date?.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.deepEqual(frontMatter.tags, ['SOFA Weekly']);
    assert.deepEqual([lineOf('title'), lineOf('tags')], [2, 4]);
    assert.equal(body.split('\n').indexOf('正文'), 7);
  });

  it('refuses a trailing comma at its line and column', () => {
    const error = fixtureError('json-trailing-comma.md');
    assert.equal(`${error.line}:${error.column} ${error.reason}`, '4:1 malformed JSON front matter: PropertyNameExpected');
  });

  it('refuses a key written twice, at the second', () => {
    const error = fixtureError('json-duplicate.md');
    assert.equal(`${error.line}:${error.column} ${error.reason}`, '4:3 malformed JSON front matter: "title" is written twice; keep one');
  });

  it('keeps a "__proto__" key a key of its own, not the front matter\'s prototype', () => {
    assert.deepEqual(parseFixture('json-proto.md').references.map((problem) => problem.reason), ['title is required']);
  });
});
