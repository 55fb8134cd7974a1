import './use-fixture-site';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { mdxComponents } from '@/components/mdx';
import { buildFeeds } from '@/lib/outputs/feeds';
import { postHtml, standaloneHtml } from '@/lib/outputs/post-html';

const site = 'https://weekly.sofastack.example';
const feeds = await buildFeeds('zh', (post) => postHtml(post, mdxComponents('zh')));

function feedAt(url: string): string {
  const feed = feeds.find((candidate) => candidate.url === url);
  assert.ok(feed, `no feed at ${url}; feeds: ${feeds.map((candidate) => candidate.url).join(', ')}`);
  return feed.text;
}

const newestFirst = ['第二期', '实践文章', '第一期', '页面包'];

describe('the site feeds', () => {
  it('RSS 2.0 lists the published posts newest first, with absolute links, dates and categories', () => {
    const rss = parseRssFeed(feedAt('/feed.xml'));
    assert.deepEqual(rss.items?.map((item) => item.title), newestFirst);
    const first = rss.items?.find((item) => item.title === '第一期');
    assert.equal(first?.link, `${site}/blog/first-weekly/`);
    assert.equal(new Date(first?.pubDate ?? '').toISOString(), '2020-07-10T07:00:00.000Z');
    assert.deepEqual(first?.categories?.map((category) => category.name), ['SOFA Weekly', 'SOFA Weekly', '社区活动']);
    assert.equal(rss.atom?.links?.[0]?.href, `${site}/feed.xml`);
  });

  it('Atom and JSON Feed 1.1 carry the same posts with their full HTML', () => {
    const atom = parseAtomFeed(feedAt('/atom.xml'));
    assert.deepEqual(atom.entries?.map((entry) => entry.title?.value), newestFirst);
    const json = parseJsonFeed(feedAt('/feed.json'));
    assert.deepEqual(json.items?.map((item) => item.title), newestFirst);
    const practice = json.items?.find((item) => item.url === `${site}/blog/jraft-practice/`);
    assert.match(practice?.content_html ?? '', /问题/, 'the QA component is rendered');
    assert.match(practice?.content_html ?? '', /之后的一段/, 'the whole post, not only its summary');
    assert.equal(practice?.summary, '回答 摘要之前的一段。');
    assert.equal(practice?.date_published, '2020-07-12T10:00:00+08:00');
    assert.match(feedAt('/feed.json'), /"version": "https:\/\/jsonfeed.org\/version\/1.1"/);
  });

  it('page-bundle images and covers get absolute URLs, without React\'s preload hints or class names', () => {
    const json = parseJsonFeed(feedAt('/feed.json'));
    const html = json.items?.find((item) => item.title === '页面包')?.content_html ?? '';
    assert.match(html, new RegExp(`<img src="${site}/blog/bundle-post/cover.svg" alt="图"`));
    assert.doesNotMatch(html, /<link|class=/);
  });
});

describe('the tag and category feeds', () => {
  it('each tag and category has an RSS feed of its own posts, with their summaries, at Hugo\'s percent-encoded URL', () => {
    const tag = parseRssFeed(feedAt('/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/index.xml'));
    assert.deepEqual(tag.items?.map((item) => item.title), ['第一期', '页面包']);
    assert.equal(tag.link, `${site}/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/`);
    const category = parseRssFeed(feedAt('/categories/sofa-weekly/index.xml'));
    assert.deepEqual(category.items?.map((item) => item.title), ['第二期', '第一期']);
    assert.deepEqual(category.items?.map((item) => item.description), ['第二期的描述', '第一期的第一段。']);
    assert.equal(category.items?.[0]?.content?.encoded, undefined, 'summaries, not whole posts');
  });

  it('a draft\'s tag has no feed: the terms of the published posts have one each, and no other does', () => {
    assert.match(readFileSync('tests/fixtures/site/zh/blog/draft.mdx', 'utf8'), /^tags: .*"草稿标签"/m);
    const termFeeds = feeds.map((feed) => feed.url).filter((url) => /^\/(tags|categories)\//.test(url));
    assert.deepEqual(termFeeds.map(decodeURI).sort(), [
      '/categories/sofa-weekly/index.xml',
      '/categories/技术实践/index.xml',
      '/tags/sofa-weekly/index.xml',
      '/tags/sofajraft/index.xml',
      '/tags/社区活动/index.xml',
    ]);
  });
});

describe('standaloneHtml', () => {
  it('resolves links, images, srcset and fragments against the post\'s URL and keeps other schemes', () => {
    const html = standaloneHtml(
      '<p><a href="/blog/other/">a</a><a href="#part">b</a><a href="mailto:x@example.org">c</a><img src="x.png" srcset="x.png 1x, /y.png 2x" alt=""></p>',
      `${site}/blog/post/`,
    );
    assert.match(html, new RegExp(`href="${site}/blog/other/"`));
    assert.match(html, new RegExp(`href="${site}/blog/post/#part"`));
    assert.match(html, /href="mailto:x@example.org"/);
    assert.match(html, new RegExp(`srcset="${site}/blog/post/x.png 1x, ${site}/y.png 2x"`));
  });

  it('shows an event card as the build saw it, without what the reader\'s clock would reveal', async () => {
    const { EventCard } = await import('@/components/mdx/EventCard');
    const { createElement } = await import('react');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const card = (start: string) => standaloneHtml(renderToStaticMarkup(createElement(EventCard, { lang: 'zh', title: '分享', start, register: 'https://example.org/r' })), `${site}/blog/post/`);
    const past = card('2020-07-30T20:10:00+08:00');
    assert.match(past, /已结束/);
    assert.doesNotMatch(past, /<script|点击这里报名|添加到日历|hidden/);
    const future = card('2999-01-01T20:00:00+08:00');
    assert.doesNotMatch(future, /<script|已结束|hidden/);
    assert.match(future, /点击这里报名/);
    assert.match(future, /添加到日历/);
  });
});
