import './use-fixture-site';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSections, getTerms } from '@/lib/site-index/queries';
import { firstPageRedirects, redirectPageHtml } from '@/lib/outputs/redirect-page';
import { exportFileOf } from '@/lib/urls';

const communityEvents = '/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/';

describe('redirect pages', () => {
  it("send each paginated list's /page/1/ to the list: the home page, every section, tag and category", () => {
    const redirects = firstPageRedirects('zh');
    assert.deepEqual(redirects[0], { from: '/page/1/', to: '/' });
    assert.ok(redirects.some(({ from, to }) => from === `${communityEvents}page/1/` && to === communityEvents));
    assert.ok(redirects.some(({ from, to }) => from === '/blog/page/1/' && to === '/blog/'));
    assert.equal(redirects.length, 1 + getSections('zh').length + getTerms('zh', 'tags').length + getTerms('zh', 'categories').length);
  });

  it('are written where a static host looks for the URL: segments decoded, in NFC', () => {
    assert.equal(exportFileOf('out', `${communityEvents}page/1/`), 'out/tags/社区活动/page/1/index.html');
    assert.equal(exportFileOf('out', '/tags/cafe\u0301/page/1/'), 'out/tags/café/page/1/index.html');
  });

  it('refresh to the target, name it canonical, stay out of search indexes and escape what they show', () => {
    const html = redirectPageHtml('zh', communityEvents, '<社区活动> & "more"');
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, new RegExp(`<meta http-equiv="refresh" content="0; url=${communityEvents}">`));
    assert.match(html, new RegExp(`<link rel="canonical" href="https://weekly.sofastack.example${communityEvents}">`));
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, /<title>&#60;社区活动&#62; &#38; &#34;more&#34;<\/title>/);
    assert.doesNotMatch(html, /<社区活动>/);
  });
});
