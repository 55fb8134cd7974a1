// The site's feeds: RSS 2.0, Atom and JSON Feed 1.1 of the newest posts, and an RSS feed for each
// tag and category. Written by `npm run build` (scripts/write-feeds.ts), as the posts' full HTML
// can only be rendered outside Next.js (see lib/outputs/post-html.ts).
import { siteConfig, type Language } from '@/site.config';
import { formatIsoInZone } from '../model/dates';
import { termKinds, type Post, type Term } from '../model/post';
import { getListing, getPosts, getPostsWithTerm, getSections, getTerms } from '../site-index/queries';
import { labelsFor } from '../model/labels';
import { absoluteUrl, feedUrl, homeUrl, hugoHomeFeedUrl, postUrl, sectionFeedUrl, sectionUrl, termFeedUrl, termUrl, type FeedFormat } from '../urls';
import { xmlDocument, xmlElement } from './xml-document';

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

const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** An RSS 2.0 channel as plain texts and absolute URLs; the XML writer escapes every text. */
export interface RssChannel {
  title: string;
  description: string;
  pageUrl: string;
  feedUrl?: string;
  language: string;
  updated: Date;
  generator?: string;
  copyright?: string;
  items: RssItem[];
}

/** One item of an RSS channel; without `guid`, its link is its permanent id. */
export interface RssItem {
  title: string;
  url: string;
  guid?: string;
  date: Date;
  description: string;
  html?: string;
  author?: string;
  /** The post's categories and tags, by name. */
  categories: string[];
}

/** An RSS 2.0 document of the channel. */
export function rssXml(channel: RssChannel): string {
  const text = (name: string, value: string | undefined) => (value === undefined ? undefined : xmlElement(name, {}, value));
  const channelElement = xmlElement(
    'channel',
    {},
    text('title', channel.title),
    text('link', channel.pageUrl),
    text('description', channel.description),
    text('lastBuildDate', channel.updated.toUTCString()),
    text('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    text('generator', channel.generator),
    text('language', channel.language),
    text('copyright', channel.copyright),
    channel.feedUrl === undefined ? undefined : xmlElement('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ...channel.items.map((item) =>
      xmlElement(
        'item',
        {},
        text('title', item.title),
        text('link', item.url),
        xmlElement('guid', { isPermaLink: item.guid === undefined ? 'true' : 'false' }, item.guid ?? item.url),
        text('pubDate', item.date.toUTCString()),
        text('description', item.description),
        text('content:encoded', item.html),
        // No domain: RSS's is a taxonomy's name, not the term's page, and feed readers show the name alone (WordPress writes none either).
        ...item.categories.map((category) => xmlElement('category', {}, category)),
        // RSS 2.0's <author> must be an e-mail address; feeds name a person with Dublin Core's dc:creator.
        text('dc:creator', item.author),
      ),
    ),
  );
  return xmlDocument(xmlElement('rss', { version: '2.0' }, channelElement), namespaces);
}

function rssChannelOf(channel: Channel): RssChannel {
  return {
    title: channel.title,
    description: siteConfig.languages[channel.lang].description,
    pageUrl: channel.pageUrl,
    feedUrl: channel.feedUrls.rss,
    language: siteConfig.languages[channel.lang].htmlLang,
    // The newest post's date, not the build's: a rebuild without new posts writes the same feed.
    updated: channel.entries[0]?.post.date ?? new Date(0),
    generator: siteConfig.languages[channel.lang].title,
    items: channel.entries.map(({ post, url, html, terms }) => ({
      title: post.title,
      url,
      date: post.date,
      description: post.summary,
      html,
      author: post.author || undefined,
      categories: terms.map((term) => term.name),
    })),
  };
}

/** Atom (RFC 4287): titles and summaries are plain text (type="text", the default), the post is HTML. */
function atomXml(channel: Channel): string {
  const text = (name: string, value: string | undefined, attributes: Record<string, string> = {}) =>
    value === undefined ? undefined : xmlElement(name, attributes, value);
  const person = (name: string, link: string | undefined) => xmlElement('author', {}, text('name', name), text('uri', link));
  const feed = xmlElement(
    'feed',
    {},
    text('id', channel.pageUrl),
    text('title', channel.title),
    text('updated', (channel.entries[0]?.post.date ?? new Date(0)).toISOString()),
    text('generator', siteConfig.languages[channel.lang].title),
    person(siteConfig.languages[channel.lang].title, absoluteUrl(homeUrl(channel.lang))),
    xmlElement('link', { rel: 'alternate', href: channel.pageUrl }),
    xmlElement('link', { rel: 'self', href: channel.feedUrls.atom }),
    text('subtitle', siteConfig.languages[channel.lang].description),
    ...channel.entries.map(({ post, url, html, terms }) =>
      xmlElement(
        'entry',
        {},
        text('title', post.title),
        text('id', url),
        xmlElement('link', { href: url }),
        text('updated', post.date.toISOString()),
        text('summary', post.summary),
        text('content', html, { type: 'html' }),
        post.author ? person(post.author, post.authorlink || undefined) : undefined,
        ...terms.map((term) => xmlElement('category', { label: term.name, scheme: absoluteUrl(termUrl(term, post.lang)), term: term.name })),
        text('published', post.date.toISOString()),
      ),
    ),
  );
  return xmlDocument(feed, { '': namespaces.atom });
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); JSON.stringify escapes every control character and lone surrogate a text holds. */
function jsonFeedOf(channel: Channel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.pageUrl,
    feed_url: channel.feedUrls.json,
    description: siteConfig.languages[channel.lang].description,
    language: siteConfig.languages[channel.lang].htmlLang,
    authors: [{ name: siteConfig.languages[channel.lang].title, url: absoluteUrl(homeUrl(channel.lang)) }],
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
  return `${name} | ${siteConfig.languages[lang].title}`;
}

/**
 * Every feed of a language: /feed.xml, /atom.xml and /feed.json with the whole of the 20 newest
 * posts (the RSS one also at Hugo's /index.xml), /<section>/index.xml with the whole of each section's
 * 20 newest, and /<tags|categories>/<term>/index.xml with their summaries, as Hugo's feeds have them.
 * With whole posts in tag feeds, nearly every post is among some tag's newest 20 and would be
 * compiled a second time after `next build` (973 of the benchmark's 1000 posts, 200 tags).
 */
export async function buildFeeds(lang: Language, postHtml: PostHtml): Promise<FeedFile[]> {

  const feedUrls = { rss: feedUrl('rss', lang), atom: feedUrl('atom', lang), json: feedUrl('json', lang) };
  const site: Channel = {
    lang,
    title: siteConfig.languages[lang].title,
    pageUrl: absoluteUrl(homeUrl(lang)),
    entries: await entriesOf(getPosts(lang), postHtml),
    feedUrls: { rss: absoluteUrl(feedUrls.rss), atom: absoluteUrl(feedUrls.atom), json: absoluteUrl(feedUrls.json) },
  };
  const siteRss = rssXml(rssChannelOf(site));
  const files: FeedFile[] = [
    { url: feedUrls.rss, text: siteRss },
    { url: feedUrls.atom, text: atomXml(site) },
    { url: feedUrls.json, text: jsonFeedOf(site) },
  ];

  for (const section of getSections(lang)) {
    const url = sectionFeedUrl(section.name, lang);
    const channel: Channel = {
      lang,
      title: `${section.title} | ${siteConfig.languages[lang].title}`,
      pageUrl: absoluteUrl(sectionUrl(section.name, lang)),
      entries: await entriesOf(section.posts, postHtml),
      feedUrls: { rss: absoluteUrl(url) },
    };
    files.push({ url, text: rssXml(rssChannelOf(channel)) });
  }

  for (const term of termKinds.flatMap((kind) => getTerms(lang, kind))) {
    const url = termFeedUrl(term, lang);
    const channel: Channel = {
      lang,
      title: termTitle(term, lang),
      pageUrl: absoluteUrl(termUrl(term, lang)),
      entries: await entriesOf(getPostsWithTerm(lang, term.kind, term.segment)),
      feedUrls: { rss: absoluteUrl(url) },
    };
    files.push({ url, text: rssXml(rssChannelOf(channel)) });
  }
  // Hugo's path of the site's feed, for subscribers of a site that moved from Hugo (the lists' feeds are at Hugo's paths already).
  return [...files, { url: hugoHomeFeedUrl(lang), text: siteRss }];
}
