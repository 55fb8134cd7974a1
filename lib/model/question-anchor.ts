import type { QAProps } from './component-props';
import { questionAnchorPrefix } from './question-anchor-prefix';
import { normalizeName } from './names';
import { stableId } from './ids';

/**
 * The id of a question on its post page and on /qa/, so a maintainer can link an answer:
 * the same question by the same asker keeps its anchor whatever is added around it.
 */
export function questionAnchor({ asker, question }: Pick<QAProps, 'asker' | 'question'>): string {
  return `${questionAnchorPrefix}${stableId(normalizeName(asker), normalizeName(question))}`;
}
