import './use-fixture-site';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PostJsonLd } from '@/components/PostJsonLd';
import { getListing, getPost } from '@/lib/site-index/queries';

describe('a post\'s JSON-LD', () => {
  it('cannot be ended early by a title containing </script>, and still reads as the same data', () => {
    const listing = getListing(getPost('zh', 'blog', ['bundle-post'])!);
    const post = { ...listing.post, title: '标题 </script><script>alert(1)</script>' };
    const html = renderToStaticMarkup(createElement(PostJsonLd, { listing: { ...listing, post } }));
    assert.equal(html.match(/<\/script>/g)?.length, 1, 'only the closing tag of the JSON-LD script itself');
    const json = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/s.exec(html)![1]!);
    assert.equal(json.headline, post.title);
    assert.equal(json.image, 'https://weekly.sofastack.example/blog/bundle-post/cover.svg', 'the cover, made absolute');
    assert.deepEqual(json.keywords, ['社区活动']);
    assert.equal(json.datePublished, '2020-07-01T12:00:00+08:00');
  });

  it('says when the post last changed: its lastmod, or else its date', async () => {
    const { postJsonLd } = await import('@/lib/outputs/post-json-ld');
    const { sitemapEntries } = await import('@/lib/outputs/sitemap');
    const listing = getListing(getPost('zh', 'blog', ['bundle-post'])!);
    assert.equal(postJsonLd(listing).dateModified, '2020-08-01T12:00:00+08:00');
    assert.equal(postJsonLd({ ...listing, post: { ...listing.post, lastModified: undefined } }).dateModified, '2020-07-01T12:00:00+08:00');
    const entry = sitemapEntries('zh').find((candidate) => candidate.url.endsWith('/blog/bundle-post/'));
    assert.equal(entry?.lastModified && new Date(entry.lastModified).toISOString(), '2020-08-01T04:00:00.000Z');
  });
});
