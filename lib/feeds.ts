// The site's feeds: RSS 2.0, Atom and JSON Feed 1.1 of the newest posts, and an RSS feed for each
// tag and category. Written by `npm run build` (scripts/write-feeds.ts), as the posts' full HTML
// can only be rendered outside Next.js (see lib/post-html.ts).
import { Feed, type Item } from 'feed';
import { siteConfig, type Language } from '@/site.config';
import { formatIsoInZone } from './content/dates';
import { termKinds, type Post, type Term } from './content/post';
import { getListing, getPosts, getPostsWithTerm, getTerms } from './content/queries';
import { labelsFor } from './labels';
import { absoluteUrl, feedUrl, homeUrl, postUrl, termFeedUrl, termUrl, type FeedFormat } from './urls';

/** How many of the newest posts a feed carries. */
export const feedSize = 20;

/** A feed to write: the URL it is served at (base path included, percent-encoded) and its text. */
export interface FeedFile {
  url: string;
  text: string;
}

/** Renders a post's body as HTML with absolute URLs. */
export type PostHtml = (post: Post) => Promise<string>;

/** A post as every feed format carries it; `html` is the whole post, left out of tag and category feeds. */
interface FeedEntry {
  post: Post;
  url: string;
  html?: string;
  terms: Term[];
}

/** What one feed is about: its title, the page it mirrors, its posts and the URLs of its formats. */
interface Channel {
  lang: Language;
  title: string;
  pageUrl: string;
  entries: FeedEntry[];
  feedUrls: Partial<Record<FeedFormat, string>>;
}

function feedOf(channel: Channel, format: 'rss' | 'atom'): Feed {
  const feed = new Feed({
    id: channel.pageUrl,
    title: channel.title,
    description: siteConfig.description,
    link: channel.pageUrl,
    language: siteConfig.languages[channel.lang].htmlLang,
    // The newest post's date, not the build's: a rebuild without new posts writes the same feed.
    updated: channel.entries[0]?.post.date ?? new Date(0),
    generator: siteConfig.title,
    feedLinks: channel.feedUrls,
    author: { name: siteConfig.title, link: absoluteUrl(homeUrl(channel.lang)) },
  });
  for (const entry of channel.entries) feed.addItem(itemOf(entry, format));
  return feed;
}

function itemOf({ post, url, html, terms }: FeedEntry, format: 'rss' | 'atom'): Item {
  const item: Item = {
    title: post.title,
    link: url,
    date: post.date,
    published: post.date,
    description: post.summary,
    ...(html !== undefined && { content: html }),
    category: terms.map((term) => ({ name: term.name, term: term.name, domain: absoluteUrl(termUrl(term, post.lang)), scheme: absoluteUrl(termUrl(term, post.lang)) })),
  };
  if (!post.author) return item;
  // RSS 2.0's <author> must be an e-mail address; feeds name a person with Dublin Core's dc:creator.
  if (format === 'rss') item.extensions = [{ name: 'dc:creator', objects: { _cdata: post.author } }];
  else item.author = [{ name: post.author, ...(post.authorlink && { link: post.authorlink }) }];
  return item;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the feed package writes version 1.0, without `authors` and `language`. */
function jsonFeedOf(channel: Channel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    description: siteConfig.description,
    language: siteConfig.languages[channel.lang].htmlLang,
    authors: [{ name: siteConfig.title, url: absoluteUrl(homeUrl(channel.lang)) }],
    items: channel.entries.map(({ post, url, html, terms }) => ({
      id: url,
      url,
      title: post.title,
      ...(html !== undefined ? { content_html: html } : { content_text: post.summary }),
      summary: post.summary,
      date_published: formatIsoInZone(post.date, siteConfig.timeZone),
      ...(post.author && { authors: [{ name: post.author, ...(post.authorlink && { url: post.authorlink }) }] }),
      tags: [...new Set(terms.map((term) => term.name))],
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The newest posts of a feed; with `postHtml`, each with its whole HTML. */
async function entriesOf(posts: Post[], postHtml?: PostHtml): Promise<FeedEntry[]> {
  return Promise.all(
    posts.slice(0, feedSize).map(async (post) => {
      const { categories, tags } = getListing(post);
      const html = postHtml && (await postHtml(post));
      return { post, url: absoluteUrl(postUrl(post)), html, terms: [...categories, ...tags] };
    }),
  );
}

function termTitle(term: Term, lang: Language): string {
  const labels = labelsFor(lang);
  const name = term.kind === 'tags' ? labels.postsWithTag(term.name) : labels.postsInCategory(term.name);
  return `${name} | ${siteConfig.title}`;
}

/**
 * Every feed of a language: /feed.xml, /atom.xml and /feed.json with the whole of the 20 newest
 * posts, and /<tags|categories>/<term>/feed.xml with their summaries, as Hugo's feeds have them.
 * With whole posts in tag feeds, nearly every post is among some tag's newest 20 and would be
 * compiled a second time after `next build` (973 of the benchmark's 1000 posts, 200 tags).
 */
export async function buildFeeds(lang: Language, postHtml: PostHtml): Promise<FeedFile[]> {

  const feedUrls = { rss: feedUrl('rss', lang), atom: feedUrl('atom', lang), json: feedUrl('json', lang) };
  const site: Channel = {
    lang,
    title: siteConfig.title,
    pageUrl: absoluteUrl(homeUrl(lang)),
    entries: await entriesOf(getPosts(lang), postHtml),
    feedUrls: { rss: absoluteUrl(feedUrls.rss), atom: absoluteUrl(feedUrls.atom), json: absoluteUrl(feedUrls.json) },
  };
  const files: FeedFile[] = [
    { url: feedUrls.rss, text: feedOf(site, 'rss').rss2() },
    { url: feedUrls.atom, text: feedOf(site, 'atom').atom1() },
    { url: feedUrls.json, text: jsonFeedOf(site) },
  ];

  for (const term of termKinds.flatMap((kind) => getTerms(lang, kind))) {
    const url = termFeedUrl(term, lang);
    const channel: Channel = {
      lang,
      title: termTitle(term, lang),
      pageUrl: absoluteUrl(termUrl(term, lang)),
      entries: await entriesOf(getPostsWithTerm(lang, term.kind, term.segment)),
      feedUrls: { rss: absoluteUrl(url) },
    };
    files.push({ url, text: feedOf(channel, 'rss').rss2() });
  }
  return files;
}
