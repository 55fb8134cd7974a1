import type { Language } from '@/site.config';
import type { EventEntry } from '@/lib/hubs/events';
import { labelsFor } from '@/lib/model/labels';
import { ComponentChildrenMarkdown } from './ComponentChildrenMarkdown';
import { PostSources } from './PostSources';
import { EventCard, markEventByClock } from './mdx/EventCard';
import styles from './EventTimeline.module.css';

// Whether an event is upcoming is the reader's clock's call, not the build's: a site built weeks
// ago must not call a past talk upcoming. The page carries both lists; this script marks each card
// ended or open and flips `hidden` attributes: React leaves attributes alone when it hydrates
// (suppressHydrationWarning keeps `next dev` from reporting them), while moved nodes would be a
// mismatch it re-renders. Without JavaScript the reader sees one list of every event, latest first,
// each card ended or open as the build's clock said.
const sortByClockScript = `(function () {
  var timeline = document.currentScript.previousElementSibling;
  var markEvent = ${markEventByClock};
  var upcomingCount = 0;
  var pastCount = 0;
  timeline.querySelectorAll('[data-ends-at]').forEach(function (card) {
    var isUpcoming = !markEvent(card);
    var item = card.closest('li');
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

// Longer than this (in characters of plain text), an abstract folds on the hub: a few lines stay open.
const longAbstractCharacters = 140;

function EventItem({ event, lang, isHidden }: { event: EventEntry; lang: Language; isHidden: boolean }) {
  return (
    <li className={styles.event} hidden={isHidden} suppressHydrationWarning>
      <EventCard lang={lang} {...event.props} inTimeline={{ isAbstractLong: event.abstract.text.length > longAbstractCharacters }}>
        <ComponentChildrenMarkdown post={event.post} component="EventCard" line={event.line} written={event.abstract} />
      </EventCard>
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
