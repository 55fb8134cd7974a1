import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '@/lib/content/check-content';
import { contentSite } from './content-site';
import { loadFixtureFile, onlyErrorOf } from './load-fixture';

const post = (title: string, extra = '') => `---\ntitle: "${title}"\ndate: 2020-07-10T15:00:00+08:00\n${extra}---\n\n正文。\n`;
const problems = (list: { file: string; line: number; reason: string }[]) => list.map((problem) => `${path.basename(problem.file)}:${problem.line} ${problem.reason}`);

describe('one post cannot flood the export', () => {
  it('refuses more than 50 aliases, at the aliases: line', () => {
    const error = onlyErrorOf('too-many/51-aliases.md');
    assert.equal(`${error.line}:${error.column} ${error.reason}`,
      '4:1 51 aliases, over the limit of 50 a post: each is a file of the export, and hosts limit files; keep the old paths readers still use');
  });

  it('accepts 50 aliases', () => {
    const { posts, errors } = loadFixtureFile('too-many/50-aliases.md');
    assert.deepEqual(errors, []);
    assert.equal(posts[0]!.aliases.length, 50);
  });

  it('refuses more than 30 tags and categories together, at the tags: line', () => {
    const error = onlyErrorOf('too-many/31-terms.md');
    assert.equal(`${error.line}:${error.column} ${error.reason}`,
      '5:1 31 tags and categories, over the limit of 30 a post: each adds pages and feeds to the export; keep the ones readers look for');
  });

  it('accepts 30 tags and categories', () => {
    const { posts, errors } = loadFixtureFile('too-many/30-terms.md');
    assert.deepEqual(errors, []);
    assert.equal(posts[0]!.tags.length + posts[0]!.categories.length, 30);
  });
});

describe('two posts of one language cannot share a translationKey', () => {
  it('refuses the second, naming the first and its line', () => {
    const { errors } = checkContent(contentSite({
      'zh/blog/a.md': post('甲', 'translationKey: "weekly-0710"\n'),
      'zh/blog/b.md': post('乙', 'translationKey: "weekly-0710"\n'),
      'en/blog/a.md': post('A', 'translationKey: "weekly-0710"\n'),
    }));
    assert.equal(errors.length, 1);
    assert.equal(`${path.basename(errors[0]!.file)}:${errors[0]!.line}`, 'b.md:4');
    assert.match(errors[0]!.reason,
      /^translationKey "weekly-0710" is also the key of \S*zh\/blog\/a\.md:4, in the same language: the language switcher can link only one post of a language; give each post its own translationKey$/);
  });

  it('refuses a key that another post of the language has as its path, at the key that was written', () => {
    const { errors } = checkContent(contentSite({
      'zh/blog/a.md': post('甲'),
      'zh/blog/b.md': post('乙', 'translationKey: "/blog/a"\n'),
    }));
    assert.equal(errors.length, 1);
    assert.equal(path.basename(errors[0]!.file), 'b.md');
    assert.equal(errors[0]!.line, 4);
    assert.match(errors[0]!.reason, /^translationKey "\/blog\/a" is also the key of \S*zh\/blog\/a\.md \(its path\), in the same language/);
  });

  it('pairs posts of two languages by one key, as before', () => {
    const { errors } = checkContent(contentSite({
      'zh/blog/a.md': post('甲', 'translationKey: "k"\n'),
      'en/blog/b.md': post('B', 'translationKey: "k"\n'),
    }));
    assert.deepEqual(errors, []);
  });
});

describe('a post cannot take the name of a file a page writes in its folder', () => {
  const reason = (url: string, name: string) =>
    `its URL ${url} would need a folder named ${name}, a file the export writes in every page's folder; rename the file or folder, or set another slug:`;

  for (const name of ['index.html', 'index.txt', 'INDEX.HTML', '__next._tree.txt']) {
    it(`refuses slug: ${name} at its line`, () => {
      const { errors } = checkContent(contentSite({ 'zh/blog/a.md': post('甲', `slug: "${name}"\n`) }));
      const segment = name.toLowerCase();
      assert.deepEqual(problems(errors), [`a.md:4 ${reason(`/blog/${segment}/`, segment)}`]);
    });
  }

  it('refuses a file or folder so named', () => {
    const { errors } = checkContent(contentSite({
      'zh/blog/index.txt.md': post('甲'),
      'zh/blog/index.html/b.md': post('乙'),
    }));
    assert.deepEqual(problems(errors).sort(), [
      `b.md:0 ${reason('/blog/index.html/b/', 'index.html')}`,
      `index.txt.md:0 ${reason('/blog/index.txt/', 'index.txt')}`,
    ]);
  });

  it('refuses a url: that runs through one', () => {
    const { errors } = checkContent(contentSite({ 'zh/blog/a.md': post('甲', 'url: /blog/index.html/x/\n') }));
    assert.deepEqual(problems(errors), [`a.md:4 ${reason('/blog/index.html/x/', 'index.html')}`]);
  });

  it('keeps names that only look alike', () => {
    const { errors } = checkContent(contentSite({ 'zh/blog/index-html.md': post('甲'), 'zh/blog/a.md': post('乙', 'slug: "index.htm"\n') }));
    assert.deepEqual(errors, []);
  });
});
