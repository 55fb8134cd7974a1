import { formatInTimeZone } from 'date-fns-tz';
import { siteConfig } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import type { EventCardProps } from '../model/component-props';
import { parseDate } from '../model/dates';
import { stableId } from '../model/ids';
import { normalizeName } from '../model/names';
import type { Post } from '../model/post';
import { childrenField, collectEntries, type Collector, type HubEntry } from './collect';

/** A talk, meetup or live stream from an EventCard, however many posts announced it. */
export interface EventEntry extends HubEntry {
  /** Stable across builds: the file name of its .ics and the base of its calendar UID. */
  id: string;
  /** The props as written (start and end keep their offsets), for the EventCard that shows it. */
  props: EventCardProps;
  start: Date;
  end: Date | null;
  /** The abstract, as written in the post that describes the event (`post`). */
  abstract: ComponentChildren;
}

/** 20200730-<hash>: the day (in the site's time zone) to sort files by eye, and a hash of the title and start. */
export function eventId(props: Pick<EventCardProps, 'title' | 'start'>): string {
  const start = parseDate(props.start, siteConfig.timeZone)!;
  return `${formatInTimeZone(start, siteConfig.timeZone, 'yyyyMMdd')}-${stableId(normalizeName(props.title), start.toISOString())}`;
}

/** Latest first: the order without the reader's clock. The page's script moves upcoming events into their own list. */
const latestEventFirst = (a: EventEntry, b: EventEntry) => b.start.getTime() - a.start.getTime() || a.props.title.localeCompare(b.props.title);

/** How events are collected: the same title at the same moment is one event. */
export const eventCollector: Collector<'EventCard', EventEntry> = {
  component: 'EventCard',
  idOf: ({ props }) => eventId(props),
  fieldsOf: ({ props, children }) => ({
    end: props.end && parseDate(props.end, siteConfig.timeZone)?.toISOString(),
    speakers: props.speakers,
    location: props.location,
    register: props.register,
    abstract: childrenField(children),
  }),
  create: ({ post, props, line, children }, id, posts) => ({
    id,
    props,
    start: parseDate(props.start, siteConfig.timeZone)!,
    end: props.end ? parseDate(props.end, siteConfig.timeZone) : null,
    abstract: children,
    post,
    line,
    posts,
  }),
  describe: ({ props }) => ({ what: `the event "${props.title.trim()}" at ${props.start.trim()}`, mention: 'only title= and start=' }),
};

/** Every EventCard of these posts, latest first; one event in two posts is one entry, described by one of them (see collectEntries). */
export function collectEvents(posts: Post[]): EventEntry[] {
  return collectEntries(posts, eventCollector).entries.sort(latestEventFirst);
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
