// How npm run check prints what it found. A site moved over from Hugo can have hundreds of warnings
// of one kind (485 images without alt text in 300 files, on the SOFAStack site), which bury the few
// messages that matter: so a kind that repeats is printed once, with its count and its first few.
import type { ContentError } from '@/lib/model/content-error';

/** How many warnings of one kind are printed before the rest are counted instead. */
const shownPerKind = 3;

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The reason with what differs between two problems of one kind masked as "…": quoted text, paths,
 * URLs, file names and numbers. Stands for the kind of a problem made without one, so that messages
 * never seen before group too.
 */
export function maskedReason(reason: string): string {
  return reason
    .replace(/"[^"]*"|“[^”]*”|「[^」]*」|`[^`]*`/g, (quoted) => `${quoted[0]}…${quoted.at(-1)}`)
    .replace(/[^\s"“”「」`]*(?:\/|\\|\.[A-Za-z][A-Za-z0-9]{0,4}\b)[^\s"“”「」`;,]*/g, '…')
    .replace(/\b\d+(?:[.:]\d+)*\b/g, '…');
}

/** The kind of a problem: the one it was made with, or else its masked reason. */
export function kindOf(problem: ContentError): string {
  return problem.kind ?? maskedReason(problem.reason);
}

/** What a group of warnings says it is: the masked reason of its first, up to where it says what to do. */
function headingOf(problem: ContentError): string {
  return maskedReason(problem.reason).split(/;\s/)[0]!;
}

const fileCount = (problems: ContentError[]) => new Set(problems.map((problem) => problem.file)).size;

/**
 * The lines npm run check prints for these problems: warnings first, then errors, every error in
 * full. Unless `verbose`, a kind of warning that occurs more than shownPerKind + 1 times is printed
 * as its count, its first shownPerKind in full, and how many more there are in how many files
 * (one line saying "1 more" would save nothing). Warnings of rarer kinds come first, as they were found.
 */
export function problemReport(warnings: ContentError[], errors: ContentError[], verbose: boolean): string[] {
  const errorLines = errors.map((error) => error.message);
  if (verbose) return [...warnings.map((warning) => warning.message), ...errorLines];
  const byKind = new Map<string, ContentError[]>();
  for (const warning of warnings) {
    const kind = kindOf(warning);
    const group = byKind.get(kind);
    if (group) group.push(warning);
    else byKind.set(kind, [warning]);
  }
  const isGrouped = (group: ContentError[]) => group.length > shownPerKind + 1;
  const single = warnings.filter((warning) => !isGrouped(byKind.get(kindOf(warning))!));
  const groups = [...byKind.values()].filter(isGrouped).flatMap((group) => {
    const rest = group.slice(shownPerKind);
    return [
      `${plural(group.length, 'warning')} in ${plural(fileCount(group), 'file')}: ${headingOf(group[0]!)}`,
      ...group.slice(0, shownPerKind).map((warning) => warning.message),
      `… and ${rest.length} more in ${plural(fileCount(rest), 'file')} (npm run check -- --verbose prints every one)`,
    ];
  });
  return [...single.map((warning) => warning.message), ...groups, ...errorLines];
}
