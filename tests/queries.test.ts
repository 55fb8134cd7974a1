import './use-fixture-site';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPosts } from '@/lib/content/load-posts';
import { collectTerms } from '@/lib/model/terms';
import * as queries from '@/lib/site-index/queries';
import { fixturesDir } from './load-fixture';
const titles = (posts: { title: string }[]) => posts.map((post) => post.title);

describe('the published posts', () => {
  it('are sorted newest first, with drafts and future posts left out', () => {
    assert.deepEqual(titles(queries.getPosts('zh')), ['第二期', '实践文章', '第一期', '页面包']);
  });

  it('leave out Hugo section files (_index.md)', () => {
    assert.match(readFileSync(path.join(fixturesDir, 'site/zh/blog/_index.md'), 'utf8'), /^title: "Hugo section"$/m);
    assert.ok(!titles(queries.getPosts('zh')).includes('Hugo section'));
  });

  it('are found by their URL segments; slug in front matter replaces the file name', () => {
    assert.equal(queries.getPost('zh', 'blog', ['jraft-practice'])?.title, '实践文章');
    assert.equal(queries.getPost('zh', 'blog', ['practice']), undefined);
    assert.equal(queries.getPost('zh', 'blog', ['bundle-post'])?.bundleDir, path.join(fixturesDir, 'site/zh/blog/bundle-post'));
    assert.equal(queries.getPost('zh', 'blog', ['draft']), undefined, 'a draft has no page');
  });

  it('have a summary: the description, else the text before <!--more-->, else the first paragraph', () => {
    assert.equal(queries.getPost('zh', 'blog', ['second-weekly'])?.summary, '第二期的描述');
    assert.equal(queries.getPost('zh', 'blog', ['jraft-practice'])?.summary, '回答 摘要之前的一段。');
    assert.equal(queries.getPost('zh', 'blog', ['first-weekly'])?.summary, '第一期的第一段。');
  });

  it('read dates without an offset in the site time zone', () => {
    assert.equal(queries.getPost('zh', 'blog', ['jraft-practice'])?.date.toISOString(), '2020-07-12T02:00:00.000Z');
  });
});

describe('tags and categories', () => {
  it('count spellings that differ in case and spaces as one tag, shown as most posts spell it', () => {
    const tags = queries.getTerms('zh', 'tags');
    assert.deepEqual(
      tags.map(({ name, segment, count }) => [name, segment, count]),
      [
        ['SOFA Weekly', 'sofa-weekly', 3],
        ['社区活动', '社区活动', 2],
        ['SOFAJRaft', 'sofajraft', 1],
      ],
    );
  });

  it('leave out the tags of drafts', () => {
    assert.match(readFileSync(path.join(fixturesDir, 'site/zh/blog/draft.mdx'), 'utf8'), /^tags: \["草稿标签"\]$/m);
    assert.equal(queries.getTerm('zh', 'tags', '草稿标签'), undefined);
    // Found the same way, a published post's Chinese tag.
    assert.equal(queries.getTerm('zh', 'tags', '社区活动')?.name, '社区活动');
  });

  it('list the posts with a tag, newest first', () => {
    assert.deepEqual(titles(queries.getPostsWithTerm('zh', 'tags', 'sofa-weekly')), ['第二期', '实践文章', '第一期']);
    assert.deepEqual(titles(queries.getPostsWithTerm('zh', 'tags', '社区活动')), ['第一期', '页面包']);
  });

  it('list the posts in a category; a category may be written as a string', () => {
    assert.deepEqual(titles(queries.getPostsWithTerm('zh', 'categories', 'sofa-weekly')), ['第二期', '第一期']);
    assert.deepEqual(titles(queries.getPostsWithTerm('zh', 'categories', '技术实践')), ['实践文章']);
  });

  it('resolve a post\'s own spelling to the shared term', () => {
    const listing = queries.getListing(queries.getPost('zh', 'blog', ['second-weekly'])!);
    assert.deepEqual(listing.tags.map((term) => term.name), ['SOFA Weekly']);
  });

  it('refuse two names that map to one URL segment', () => {
    const { posts } = loadPosts(path.join(fixturesDir, 'term-collision'));
    const { errors } = collectTerms(posts, 'tags');
    const dash = path.relative(process.cwd(), path.join(fixturesDir, 'term-collision/zh/blog/dash.mdx'));
    assert.deepEqual(errors.map((error) => [path.basename(error.file), error.reason]), [
      ['slash.mdx', `tag "a/b" has the same URL /tags/a-b/ as "A-B" (in ${dash}); use one spelling for both`],
    ]);
  });
});

describe('pagination', () => {
  it('cuts a list into pages of the configured size', () => {
    const first = queries.getHomePage('zh', 1)!;
    assert.equal(first.pageCount, 2);
    assert.deepEqual(titles(first.items.map((listing) => listing.post)), ['第二期', '实践文章']);
    assert.deepEqual(titles(queries.getHomePage('zh', 2)!.items.map((listing) => listing.post)), ['第一期', '页面包']);
  });

  it('has no page past the end, nor page 0', () => {
    assert.equal(queries.getHomePage('zh', 3), undefined);
    assert.equal(queries.getHomePage('zh', 0), undefined);
    assert.equal(queries.getHomePage('zh', Number.NaN), undefined);
  });

  it('paginates a tag like the home page', () => {
    const page = queries.getTermPage('zh', 'tags', 'sofa-weekly', 2)!;
    assert.equal(page.term.name, 'SOFA Weekly');
    assert.deepEqual(titles(page.listings.items.map((listing) => listing.post)), ['第一期']);
    assert.equal(queries.getTermPage('zh', 'tags', 'no-such-tag', 1), undefined);
  });

  it('numbers the pages of a list from 1, and an empty list has its first page', () => {
    assert.deepEqual(queries.pageNumbers(5, 2), [1, 2, 3]);
    assert.deepEqual(queries.pageNumbers(0, 2), [1]);
  });

  it('leaves each list\'s /page/1/ redirect to the build script, unless a route would have no page or Next.js serves it in dev', () => {
    const lists = [
      { params: { term: 'a' }, itemCount: 5 },
      { params: { term: 'b' }, itemCount: 1 },
    ];
    const nodeEnv = process.env.NODE_ENV;
    const setNodeEnv = (value: string | undefined) =>
      value === undefined ? Reflect.deleteProperty(process.env, 'NODE_ENV') : Object.assign(process.env, { NODE_ENV: value });
    try {
      setNodeEnv('production');
      assert.deepEqual(queries.pageParams(lists, 2), [
        { term: 'a', page: '2' },
        { term: 'a', page: '3' },
      ]);
      assert.deepEqual(queries.pageParams([lists[1]!], 2), [{ term: 'b', page: '1' }]);
      setNodeEnv('development');
      assert.deepEqual(queries.pageParams(lists, 2).map(({ term, page }) => `${term}/${page}`), ['a/1', 'a/2', 'a/3', 'b/1']);
    } finally {
      setNodeEnv(nodeEnv);
    }
  });
});
