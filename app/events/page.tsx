import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { EventTimeline } from '@/components/EventTimeline';
import { getEvents } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { calendarUrl, eventsUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

export const metadata: Metadata = pageMetadata({ lang, title: labels.eventsTitle, description: labels.eventsDescription, url: eventsUrl(lang) });

export default function EventsPage() {
  return (
    <div className="page">
      <h1 className="page-title">{labels.eventsTitle}</h1>
      <p>{labels.eventsDescription}</p>
      <p>
        <a href={calendarUrl(lang)}>{labels.subscribeCalendar}</a>
      </p>
      <EventTimeline events={getEvents(lang)} lang={lang} />
    </div>
  );
}
