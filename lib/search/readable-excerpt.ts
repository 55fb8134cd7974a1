import type { Language } from '@/site.config';
import type { ExcerptPart } from './excerpt-parts';

/** A part of a page's text that an excerpt may show: the whole page, or a question's answer. */
export type TextRange = { start: number; end: number };

// Pagefind cuts its excerpt a number of words either side of the matches, wherever that falls:
// "连帅 提问：…" starts inside "@郝连帅", "…未及时刷盘导致" stops inside a clause. The page's whole text
// (Pagefind's `content`) says what comes before and after, so the excerpt can be widened to the
// nearest clause boundary, or cut at one, and marked with an ellipsis where a sentence goes on beyond it.
const widest = 40;
const ellipsis = '…';
// An excerpt may start after a clause's end and stops after a sentence's (an excerpt that ends on "，"
// reads as cut). ASCII marks count only before a space: "2.10.4" and "Bits.java" go on.
const clauseEnd = { chinese: /[。！？；，：]/, latin: /[.!?;,:]/ };
const sentenceEnd = { chinese: /[。！？；]/, latin: /[.!?;]/ };
// What may come before an excerpt without an ellipsis: a sentence's end, or a colon (a list item after
// "主要变更如下：" stands alone); after a comma the sentence began earlier.
const standaloneStart = { chinese: /[。！？；：]/, latin: /[.!?;:]/ };

function endsAt(content: string, index: number, marks: { chinese: RegExp; latin: RegExp }): boolean {
  const char = content[index];
  if (char === undefined) return false;
  if (marks.chinese.test(char)) return true;
  return marks.latin.test(char) && (index + 1 >= content.length || /\s/.test(content.charAt(index + 1)));
}

const endsClause = (content: string, index: number) => endsAt(content, index, clauseEnd);
const endsSentence = (content: string, index: number) => endsAt(content, index, sentenceEnd);

// A sentence may end inside its closing quote or bracket: "。”" and 'done."' end it all the same.
const closingMarks = /[”’」』）》)\]"']/;

/**
 * Whether text starting at `at` begins after one of these marks (a clause's end, a sentence's): only
 * spaces since the mark, or since a closing quote or bracket right after it, or the range's start.
 */
function startsAfter(content: string, at: number, range: TextRange, marks: { chinese: RegExp; latin: RegExp }): boolean {
  let index = at - 1;
  while (index >= range.start && /\s/.test(content.charAt(index))) index--;
  if (index < range.start || endsAt(content, index, marks)) return true;
  let inside = index;
  while (inside >= range.start && closingMarks.test(content.charAt(inside))) inside--;
  if (inside === index || inside < range.start) return false;
  const mark = content.charAt(inside);
  return marks.chinese.test(mark) || marks.latin.test(mark);
}

/** Whether text ending at `at` ends a sentence, or the range. */
function finishesSentence(content: string, at: number, range: TextRange): boolean {
  let index = at - 1;
  while (index > range.start && /\s/.test(content.charAt(index))) index--;
  return endsSentence(content, index) || content.slice(at, range.end).trim() === '';
}

/**
 * Pagefind joins blocks that end without a full stop (a heading, a table cell) with an English ". ",
 * and every block with a space: in Chinese text that reads "恢复时间. Raft 日志" and "告警。 A：".
 * Beside Chinese the joint becomes "。", and a space after a Chinese mark goes.
 */
function chinesePunctuation(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}）」』”])\.(?= |$)|\.(?= +[\p{Script=Han}（「『“])/gu, '。')
    .replace(/(?<=[。！？；，：、）」』”])\s+/gu, '');
}

/**
 * Pagefind's excerpt (`parts`, found in the page's text `content`) as a reader would quote it:
 * starting at a clause boundary and ending at a sentence's end, with an ellipsis where the sentence
 * goes on beyond either end, inside `range` (a question's answer, say).
 * An excerpt not found in `content` keeps its words, with ellipses at cut ends.
 */
export function readableExcerpt(parts: ExcerptPart[], content: string, lang: Language, range: TextRange = { start: 0, end: content.length }): ExcerptPart[] {
  const text = parts.map((part) => part.text).join('');
  // An excerpt of a question's section may begin in the question, before the answer's range.
  const before = content.lastIndexOf(text, range.start);
  const found = before >= 0 ? before : content.indexOf(text, range.start);
  if (text.trim() === '') return [];
  // Not expected (the excerpt is cut from `content`); without its context, each end is taken as cut.
  if (found < 0) return withEllipses(parts, true, !endsSentence(text.trimEnd(), text.trimEnd().length - 1), lang);

  // The matches, as ranges of `content`.
  const marks: TextRange[] = [];
  let offset = found;
  for (const part of parts) {
    if (part.isMatch) marks.push({ start: offset, end: offset + part.text.length });
    offset += part.text.length;
  }
  let start = Math.max(found, range.start);
  // An excerpt all in the question before an answer keeps none of it: the answer's first sentence is shown.
  let end = Math.max(start, Math.min(found + text.length, range.end));
  const firstMark = marks.find((mark) => mark.end > start)?.start ?? end;
  const lastMark = marks.findLast((mark) => mark.start < end)?.end ?? start;

  let isCutAtStart = false;
  if (!startsAfter(content, start, range, clauseEnd)) {
    const back = lastIndexWhere(content, start - 1, Math.max(range.start, start - widest), (index) => endsClause(content, index));
    const forward = firstIndexWhere(content, start, Math.min(firstMark, end), (index) => endsClause(content, index));
    if (back >= 0) start = back + 1;
    else if (start - range.start <= widest) start = range.start;
    else if (forward >= 0) start = forward + 1;
    else isCutAtStart = true;
  }
  let isCutAtEnd = false;
  // Ending at a block that Pagefind closes with ". " (a heading, a cell), the excerpt takes its full stop.
  const blockEnd = /^\s*\.(\s|$)/.exec(content.slice(end, range.end));
  if (blockEnd) end += blockEnd[0].trimEnd().length;
  else if (!finishesSentence(content, end, range)) {
    const forward = firstIndexWhere(content, end, Math.min(range.end, end + widest), (index) => endsSentence(content, index));
    const back = lastIndexWhere(content, end - 1, Math.max(lastMark, start + 1), (index) => endsSentence(content, index));
    if (forward >= 0) end = forward + 1;
    else if (back >= 0) end = back + 1;
    else isCutAtEnd = true;
  }
  while (start < end && /\s/.test(content.charAt(start))) start++;
  while (end > start && /\s/.test(content.charAt(end - 1))) end--;
  // A clause in the middle of a sentence ("so that an application…") says that words come before it.
  if (!startsAfter(content, start, range, standaloneStart)) isCutAtStart = true;

  const readable: ExcerptPart[] = [];
  let at = start;
  for (const mark of marks) {
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (to <= from) continue;
    if (from > at) readable.push({ text: content.slice(at, from), isMatch: false });
    readable.push({ text: content.slice(from, to), isMatch: true });
    at = to;
  }
  if (at < end) readable.push({ text: content.slice(at, end), isMatch: false });
  return withEllipses(readable, isCutAtStart, isCutAtEnd, lang);
}

function withEllipses(parts: ExcerptPart[], isCutAtStart: boolean, isCutAtEnd: boolean, lang: Language): ExcerptPart[] {
  const tidied = parts.map((part) => ({ ...part, text: lang === 'zh' ? chinesePunctuation(part.text) : part.text })).filter((part) => part.text !== '');
  if (tidied.length === 0) return [];
  if (isCutAtStart) tidied.unshift({ text: ellipsis, isMatch: false });
  if (isCutAtEnd) {
    // "恢复时间，…" reads as two marks where one is meant.
    const last = tidied.at(-1)!;
    if (!last.isMatch) last.text = last.text.replace(/[\s，：、,:]+$/u, '');
    tidied.push({ text: ellipsis, isMatch: false });
  }
  // Neighbours of the same kind read as one run (an ellipsis beside plain text).
  return tidied.reduce<ExcerptPart[]>((joined, part) => {
    const previous = joined.at(-1);
    if (previous && previous.isMatch === part.isMatch) previous.text += part.text;
    else joined.push({ ...part });
    return joined;
  }, []);
}

function firstIndexWhere(content: string, from: number, to: number, test: (index: number) => boolean): number {
  for (let index = from; index < to; index++) if (test(index)) return index;
  return -1;
}

function lastIndexWhere(content: string, from: number, to: number, test: (index: number) => boolean): number {
  for (let index = from; index >= to; index--) if (test(index)) return index;
  return -1;
}
