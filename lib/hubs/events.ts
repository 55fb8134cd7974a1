import { siteConfig, type Language } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import { componentUses } from './component-uses';
import type { EventCardProps } from '../model/component-props';
import { parseDate } from '../model/dates';
import type { Post } from '../model/post';
import { getPosts, newestFirst } from '../site-index/queries';
import { normalizeName } from '../model/names';
import { stableId } from '../model/ids';
import { formatInTimeZone } from 'date-fns-tz';

/** A talk, meetup or live stream from an EventCard, however many posts announced it. */
export interface EventEntry {
  /** Stable across builds: the file name of its .ics and the base of its calendar UID. */
  id: string;
  /** The props as written (start and end keep their offsets), for the EventCard that shows it. */
  props: EventCardProps;
  start: Date;
  end: Date | null;
  /** The abstract, as written in the first post that announced it. */
  abstract: ComponentChildren;
  /** The post whose abstract is shown. */
  post: Post;
  /** Every post that announced this event, oldest first. */
  posts: Post[];
}

/** 20200730-<hash>: the day (in the site's time zone) to sort files by eye, and a hash of the title and start. */
export function eventId(props: Pick<EventCardProps, 'title' | 'start'>): string {
  const start = parseDate(props.start, siteConfig.timeZone)!;
  return `${formatInTimeZone(start, siteConfig.timeZone, 'yyyyMMdd')}-${stableId(normalizeName(props.title), start.toISOString())}`;
}

/** Latest first: the order without the reader's clock. The page's script moves upcoming events into their own list. */
const latestFirst = (a: EventEntry, b: EventEntry) => b.start.getTime() - a.start.getTime() || a.props.title.localeCompare(b.props.title);

/** Every EventCard of these posts, latest first; the same title at the same time in two posts is one event. */
export function collectEvents(posts: Post[]): EventEntry[] {
  const oldestFirst = [...posts].sort((a, b) => newestFirst(b, a));
  const events = new Map<string, EventEntry>();
  for (const { post, props, children } of componentUses(oldestFirst, 'EventCard')) {
    const id = eventId(props);
    const known = events.get(id);
    if (known) {
      if (!known.posts.includes(post)) known.posts.push(post);
      continue;
    }
    const start = parseDate(props.start, siteConfig.timeZone)!;
    const end = props.end ? parseDate(props.end, siteConfig.timeZone) : null;
    events.set(id, { id, props, start, end, abstract: children, post, posts: [post] });
  }
  return [...events.values()].sort(latestFirst);
}

/** Whether an event is still to come (or going on) at this moment; the page asks the same of the reader's clock. */
export function isUpcoming(event: Pick<EventEntry, 'start' | 'end'>, now: Date): boolean {
  return (event.end ?? event.start).getTime() > now.getTime();
}

/**
 * Upcoming events soonest first, then past events latest first: the order a reader sees at `now`.
 * The build cannot know the reader's clock; the events page does this same split in the browser.
 */
export function eventsByTime(events: EventEntry[], now: Date): { upcoming: EventEntry[]; past: EventEntry[] } {
  const upcoming = events.filter((event) => isUpcoming(event, now)).reverse();
  const past = events.filter((event) => !isUpcoming(event, now));
  return { upcoming, past };
}

const eventsOf = new WeakMap<Post[], EventEntry[]>();

/** Every event in published posts, latest first. */
export function getEvents(lang: Language): EventEntry[] {
  const posts = getPosts(lang);
  if (!eventsOf.has(posts)) eventsOf.set(posts, collectEvents(posts));
  return eventsOf.get(posts)!;
}

export function getEvent(lang: Language, id: string): EventEntry | undefined {
  return getEvents(lang).find((event) => event.id === id);
}
