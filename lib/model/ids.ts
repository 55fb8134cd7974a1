import { createHash } from 'node:crypto';

/**
 * A short id made from what identifies a thing (a question and its asker, an event's title and
 * start), so it stays the same from build to build and whatever else a post adds around it.
 */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 10);
}
