import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '@/lib/content/check-content';
import { fixturesDir } from './load-fixture';

const { posts, errors, warnings } = checkContent(path.join(fixturesDir, 'hugo-site'));
const bySlug = new Map(posts.map((post) => [post.slug.join('/'), post]));

describe('a Hugo blog copied over as it is', () => {
  it('loads with no errors or warnings', () => {
    assert.deepEqual(errors.map((error) => error.message), []);
    assert.deepEqual(warnings.map((warning) => warning.message), []);
  });

  it('keeps nested folders in the URL, as Hugo does', () => {
    const post = bySlug.get('sofa-weekly/20220923');
    assert.equal(post?.title, 'SOFA Weekly | 2022-09-23');
    assert.equal(post?.format, 'md');
    assert.equal(post?.bundleDir, path.join(fixturesDir, 'hugo-site/zh/blog/sofa-weekly/20220923'));
  });

  it('reads Hugo front matter: a category as a string, a quoted date, a summary, an alias as a string', () => {
    const post = bySlug.get('sofa-weekly/20220923')!;
    assert.deepEqual(post.categories, ['SOFA Weekly']);
    assert.equal(post.date.toISOString(), '2022-09-23T07:00:00.000Z');
    assert.equal(post.summary, '手写的摘要');
    assert.deepEqual(post.aliases, ['/blog/sofa-weekly-20220923/']);
  });

  it('treats a bundle\'s other Markdown files as resources and _index.md as a section, not as posts', () => {
    assert.deepEqual([...bySlug.keys()].sort(), ['new-name', 'release-notes-v1.0-发布', 'sofa-weekly/20220923'].sort());
  });

  it('turns file names with spaces, brackets, commas and full-width punctuation into slugs by the urlize rule', () => {
    assert.equal(bySlug.get('release-notes-v1.0-发布')?.title, '发布说明');
  });

  it('lets slug: replace the last segment of the path (a bundle folder named/ becomes new-name)', () => {
    assert.equal(bySlug.get('new-name')?.title, '改了名字的文章');
  });

  it('ends the summary at <!--more-->', () => {
    assert.equal(bySlug.get('release-notes-v1.0-发布')?.summary, '第一段。');
  });
});
