import { z } from 'zod';
import { isSafeUrl } from './markup-allow-list';
import { isIsoDateTimeWithOffset, parseDate } from './dates';
import { segmentSizeProblem, shownName, urlize } from './names';

// Props arrive as strings because MDX JavaScript is blocked; these schemas are the one
// definition of each component's props, used by the content checks and by the components.

const required = (component: string, prop: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `${component}: ${prop} is required` : `${component}: ${prop} must be written as a string, ${prop}="…"`,
  }).refine((value) => value.trim() !== '', `${component}: ${prop} must not be empty`);

const optional = (component: string, prop: string) =>
  z.string({ error: `${component}: ${prop} must be written as a string, ${prop}="…"` }).optional();

/** A link a component renders: the allow-list's rule for href, and a page of the web, an e-mail address or a path on this site. */
const webUrl = (component: string, prop: string) =>
  optional(component, prop)
    .transform((value) => value?.trim())
    .refine(
      (value) => value === undefined || (isSafeUrl(value, 'href') && /^(https?:\/\/|mailto:|\/)/i.test(value)),
      { error: (issue) => `${component}: ${prop} "${String(issue.input)}" must be an http(s) URL` },
    );

const eventTime = (component: string, prop: string) =>
  z.string({ error: `${component}: ${prop} is required, as an ISO 8601 date with its offset` }).refine(
    isIsoDateTimeWithOffset,
    { error: (issue) => `${component}: ${prop} "${String(issue.input)}" is not an ISO 8601 date with an offset, such as 2020-07-30T20:10:00+08:00` },
  );

/**
 * A project name, which becomes the URL segment of its hub page (/releases/<project>/, /qa/<project>/):
 * it needs a letter or digit, and must fit in a file name of the export. A blank one is left to `required`.
 */
function isProjectSegment(component: string, hubPath: string) {
  return (value: string | undefined, context: z.RefinementCtx) => {
    if (value === undefined || value.trim() === '') return;
    const segment = urlize(value);
    const tooLong = segmentSizeProblem(segment);
    if (segment === '') {
      context.addIssue({
        code: 'custom',
        message: `${component}: project "${shownName(value)}" has no letters or digits to make the URL of its page (${hubPath}<project>/) from; write the project's name, such as project="SOFARPC"${component === 'QA' ? ', or leave project out to file the question under the post\'s tags' : ''}`,
      });
    } else if (tooLong !== undefined) {
      context.addIssue({ code: 'custom', message: `${component}: project "${shownName(value)}" makes a URL segment ${tooLong}` });
    }
  };
}

/** A boolean prop is written bare (`recommended`) or as "true"/"false". */
const flag = (component: string, prop: string) =>
  z
    .union([z.boolean(), z.enum(['true', 'false'])], { error: `${component}: ${prop} is written bare, or as ${prop}="true"` })
    .transform((value) => value === true || value === 'true')
    .optional();

/** A reader's question and the community's answer (the answer is the children). */
export const qaPropsSchema = z.strictObject({
  asker: required('QA', 'asker'),
  question: required('QA', 'question'),
  project: optional('QA', 'project').superRefine(isProjectSegment('QA', '/qa/')),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `QA: unknown prop ${issue.keys.join(', ')}; QA takes asker, question, project` : undefined) });

/** A project release: its changes are the children. */
export const releaseNotePropsSchema = z.strictObject({
  project: required('ReleaseNote', 'project').superRefine(isProjectSegment('ReleaseNote', '/releases/')),
  version: required('ReleaseNote', 'version'),
  url: webUrl('ReleaseNote', 'url'),
  thanks: optional('ReleaseNote', 'thanks'),
  recommended: flag('ReleaseNote', 'recommended'),
  date: optional('ReleaseNote', 'date').refine(
    (value) => value === undefined || parseDate(value, 'UTC') !== null,
    { error: (issue) => `ReleaseNote: date "${String(issue.input)}" is not an ISO 8601 date` },
  ),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `ReleaseNote: unknown prop ${issue.keys.join(', ')}; ReleaseNote takes project, version, url, thanks, recommended, date` : undefined) });

/** A talk, meetup or live stream: its abstract is the children. */
export const eventCardPropsSchema = z.strictObject({
  title: required('EventCard', 'title'),
  start: eventTime('EventCard', 'start'),
  end: eventTime('EventCard', 'end').optional(),
  speakers: optional('EventCard', 'speakers'),
  location: optional('EventCard', 'location'),
  register: webUrl('EventCard', 'register'),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `EventCard: unknown prop ${issue.keys.join(', ')}; EventCard takes title, start, end, speakers, location, register` : undefined) });

export type QAProps = z.output<typeof qaPropsSchema>;
export type ReleaseNoteProps = z.output<typeof releaseNotePropsSchema>;
export type EventCardProps = z.output<typeof eventCardPropsSchema>;

/** Every component a post may use, by the name it is written with. */
export const componentPropSchemas = {
  QA: qaPropsSchema,
  ReleaseNote: releaseNotePropsSchema,
  EventCard: eventCardPropsSchema,
} as const;

export type ComponentName = keyof typeof componentPropSchemas;

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(componentPropSchemas, name);
}
