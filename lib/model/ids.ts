import { createHash } from 'node:crypto';
import type { QAProps } from './component-props';
import { normalizeName, questionAnchorPrefix } from './names';

/**
 * A short id made from what identifies a thing (a question and its asker, an event's title and
 * start), so it stays the same from build to build and whatever else a post adds around it.
 */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 10);
}

/**
 * The id of a question on its post page and on /qa/, so a maintainer can link an answer:
 * the same question by the same asker keeps its anchor whatever is added around it.
 */
export function questionAnchor({ asker, question }: Pick<QAProps, 'asker' | 'question'>): string {
  return `${questionAnchorPrefix}${stableId(normalizeName(asker), normalizeName(question))}`;
}
