import type { ReactNode } from 'react';
import type { z } from 'zod';
import { siteConfig, type Language } from '@/site.config';
import { eventCardPropsSchema } from '@/lib/model/component-props';
import { formatTimeRange, parseDate, timeZoneLabel } from '@/lib/model/dates';
import { eventId } from '@/lib/hubs/events';
import { labelsFor } from '@/lib/model/labels';
import { eventCalendarUrl } from '@/lib/urls';
import styles from './EventCard.module.css';

/**
 * Marks one card ended or open by the reader's clock and returns whether it has ended: the build
 * wrote its own verdict into the HTML (what a reader without JavaScript sees), which the reader's
 * clock may contradict either way. Only attributes change: React leaves them alone when it hydrates.
 * The page runs it once for all its cards (`markEventsByClockScript`): at the end of the post's
 * article, of a hub's entry whose text holds a card, or in the events timeline's own script.
 */
export const markEventByClock = `function (card) {
  var isEnded = Date.parse(card.getAttribute('data-ends-at')) <= Date.now();
  card.toggleAttribute('data-ended', isEnded);
  card.querySelectorAll('[data-while-open]').forEach(function (element) { element.hidden = isEnded; });
  card.querySelectorAll('[data-once-ended]').forEach(function (element) { element.hidden = !isEnded; });
  return isEnded;
}`;

/** An inline script for the end of an element holding event cards: marks every card in that element. */
export const markEventsByClockScript = `document.currentScript.parentElement.querySelectorAll('[data-ends-at]').forEach(${markEventByClock});`;

type EventCardProps = z.input<typeof eventCardPropsSchema> & {
  children?: ReactNode;
  lang: Language;
  /** In the events timeline: the abstract folds when it is long. */
  inTimeline?: { isAbstractLong: boolean };
};

/**
 * A talk or meetup: its time first, then title, speakers, place, abstract (the children), and while
 * it has not ended, the registration and calendar links.
 */
export function EventCard({ children, lang, inTimeline, ...props }: EventCardProps) {
  const { title, start, end, speakers, location, register } = eventCardPropsSchema.parse(props);
  const labels = labelsFor(lang);
  const { timeZone } = siteConfig;
  const startDate = parseDate(start, timeZone)!;
  const endDate = end ? parseDate(end, timeZone) : null;
  const endsAt = endDate ?? startDate;
  const isEnded = endsAt.getTime() <= Date.now();
  const abstract = children && <div className={styles.abstract}>{children}</div>;
  return (
    <article className={styles.event} aria-label={title} data-ends-at={endsAt.toISOString()} data-ended={isEnded ? '' : undefined} suppressHydrationWarning>
      <p className={styles.when}>
        <time className={styles.time} dateTime={start}>
          {formatTimeRange(startDate, endDate, timeZone)}
        </time>{' '}
        <span className={styles.zone}>{timeZoneLabel(startDate, timeZone, siteConfig.languages[lang].locale)}</span>{' '}
        <span className={styles.ended} data-once-ended hidden={!isEnded} suppressHydrationWarning>
          {labels.eventEnded}
        </span>
      </p>
      <p className={styles.title}>{title}</p>
      {(speakers || location) && (
        <dl className={styles.details}>
          {speakers && (
            <>
              <dt>{labels.eventSpeakers}</dt>
              <dd>{speakers}</dd>
            </>
          )}
          {location && (
            <>
              <dt>{labels.eventLocation}</dt>
              <dd>{location}</dd>
            </>
          )}
        </dl>
      )}
      {abstract &&
        (inTimeline?.isAbstractLong ? (
          <details className={styles.fold}>
            <summary>{labels.eventAbstractMore}</summary>
            {abstract}
          </details>
        ) : (
          abstract
        ))}
      <p className={styles.actions} data-while-open hidden={isEnded} suppressHydrationWarning>
        {register && (
          <a className={styles.register} href={register}>
            {labels.eventRegisterLink}
          </a>
        )}
        <a className={styles.calendar} href={eventCalendarUrl(eventId({ title, start }), lang)} download>
          {labels.addToCalendar}
        </a>
      </p>
    </article>
  );
}
