import ical from 'ical-generator';
import { siteConfig } from '@/site.config';
import type { EventEntry } from './content/events';
import { labelsFor } from './labels';
import { absoluteUrl, calendarUrl, postUrl } from './urls';

/** The calendar UID of an event: the same in every build and in both the single and the full calendar. */
export function eventUid(event: Pick<EventEntry, 'id'>): string {
  return `${event.id}@${new URL(siteConfig.url).hostname}`;
}

/**
 * An iCalendar (RFC 5545) file of these events: times in UTC, the summary, the speakers and the
 * abstract as the description, the registration link (else the weekly) as the URL. DTSTAMP is the
 * day the weekly was published, so a rebuild changes nothing a calendar would notice.
 */
export function eventCalendarIcs(events: EventEntry[], name: string): string {
  const calendar = ical({
    name,
    prodId: { company: siteConfig.title, product: 'events', language: 'ZH' },
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
      summary: event.props.title,
      location: event.props.location ?? null,
      url: event.props.register ?? weekly,
      description: [
        event.props.speakers ? `${labels.eventSpeakers}${event.props.speakers}` : '',
        event.abstract.text,
        event.props.register ? `${labels.eventRegister}${event.props.register}` : '',
        `${labels.announcedIn}${event.post.title} ${weekly}`,
      ].filter(Boolean).join('\n\n'),
    });
  }
  return calendar.toString();
}
