import { siteConfig } from '@/site.config';
import { getEvents } from '@/lib/site-index/hubs';
import { eventCalendarIcs } from '@/lib/outputs/event-calendar';
import { labelsFor } from '@/lib/model/labels';

// /events/calendar.ics: every event, for calendar subscriptions; a static file in the export.
const lang = siteConfig.defaultLanguage;

export const dynamic = 'force-static';

export function GET() {
  const ics = eventCalendarIcs(getEvents(lang), `${siteConfig.title} ${labelsFor(lang).eventsTitle}`);
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
