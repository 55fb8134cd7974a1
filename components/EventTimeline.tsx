import type { Language } from '@/site.config';
import type { EventEntry } from '@/lib/hubs/events';
import { labelsFor } from '@/lib/model/labels';
import { eventCalendarUrl } from '@/lib/urls';
import { ComponentChildrenMarkdown } from './ComponentChildrenMarkdown';
import { PostSources } from './PostSources';
import { EventCard } from './mdx/EventCard';
import styles from './EventTimeline.module.css';

// Whether an event is upcoming is the reader's clock's call, not the build's: a site built weeks
// ago must not call a past talk upcoming. The page carries both lists; this script only flips
// `hidden` attributes: React leaves attributes alone when it hydrates (suppressHydrationWarning keeps
// `next dev` from reporting them), while moved nodes would be a mismatch it re-renders.
// Without JavaScript the reader sees one list of every event, latest first, each with its time.
const sortByClockScript = `(function () {
  var timeline = document.currentScript.previousElementSibling;
  var now = Date.now();
  var upcomingCount = 0;
  var pastCount = 0;
  timeline.querySelectorAll('[data-ends-at]').forEach(function (item) {
    var isUpcoming = Date.parse(item.getAttribute('data-ends-at')) > now;
    var isInUpcomingList = item.parentElement.hasAttribute('data-upcoming-list');
    item.hidden = isInUpcomingList ? !isUpcoming : isUpcoming;
    if (isInUpcomingList && isUpcoming) upcomingCount += 1;
    if (!isInUpcomingList && !isUpcoming) pastCount += 1;
  });
  timeline.querySelectorAll('[data-with-clock]').forEach(function (element) { element.hidden = false; });
  timeline.querySelectorAll('[data-without-clock]').forEach(function (element) { element.hidden = true; });
  timeline.querySelector('[data-no-upcoming]').hidden = upcomingCount > 0;
  timeline.querySelector('[data-past]').hidden = pastCount === 0;
})();`;

function EventItem({ event, lang, isHidden }: { event: EventEntry; lang: Language; isHidden: boolean }) {
  const labels = labelsFor(lang);
  return (
    <li className={styles.event} data-ends-at={(event.end ?? event.start).toISOString()} hidden={isHidden} suppressHydrationWarning>
      <EventCard lang={lang} {...event.props}>
        <ComponentChildrenMarkdown post={event.post} written={event.abstract} />
      </EventCard>
      <p className={styles.calendar}>
        <a href={eventCalendarUrl(event.id, lang)} download>
          {labels.addToCalendar}
        </a>
      </p>
      <PostSources posts={event.posts} />
    </li>
  );
}

/** Every event: upcoming soonest first, then past latest first, as the reader's clock says. `events` come latest first. */
export function EventTimeline({ events, lang }: { events: EventEntry[]; lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <>
      <div className={styles.timeline}>
        <section data-with-clock hidden suppressHydrationWarning>
          <h2 className={styles.heading}>{labels.eventsUpcoming}</h2>
          <p data-no-upcoming hidden suppressHydrationWarning>
            {labels.eventsNoUpcoming}
          </p>
          <ol className={styles.list} data-upcoming-list>
            {[...events].reverse().map((event) => (
              <EventItem key={event.id} event={event} lang={lang} isHidden />
            ))}
          </ol>
        </section>
        <section data-past suppressHydrationWarning>
          <h2 className={styles.heading} data-with-clock hidden suppressHydrationWarning>
            {labels.eventsPast}
          </h2>
          <h2 className={styles.heading} data-without-clock suppressHydrationWarning>
            {labels.eventsAll}
          </h2>
          <ol className={styles.list}>
            {events.map((event) => (
              <EventItem key={event.id} event={event} lang={lang} isHidden={false} />
            ))}
          </ol>
        </section>
      </div>
      <script dangerouslySetInnerHTML={{ __html: sortByClockScript }} />
    </>
  );
}
