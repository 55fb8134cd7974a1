import { siteConfig } from '@/site.config';
import { getEvent, getEvents } from '@/lib/site-index/hubs';
import { eventCalendarIcs } from '@/lib/outputs/event-calendar';
import { atLeastOneParam, decodeRouteParam, placeholderSegment } from '@/lib/urls';

// /events/<id>.ics: one event, for "add to calendar"; a static file in the export.
const lang = siteConfig.defaultLanguage;

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOneParam(getEvents(lang).map((event) => ({ file: `${event.id}.ics` })), { file: `${placeholderSegment}.ics` });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = decodeRouteParam((await params).file).replace(/\.ics$/, '');
  const event = getEvent(lang, id);
  if (!event) return new Response('Not found', { status: 404 });
  return new Response(eventCalendarIcs([event], event.props.title), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
