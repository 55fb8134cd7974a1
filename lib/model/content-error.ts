/** One problem found in one content file, located as a compiler would locate it. */
export class ContentError extends Error {
  constructor(
    /** Path of the file, relative to the project root. */
    readonly file: string,
    /** 1-based line in the file (front matter included); 0 when the problem is the whole file. */
    readonly line: number,
    /** 1-based column; 0 when unknown. */
    readonly column: number,
    readonly reason: string,
    readonly severity: 'error' | 'warning' = 'error',
    /**
     * A short stable key for what kind of problem this is ('image-without-alt'), the same for every
     * file it occurs in, so that `npm run check` can show a warning repeated a thousand times once.
     */
    readonly kind?: string,
  ) {
    super(formatLocation(file, line, column) + `  ${severity}  ${reason}`);
    this.name = 'ContentError';
  }
}

/** A ContentError's fields as plain data: a class does not cross threads or JSON, its fields do. */
export type ContentProblem = Pick<ContentError, 'file' | 'line' | 'column' | 'reason' | 'severity' | 'kind'>;

/** The ContentError that a ContentProblem (one that crossed a thread or was read from a cache) describes. */
export function reviveContentError({ file, line, column, reason, severity, kind }: ContentProblem): ContentError {
  return new ContentError(file, line, column, reason, severity, kind);
}

function formatLocation(file: string, line: number, column: number): string {
  if (line <= 0) return file;
  return column > 0 ? `${file}:${line}:${column}` : `${file}:${line}`;
}

/** Thrown when content has errors: its message lists every one of them, one per line. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
    super(`${errors.map((error) => error.message).join('\n')}\n\n${count} in content; fix them and build again.`);
    this.name = 'ContentErrors';
  }
}

/**
 * A reference that leads nowhere or clashes: a link or image whose URL has an unknown or malformed
 * scheme, a cover that is not a path or URL, an alias two posts claim. Such a post is still safe
 * without it: under brokenLinks 'warning' the problem is a warning and the post is built without that
 * one reference (`outcome` says how), otherwise it is an error. Plain data, so that the parse cache
 * can keep it whatever the mode of the run that reads it.
 */
export interface ReferenceProblem {
  file: string;
  line: number;
  column: number;
  /** What was found, and how to write it. */
  reason: string;
  /** What the page shows instead when the problem is a warning: "the page shows its text without the link". */
  outcome: string;
  kind: string;
}

/** A reference problem as this run reports it: an error, or a warning that says what the page shows instead. */
export function reportReference({ file, line, column, reason, outcome, kind }: ReferenceProblem, severity: 'error' | 'warning'): ContentError {
  return new ContentError(file, line, column, severity === 'warning' ? `${reason}; ${outcome}` : reason, severity, kind);
}
