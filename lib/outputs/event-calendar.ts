import ical from 'ical-generator';
import { siteConfig } from '@/site.config';
import type { EventEntry } from '../hubs/events';
import { labelsFor } from '../model/labels';
import { absoluteUrl, calendarUrl, postUrl } from '../urls';

/** The calendar UID of an event: the same in every build and in both the single and the full calendar. */
export function eventUid(event: Pick<EventEntry, 'id'>): string {
  return `${event.id}@${new URL(siteConfig.url).hostname}`;
}

// RFC 5545 §3.3.11: CONTROL characters other than tab may not appear in a TEXT value at all, and
// a lone surrogate is not UTF-8. Line breaks stay: the TEXT escape below writes them as `\n`.
const notIcsTextCharacter = /[^\t\n\r\u0020-\u007E\u0080-\uD7FF\uE000-\u{10FFFF}]/gu;

/** A text as an iCalendar TEXT value holds it: without control characters (ical-generator escapes the rest). */
function calendarText(text: string): string {
  return text.replace(notIcsTextCharacter, '');
}

/**
 * A text escaped as an iCalendar TEXT value (`\\`, `\;`, `\,`, a line break as `\n`), for the
 * properties ical-generator writes as given: NAME, X-WR-CALNAME and PRODID. Unescaped, a line
 * break in an event's title added properties and whole events to its `.ics`.
 */
function escapedCalendarText(text: string): string {
  return calendarText(text).replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * An iCalendar (RFC 5545) file of these events: times in UTC, the summary, the speakers and the
 * abstract as the description, the registration link (else the weekly) as the URL. DTSTAMP is the
 * day the weekly was published, so a rebuild changes nothing a calendar would notice.
 */
export function eventCalendarIcs(events: EventEntry[], name: string): string {
  const calendar = ical({
    name: escapedCalendarText(name),
    prodId: { company: escapedCalendarText(siteConfig.title), product: 'events', language: 'ZH' },
    url: absoluteUrl(calendarUrl()),
  });
  for (const event of events) {
    const labels = labelsFor(event.post.lang);
    const weekly = absoluteUrl(postUrl(event.post));
    calendar.createEvent({
      id: eventUid(event),
      start: event.start,
      end: event.end,
      stamp: event.post.date,
      summary: calendarText(event.props.title),
      location: event.props.location === undefined ? null : calendarText(event.props.location),
      url: calendarText(event.props.register ?? weekly),
      description: calendarText([
        event.props.speakers ? `${labels.eventSpeakers}${event.props.speakers}` : '',
        event.abstract.text,
        event.props.register ? `${labels.eventRegister}${event.props.register}` : '',
        `${labels.announcedIn}${event.post.title} ${weekly}`,
      ].filter(Boolean).join('\n\n')),
    });
  }
  return calendar.toString();
}
