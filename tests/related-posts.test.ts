// A preview build (INCLUDE_DRAFTS=1) lists drafts: the post page must still never link one.
import path from 'node:path';
process.env.CONTENT_DIR = path.resolve('tests/fixtures/related-posts');
process.env.INCLUDE_DRAFTS = '1';

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
const { getPost } = await import('@/lib/site-index/queries');
const { getAdjacentPosts, getRelatedPosts } = await import('@/lib/site-index/related-posts');

const post = (slug: string) => {
  const found = getPost('zh', 'blog', [slug]);
  assert.ok(found, `fixture post ${slug}`);
  return found;
};
const slugs = (posts: { slug: string[] }[]) => posts.map((found) => found.slug.join('/'));

describe('previous and next posts', () => {
  it('are the older and the newer post by date, skipping a draft between them', () => {
    const { previous, next } = getAdjacentPosts(post('subject'));
    assert.equal(previous?.slug.join('/'), 'two-shared');
    assert.equal(next?.slug.join('/'), 'none-shared');
  });

  it('stop at the newest and the oldest post', () => {
    assert.equal(getAdjacentPosts(post('one-shared-newest')).next, undefined);
    assert.equal(getAdjacentPosts(post('one-shared-ancient')).previous, undefined);
  });
});

describe('related posts', () => {
  it('rank by shared tags, then newest first, at most five, leaving out the post itself, drafts and posts sharing no tag', () => {
    assert.deepEqual(slugs(getRelatedPosts(post('subject'))), [
      'two-shared',
      'one-shared-newest',
      'one-shared-new',
      'one-shared-old',
      'one-shared-oldest',
    ]);
  });

  it('count tags that differ only in case as shared', () => {
    assert.ok(slugs(getRelatedPosts(post('one-shared-newest'))).includes('subject'));
  });

  it('count only the tags two posts have in common, and keep the best when the limit is smaller', () => {
    assert.deepEqual(slugs(getRelatedPosts(post('none-shared'))), ['one-shared-newest']);
    assert.deepEqual(slugs(getRelatedPosts(post('one-shared-ancient'), 1)), ['one-shared-new']);
  });
});
