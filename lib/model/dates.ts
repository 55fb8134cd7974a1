import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The parts of an ISO 8601 date, or null when the text is not one (including impossible dates such as 2020-02-30). */
function matchIsoDate(text: string) {
  const match = isoPattern.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', offset] = match;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  const isValid =
    Number(month) >= 1 && Number(month) <= 12 &&
    Number(day) >= 1 && Number(day) <= daysInMonth &&
    Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59;
  return isValid ? { offset } : null;
}

/**
 * Reads an ISO 8601 date as written in front matter or a component prop.
 * A date without an offset is a time in `timeZone` (the site's), never the build machine's.
 * Returns null when the text is not a valid ISO 8601 date.
 */
export function parseDate(text: string, timeZone: string): Date | null {
  const parts = matchIsoDate(text);
  if (!parts) return null;
  const trimmed = text.trim().replace(' ', 'T');
  const date = parts.offset ? new Date(trimmed) : fromZonedTime(trimmed, timeZone);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whether the text is an ISO 8601 date with a time and an explicit offset, as event times must be. */
export function isIsoDateTimeWithOffset(text: string): boolean {
  return /T\d{2}:\d{2}/.test(text) && Boolean(matchIsoDate(text)?.offset);
}

/** 2020-07-10: the calendar day in the site's time zone. */
export function formatDay(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, 'yyyy-MM-dd');
}

/** The date with the site time zone's offset, as Hugo writes it: 2020-07-10T15:00:00+08:00. */
export function formatIsoInZone(date: Date, timeZone: string): string {
  return formatInTimeZone(date, timeZone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The time zone named for a reader: "中国标准时间 (GMT+8)" in Chinese, "China Standard Time (GMT+8)" in English. */
export function timeZoneLabel(date: Date, timeZone: string, locale: string): string {
  const part = (style: 'long' | 'shortOffset') =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${part('long')} (${part('shortOffset')})`;
}

/** 2020-07-30 20:10–20:40, or with both days when the event ends on another day. */
export function formatTimeRange(start: Date, end: Date | null, timeZone: string): string {
  const startText = formatInTimeZone(start, timeZone, 'yyyy-MM-dd HH:mm');
  if (!end) return startText;
  const sameDay = formatDay(start, timeZone) === formatDay(end, timeZone);
  return `${startText}–${formatInTimeZone(end, timeZone, sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')}`;
}

/**
 * A moment as a <time datetime> gives it to machines: UTC, without the milliseconds a post's date
 * never has (2020-07-10T07:00:00Z), which would be four more bytes on every date of every page.
 */
export function machineDateTime(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}
