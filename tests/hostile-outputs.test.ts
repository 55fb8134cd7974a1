import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import ICAL from 'ical.js';

// The hostile posts are this file's whole site: the content layer reads CONTENT_DIR when it first
// loads posts, so it is set before the modules that query them are imported.
process.env.CONTENT_DIR = path.resolve('tests/fixtures/hostile-outputs');
const { mdxComponents } = await import('@/components/mdx');
const { getPosts } = await import('@/lib/site-index/queries');
const { getEvents, getReleaseProjects } = await import('@/lib/site-index/hubs');
const { eventCalendarIcs } = await import('@/lib/outputs/event-calendar');
const { buildFeeds } = await import('@/lib/outputs/feeds');
const { postHtml } = await import('@/lib/outputs/post-html');
const { releaseFeedXml } = await import('@/lib/outputs/release-feed');
const { xmlDocument, xmlElement } = await import('@/lib/outputs/xml-document');

const namespace = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

// Written out here rather than imported, so that the test does not share a mistake with the writer:
// XML 1.0 forbids C0 controls but tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates.
function withoutXmlForbidden(text: string): string {
  let kept = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const isForbidden =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff);
    if (!isForbidden) kept += character;
  }
  return kept;
}

const posts = getPosts('zh');
const post = (start: string) => {
  const found = posts.find((candidate) => candidate.title.startsWith(start));
  assert.ok(found, `no fixture post titled "${start}…"`);
  return found;
};
const breakout = post('Weekly ]]>');
const edges = post(']]>at the start');
const controls = post('Controls');

const feeds = await buildFeeds('zh', (candidate) => postHtml(candidate, mdxComponents('zh')));
const releaseProjects = getReleaseProjects('zh');
const xmlFeeds = [
  ...feeds.filter((feed) => feed.url.endsWith('.xml')),
  ...releaseProjects.map((project) => ({ url: `/releases/${project.segment}/feed.xml`, text: releaseFeedXml(project) })),
];

function feedAt(url: string): string {
  const feed = feeds.find((candidate) => candidate.url === url);
  assert.ok(feed, `no feed at ${url}; feeds: ${feeds.map((candidate) => candidate.url).join(', ')}`);
  return feed.text;
}

/**
 * The feed read by a namespace-aware XML parser that fails on every error and warning. Line ends
 * are normalised as XML 1.0 does (xmldom's default also turns U+0085 and U+2028 into LF, as XML 1.1).
 */
function strictXml(text: string, url: string): Document {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
    normalizeLineEndings: (input) => input.replace(/\r\n?/g, '\n'),
  });
  const document = parser.parseFromString(text, 'text/xml');
  assert.deepEqual(problems, [], `${url} is not well-formed, namespace-correct XML`);
  return document;
}

function listOf(elements: { length: number; item(index: number): Element | null }): Element[] {
  return Array.from({ length: elements.length }, (_, index) => elements.item(index)!);
}

const elementsOf = (document: Document) => listOf(document.getElementsByTagName('*'));

/** The texts of the elements inside an RSS item with this name (an item holds no nested elements). */
const childText = (parent: Element, ns: string | null, localName: string) =>
  listOf(parent.getElementsByTagNameNS(ns, localName)).map((element) => element.textContent);

const rssElements = new Set(
  ['rss', 'channel', 'title', 'link', 'description', 'lastBuildDate', 'docs', 'generator', 'language', 'copyright', 'item', 'guid', 'pubDate', 'category']
    .map((name) => `|${name}`)
    .concat([`${namespace.atom}|link`, `${namespace.content}|encoded`, `${namespace.dc}|creator`]),
);
const atomElements = new Set(
  ['feed', 'id', 'title', 'updated', 'generator', 'author', 'name', 'uri', 'link', 'subtitle', 'entry', 'summary', 'content', 'category', 'published']
    .map((name) => `${namespace.atom}|${name}`),
);

describe('the feeds of hostile posts', () => {
  it('are built from posts that would break out of CDATA and out of escaping', () => {
    assert.ok(breakout.title.split(']]>').length > 2 && breakout.title.includes(`<x:script xmlns:x="${namespace.xhtml}">`));
    // Its title's control characters are refused at check now (tests/unsafe-text.test.ts); its body's are left out there.
    assert.equal(controls.summary, 'Line one line two line three tabbed bell \u{1F600}');
    assert.ok(xmlFeeds.length >= 10, `only ${xmlFeeds.length} XML feeds`);
  });

  it('are each well-formed XML with every namespace declared, and hold only the elements of their format', () => {
    for (const { url, text } of xmlFeeds) {
      const document = strictXml(text, url);
      const isAtom = document.documentElement!.localName === 'feed';
      for (const element of elementsOf(document)) {
        assert.notEqual(element.namespaceURI, namespace.xhtml, `${url}: an XHTML element <${element.tagName}>`);
        assert.notEqual(element.localName?.toLowerCase(), 'script', `${url}: a <${element.tagName}> element`);
        const key = `${element.namespaceURI ?? ''}|${element.localName}`;
        assert.ok((isAtom ? atomElements : rssElements).has(key), `${url}: unexpected element <${element.tagName}> (${key})`);
      }
    }
  });

  it('RSS carries each hostile title, author, summary and category as text, exactly but for what XML forbids', () => {
    const text = feedAt('/feed.xml');
    const items = elementsOf(strictXml(text, '/feed.xml')).filter((element) => element.localName === 'item');
    const parsed = parseRssFeed(text);
    for (const source of [breakout, edges, controls]) {
      const item = items.find((candidate) => childText(candidate, null, 'title')[0] === withoutXmlForbidden(source.title));
      assert.ok(item, `no item titled ${JSON.stringify(withoutXmlForbidden(source.title))}`);
      assert.deepEqual(childText(item, null, 'description'), [withoutXmlForbidden(source.summary)]);
      assert.deepEqual(childText(item, namespace.dc, 'creator'), [withoutXmlForbidden(source.author!)]);
      const read = parsed.items?.find((candidate) => candidate.title === withoutXmlForbidden(source.title).trim());
      assert.ok(read, `feedsmith finds no item titled ${JSON.stringify(source.title)}`);
      assert.deepEqual(read.dc?.creators, [withoutXmlForbidden(source.author!).trim()]);
      assert.equal(read.description, withoutXmlForbidden(source.summary).trim());
    }
    const breakoutItem = parsed.items?.find((candidate) => candidate.title === breakout.title);
    assert.deepEqual(breakoutItem?.categories?.map((category) => category.name), [...breakout.categories, ...breakout.tags]);
    assert.match(breakoutItem?.content?.encoded ?? '', /<code>\]\]>\]\]>&#x3C;x:script/, 'the post HTML, with its code as text');
  });

  it('a title and an author with ]]> reach RSS as written', () => {
    const title = parseRssFeed(feedAt('/feed.xml')).items?.find((item) => item.title?.startsWith('Controls'))?.title;
    assert.equal(title, 'Controls end ]]>]]>');
    assert.equal(parseRssFeed(feedAt('/feed.xml')).items?.find((item) => item.title === title)?.dc?.creators?.[0], 'Nul Author');
  });

  it('Atom carries them as text too, and the terms as attribute values', () => {
    const text = feedAt('/atom.xml');
    const document = strictXml(text, '/atom.xml');
    const parsed = parseAtomFeed(text);
    for (const source of [breakout, edges, controls]) {
      const entry = parsed.entries?.find((candidate) => candidate.title?.value === withoutXmlForbidden(source.title).trim());
      assert.ok(entry, `feedsmith finds no entry titled ${JSON.stringify(source.title)}`);
      assert.equal(entry.summary?.value, withoutXmlForbidden(source.summary).trim());
      assert.deepEqual(entry.authors?.map((author) => author.name), [withoutXmlForbidden(source.author!).trim()]);
    }
    const labels = elementsOf(document).filter((element) => element.localName === 'category').map((element) => element.getAttribute('label'));
    for (const name of [...breakout.categories, ...breakout.tags, ...edges.tags]) assert.ok(labels.includes(name), `no category labelled ${name}`);
    const entryTitles = elementsOf(document).filter((element) => element.localName === 'title' && element.parentNode?.nodeName === 'entry');
    assert.ok(entryTitles.every((title) => (title.getAttribute('type') ?? 'text') === 'text'), 'titles are plain text, not HTML');
  });

  it('each tag and category feed names its hostile term in its title, as text', () => {
    for (const name of [...breakout.tags, ...breakout.categories, ...edges.tags]) {
      const feed = xmlFeeds.find((candidate) => candidate.text.includes('<rss ') && parseRssFeed(candidate.text).title?.includes(name));
      assert.ok(feed, `no feed titled with ${JSON.stringify(name)}`);
      assert.ok(parseRssFeed(feed.text).items?.some((item) => item.title === breakout.title || item.title === edges.title));
    }
  });

  it('each release feed carries the project, version, changes and thanks as text', () => {
    assert.equal(releaseProjects.length, 3);
    for (const project of releaseProjects) {
      const text = releaseFeedXml(project);
      const parsed = parseRssFeed(text);
      assert.ok(parsed.title?.startsWith(withoutXmlForbidden(project.name)), `the feed of ${project.name} is titled ${parsed.title}`);
      const release = project.releases[0]!;
      const item = parsed.items?.[0];
      assert.ok(item?.title?.includes(release.version), `the item is titled ${item?.title}`);
      assert.ok(item?.description?.startsWith(withoutXmlForbidden(release.changes.text).trim()), `the description is ${item?.description}`);
      for (const name of release.thanks) assert.ok(item?.description?.includes(`@${name}`));
    }
    const controlled = releaseProjects.find((project) => project.name === 'Controls')!;
    assert.match(parseRssFeed(releaseFeedXml(controlled)).items?.[0]?.description ?? '', /^Bell , escape , vertical tab and form feed in the text \]\]>\]\]>\./);
  });

  it('JSON Feed carries every text exactly, control characters escaped by JSON', async () => {
    const text = feedAt('/feed.json');
    assert.doesNotMatch(text, /[\u0000-\u0009\u000B-\u001F]/, 'no raw control character but the line breaks between members');
    assert.ok(parseJsonFeed(text).items?.length, 'feedsmith reads the feed');
    const events = post('Events');
    const expected = async (source: typeof breakout, slug: string, date: string, tags: string[]) => ({
      id: `https://weekly.sofastack.example/blog/${slug}/`,
      url: `https://weekly.sofastack.example/blog/${slug}/`,
      title: source.title,
      content_html: await postHtml(source, mdxComponents('zh')),
      summary: source.summary,
      date_published: date,
      ...(source.author && { authors: [{ name: source.author, ...(source.authorlink && { url: source.authorlink }) }] }),
      tags,
    });
    // Every member of every item, newest first, read back by JSON.parse as the texts the posts hold.
    assert.deepEqual((JSON.parse(text) as { items: unknown[] }).items, [
      await expected(events, 'event-injection', '2020-07-13T15:00:00+08:00', ['Events']),
      await expected(controls, 'control-characters', '2020-07-12T15:00:00+08:00', ['Controls tag']),
      await expected(edges, 'cdata-edges', '2020-07-11T15:00:00+08:00', [']]>x]]>y]]>z']),
      await expected(breakout, 'cdata-breakout', '2020-07-10T15:00:00+08:00', [...breakout.categories, ...breakout.tags]),
    ]);
    // The hostile texts themselves, so that the comparison above is not of empty strings.
    assert.equal(breakout.authorlink, 'https://example.org/?a=1&b=]]>');
    assert.match(breakout.title, /^Weekly \]\]>\]\]><x:script /);
    assert.match(edges.title, /^\]\]>at the start/);
    assert.equal(breakout.categories.length + breakout.tags.length, 3);
    for (const source of [events, controls, edges, breakout]) assert.match(await postHtml(source, mdxComponents('zh')), /^<(p|article)\b/);
  });
});

describe('the XML writer', () => {
  it('reads back every character XML allows, a lone carriage return, `]]>` and markup among them, in texts and attributes', () => {
    const allowed = 'a\rb\r\nc\td\u007F\u0085\u2028 ]]>]]]]><![CDATA[x]]> <x:script xmlns:x="http://www.w3.org/1999/xhtml">&amp;&lt;"\'</x:script> \u{1F600}';
    const hostile = `${allowed}\u0000\u0001\u000B\u000C\u001F\uFFFE\uFFFF\uDC00\uD800x`;
    const text = xmlDocument(xmlElement('dc:root', { value: hostile }, xmlElement('dc:text', {}, hostile)), { dc: namespace.dc });
    const root = strictXml(text, 'the document').documentElement!;
    const written = root.getElementsByTagNameNS(namespace.dc, 'text').item(0)?.textContent;
    assert.equal(written, withoutXmlForbidden(hostile));
    assert.equal(written, `${allowed}x`);
    // An attribute value's line breaks and tabs survive only as references; the writer's serializer writes them so.
    assert.equal(root.getAttribute('value'), `${allowed}x`);
  });

  it('refuses an element whose namespace prefix it was not given', () => {
    assert.throws(() => xmlDocument(xmlElement('dc:creator'), {}), /prefix/);
  });
});

describe('the calendars of hostile events', () => {
  const events = getEvents('zh');

  /** The one VCALENDAR of an .ics; a second one, or none, fails. */
  function calendarOf(text: string): ICAL.Component {
    const parsed: unknown = ICAL.parse(text);
    assert.ok(Array.isArray(parsed) && typeof parsed[0] === 'string', 'one calendar in the file');
    return new ICAL.Component(parsed as [string, unknown[], unknown[]]);
  }

  const propertyNames = (component: ICAL.Component) => component.getAllProperties().map((property) => property.name).sort();
  const expectedSummary = (title: string) => title.replace(/\r\n|\r/g, '\n');
  // ical.js does not know RFC 7986's NAME nor X-WR-CALNAME and gives their values as written; both are TEXT.
  const calendarName = (calendar: ICAL.Component, property: 'name' | 'x-wr-calname') =>
    String(calendar.getFirstPropertyValue(property)).replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped.toLowerCase() === 'n' ? '\n' : escaped));

  it('are built from titles and locations that would write lines of their own', () => {
    assert.equal(events.length, 3);
    assert.ok(events.every((event) => /[\r\n]/.test(event.props.title)));
  });

  it('each event\'s own .ics has one VEVENT, its title as SUMMARY and as the calendar name, and no property the title wrote', () => {
    for (const event of events) {
      const calendar = calendarOf(eventCalendarIcs([event], event.props.title));
      assert.deepEqual(propertyNames(calendar), ['name', 'prodid', 'url', 'version', 'x-wr-calname']);
      assert.equal(calendarName(calendar, 'name'), expectedSummary(event.props.title));
      assert.equal(calendarName(calendar, 'x-wr-calname'), expectedSummary(event.props.title));
      const vevents = calendar.getAllSubcomponents('vevent');
      assert.equal(vevents.length, 1);
      assert.equal(calendar.getAllSubcomponents().length, 1);
      assert.equal(vevents[0]!.getFirstPropertyValue('summary'), expectedSummary(event.props.title));
      assert.ok(
        propertyNames(vevents[0]!).every((name) => ['description', 'dtend', 'dtstamp', 'dtstart', 'location', 'sequence', 'summary', 'uid', 'url'].includes(name)),
        `unexpected properties: ${propertyNames(vevents[0]!).join(', ')}`,
      );
      assert.match(String(vevents[0]!.getFirstPropertyValue('uid')), /@weekly\.sofastack\.example$/);
    }
  });

  it('the full calendar has one VEVENT per event, each with its own title', () => {
    const calendar = calendarOf(eventCalendarIcs(events, 'Calendar; with, a\\ name\r\nX-INJECTED:yes'));
    assert.equal(calendarName(calendar, 'name'), 'Calendar; with, a\\ name\nX-INJECTED:yes');
    assert.equal(calendar.getFirstProperty('x-injected'), null);
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('summary'));
    assert.deepEqual(summaries, events.map((event) => expectedSummary(event.props.title)));
  });

  it('a location and speakers with backslashes, semicolons and commas are read back as written', () => {
    const event = events.find((candidate) => candidate.props.location?.startsWith('Room'))!;
    const vevent = calendarOf(eventCalendarIcs([event], 'x')).getFirstSubcomponent('vevent')!;
    assert.equal(vevent.getFirstPropertyValue('location'), 'Room \\;1, floor\\\\2; \\, here\\');
    assert.match(String(vevent.getFirstPropertyValue('description')), /A, B; C\\/);
  });

  it('drops the control characters a calendar may not hold', () => {
    const ics = eventCalendarIcs(events, 'Bell\u0007 and NUL\u0000');
    assert.doesNotMatch(ics, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
    assert.equal(calendarName(calendarOf(ics), 'x-wr-calname'), 'Bell and NUL');
  });
});
