import type { ReactNode } from 'react';
import type { z } from 'zod';
import { siteConfig, type Language } from '@/site.config';
import { eventCardPropsSchema } from '@/lib/model/component-props';
import { formatTimeRange, parseDate, timeZoneLabel } from '@/lib/model/dates';
import { labelsFor } from '@/lib/model/labels';
import styles from './EventCard.module.css';

type EventCardProps = z.input<typeof eventCardPropsSchema> & { children?: ReactNode; lang: Language };

/** A talk or meetup: title, speakers, time in the site's time zone, place, registration link and abstract (the children). */
export function EventCard({ children, lang, ...props }: EventCardProps) {
  const { title, start, end, speakers, location, register } = eventCardPropsSchema.parse(props);
  const labels = labelsFor(lang);
  const { timeZone } = siteConfig;
  const startDate = parseDate(start, timeZone)!;
  const endDate = end ? parseDate(end, timeZone) : null;
  return (
    <article className={styles.event} aria-label={title}>
      <p className={styles.kicker}>{labels.eventTopic}</p>
      <p className={styles.title}>{title}</p>
      <dl className={styles.details}>
        {speakers && (
          <>
            <dt>{labels.eventSpeakers}</dt>
            <dd>{speakers}</dd>
          </>
        )}
        <dt>{labels.eventTime}</dt>
        <dd>
          <time dateTime={start}>{formatTimeRange(startDate, endDate, timeZone)}</time>{' '}
          {timeZoneLabel(startDate, timeZone, siteConfig.languages[lang].locale)}
        </dd>
        {location && (
          <>
            <dt>{labels.eventLocation}</dt>
            <dd>{location}</dd>
          </>
        )}
        {children && (
          <>
            <dt>{labels.eventAbstract}</dt>
            <dd className={styles.abstract}>{children}</dd>
          </>
        )}
        {register && (
          <>
            <dt>{labels.eventRegister}</dt>
            <dd>
              <a className={styles.register} href={register}>
                {labels.eventRegisterLink}
              </a>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
