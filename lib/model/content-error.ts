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
  ) {
    super(formatLocation(file, line, column) + `  ${severity}  ${reason}`);
    this.name = 'ContentError';
  }
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
