import { closest, distance } from 'fastest-levenshtein';
import matter from 'gray-matter';
import { CST, Lexer, LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';
import { z } from 'zod';
import { isSafeUrl } from '../model/markup-allow-list';
import { aliasExportFile } from '../urls';
import { ContentError, ContentErrors } from '../model/content-error';
import { parseDate } from '../model/dates';
import { controlCharacterIn, normalizeName, segmentSizeProblem, shownName, urlize } from '../model/names';

const text = (field: string) =>
  z.string({
    error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text, in quotes if need be`),
  });

const webUrl = (field: string) =>
  text(field).refine((value) => isSafeUrl(value.trim(), 'href') && /^https?:\/\//i.test(value.trim()), `${field} must be an http(s) URL`);

const nameList = (field: string) => {
  const message = `${field} must be a list of names, such as ${field}: ["SOFA Weekly", "SOFAJRaft"]`;
  return z.array(z.string({ error: message }), { error: message });
};

/** The front matter a post may have. Dates are read as text so that YAML never turns them into the build machine's time. */
export const frontMatterSchema = z.looseObject({
  title: text('title').refine((value) => normalizeName(value) !== '', 'title must not be empty'),
  date: text('date').optional(),
  lastmod: text('lastmod').optional(),
  author: text('author').optional(),
  authorlink: webUrl('authorlink').optional(),
  description: text('description').optional(),
  summary: text('summary').optional(),
  categories: z.union([z.string(), nameList('categories')], {
    error: 'categories must be a name or a list of names, such as categories: ["SOFA Weekly"]',
  }).optional(),
  tags: nameList('tags').optional(),
  cover: text('cover')
    .refine((value) => isSafeUrl(value.trim(), 'src'), 'cover must be an image path or an http(s) URL')
    .optional(),
  draft: z.boolean({ error: 'draft must be true or false' }).optional(),
  slug: text('slug').optional(),
  url: text('url')
    .refine((value) => !/^[a-z][a-z0-9+.-]*:|^\/\/|\\/i.test(value.trim()), 'url must be a path from the language\'s root, such as /blog/old-name/')
    .optional(),
  translationKey: text('translationKey').optional(),
  aliases: z.union([z.string(), z.array(z.string())], {
    error: 'aliases must be a path or a list of paths, such as aliases: ["/2020/07/10/old-url/"]',
  }).optional(),
});

const knownKeys = Object.keys(frontMatterSchema.shape);

/** Front matter checked and cleaned: names normalised, categories always a list, the date read in the site's time zone. */
export interface FrontMatter {
  title: string;
  /** Undefined only where a date is optional: a single page, a section's _index.md. */
  date: Date | undefined;
  /** Hugo's lastmod: when the post was last changed, for the sitemap and structured data. */
  lastModified?: Date;
  author?: string;
  authorlink?: string;
  description?: string;
  summary?: string;
  categories: string[];
  tags: string[];
  cover?: string;
  isDraft: boolean;
  slug?: string;
  /** Hugo's url: the whole path of the page from its language's root, as segments ("/blog/a/" is blog, a). */
  url?: string[];
  urlLine: number;
  translationKey?: string;
  /** Old paths of the post that redirect to it: from the site root, or (as Hugo reads them) from the post's parent path. */
  aliases: string[];
  /** The line of aliases: in the file, for what only the whole site can tell about them. */
  aliasesLine: number;
}

/**
 * Why a name that becomes a URL segment (a tag, a category, a slug) cannot be one, or undefined:
 * a control character, or a segment too long to be a file name of the export.
 */
function segmentNameProblem(field: string, name: string): string | undefined {
  const control = controlCharacterIn(name);
  if (control !== undefined) return `${field} "${shownName(name)}" contains the control character ${control}; remove it`;
  const tooLong = segmentSizeProblem(urlize(name));
  return tooLong === undefined ? undefined : `${field} "${shownName(name)}" makes a URL segment ${tooLong}`;
}

export interface ParsedSource {
  frontMatter: FrontMatter;
  /** What is suspicious but safe: an unknown key, an empty description. */
  warnings: ContentError[];
  /** The line of each front matter key, for messages about its value. */
  lineOf: (key: string) => number;
  /** The body with the front matter replaced by as many empty lines, so that positions in it are positions in the file. */
  body: string;
}

/**
 * What stops the front matter's YAML aliases (`*name`, a copy of the value marked `&name`) from being
 * expanded: an alias before its anchor, or, as yaml's maxAliasCount decides, so many copies of
 * copies that a few lines would expand to millions of values. yaml throws both from toJS() with
 * no place; found here, they name the alias's line.
 */
function findAliasError(document: Document, lineCounter: LineCounter, file: string): ContentError | undefined {
  const anchors = new Set<string>();
  const aliases: { source: string; line: number; column: number; isResolved: boolean }[] = [];
  // visit() goes in document order: an alias whose anchor is not yet known comes before it.
  visit(document, {
    Alias: (_key, alias) => {
      const { line, col } = lineCounter.linePos(alias.range?.[0] ?? 0);
      aliases.push({ source: alias.source, line, column: col, isResolved: anchors.has(alias.source) });
    },
    Node: (_key, node) => {
      if (node.anchor) anchors.add(node.anchor);
    },
  });
  const unresolved = aliases.find((alias) => !alias.isResolved);
  if (unresolved) {
    const { source, line, column } = unresolved;
    return new ContentError(file, line, column, `malformed YAML front matter: the alias *${source} has no anchor &${source} before it; mark the value to copy with &${source} first, or write the value out`);
  }
  const first = aliases[0];
  if (!first) return undefined;
  try {
    document.toJS();
    return undefined;
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return new ContentError(file, first.line, first.column, `front matter uses too many YAML aliases (*${first.source} and the others expand to more values than yaml reads, copies of copies counted); write the values out instead of copying them with aliases`);
  }
}

/** The front matter's YAML read once: its document, and the line counter that turns its offsets into lines. */
interface YamlRead {
  document: Document;
  lineCounter: LineCounter;
}

function parseYaml(yaml: string): YamlRead {
  const lineCounter = new LineCounter();
  // YAML 1.2's core schema keeps 2020-07-10T15:00:00 as text: the site's time zone decides what it means.
  const document = parseDocument(yaml, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  return { document, lineCounter };
}

/**
 * How many wrapped values (see readYaml) one front matter may have: finding each lexes the front matter
 * once more, and a post has a dozen keys the site reads. Past that, yaml's first error stands.
 */
const maxWrappedValues = 20;

/**
 * The front matter's YAML, read as Hugo reads it. A quoted value may wrap onto lines that are not
 * indented under its key (`description: "…` with the closing `"` alone at column 0). YAML 1.2 wants
 * them indented, and yaml stops there ("Missing closing quote"); go-yaml, Hugo's reader, and js-yaml
 * read on to the closing quote. Such a value is read again with those lines indented: a quoted value's
 * later lines lose their leading spaces as it is folded, so the value is the one Hugo reads, and every
 * line keeps its number (only the columns of the indented lines move).
 */
function readYaml(yaml: string): YamlRead {
  const read = parseYaml(yaml);
  if (read.document.errors.length === 0) return read;
  let text = yaml;
  for (let wrapped = 0; ; wrapped++) {
    const indented = indentWrappedValue(text);
    if (indented === undefined) break;
    if (wrapped === maxWrappedValues) return read;
    text = indented;
  }
  return text === yaml ? read : parseYaml(text);
}

// Marks yaml's lexer yields between tokens, which are not text of the source.
const lexerMarks = new Set(['doc-mode', 'flow-error-end', 'scalar']);

/**
 * The text with the lines of its first wrapped quoted value indented under its key, or undefined when
 * there is none. yaml's lexer, meeting a line indented too little inside quotes, ends the value just
 * before that line break when its closing quote comes later: such a value stops at a line break, short of
 * its closing quote. A quote never closed runs to the end of the text instead, and stays an error, as
 * does one whose closing quote has more after it on its line: that quote opens the next value (a
 * `title: "x"` swallowed by a quote left open above it), and the open quote's own error says more.
 */
function indentWrappedValue(text: string): string | undefined {
  let start = 0;
  for (const token of new Lexer().lex(text)) {
    if (lexerMarks.has(CST.tokenType(token) ?? '')) continue;
    const end = start + token.length;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && text[end] === '\n') {
      const closing = closingQuoteAt(text, start + 1, quote);
      if (closing > end) {
        const endsItsLine = /^[ \t]*(#.*)?$/.test(text.slice(closing + 1, lineEndAt(text, closing)));
        return endsItsLine ? indentLines(text, start, end, closing) : undefined;
      }
    }
    start = end;
  }
  return undefined;
}

const lineEndAt = (text: string, offset: number) => {
  const lineEnd = text.indexOf('\n', offset);
  return lineEnd === -1 ? text.length : lineEnd;
};

/** The text with the lines after `end` up to the one of `closing` indented one space deeper than the line the value starts on. */
function indentLines(text: string, start: number, end: number, closing: number): string {
  const leadingSpaces = (line: string) => /^ */.exec(line)![0].length;
  const wantedIndent = leadingSpaces(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) + 1;
  const wrappedEnd = lineEndAt(text, closing);
  const indentedLines = text
    .slice(end + 1, wrappedEnd)
    .split('\n')
    .map((line) => {
      const spaces = leadingSpaces(line);
      return line.trim() === '' || spaces >= wantedIndent ? line : ' '.repeat(wantedIndent - spaces) + line;
    })
    .join('\n');
  return text.slice(0, end + 1) + indentedLines + text.slice(wrappedEnd);
}

/** Where the quote that closes a quoted value is, searching from `from` as yaml's lexer does: `\"` and `''` are escapes. */
function closingQuoteAt(text: string, from: number, quote: '"' | "'"): number {
  let at = text.indexOf(quote, from);
  while (at !== -1) {
    if (quote === "'") {
      if (text[at + 1] !== "'") return at;
      at = text.indexOf(quote, at + 2);
      continue;
    }
    let backslashes = 0;
    while (text[at - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = text.indexOf(quote, at + 1);
  }
  return -1;
}

/** A post's text split in two: its front matter as YAML data, with the line of each key, and its body. */
interface SplitSource {
  data: Record<string, unknown>;
  lineOf: (key: string | undefined) => number;
  /** The body with the front matter replaced by as many empty lines, so that positions in it are positions in the file. */
  body: string;
}

/** Splits a post's text at its front matter and reads the YAML, which must be a map of keys. */
function splitSource(source: string, file: string): SplitSource {
  const normalized = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new ContentError(file, 0, 0, 'the file is empty; a post needs front matter with a title and a date');
  if (normalized.startsWith('+++')) {
    throw new ContentError(file, 1, 1, 'TOML front matter (+++) is not supported; write it as YAML between two lines of ---');
  }
  if (!normalized.startsWith('---')) {
    throw new ContentError(file, 1, 1, 'no front matter; start the file with a --- line, then title: and date:, then another --- line');
  }
  let lineCounter = new LineCounter();
  let document: Document | undefined;
  let aliasError: ContentError | undefined;
  const parsed = matter(normalized, {
    engines: {
      yaml: (yaml: string) => {
        ({ document, lineCounter } = readYaml(yaml));
        if (document.errors.length > 0) return {};
        aliasError = findAliasError(document, lineCounter, file);
        return aliasError ? {} : (document.toJS() ?? {});
      },
    },
  });
  const yamlError = document?.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    throw new ContentError(file, position.line, position.col, `malformed YAML front matter: ${yamlError.message.split('\n')[0]}`);
  }
  if (aliasError) throw aliasError;
  const lineOfWritten = (key: string | undefined): number => {
    const contents = document?.contents;
    const pair = isMap(contents) ? contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  // Each key the site reads, as the file writes it (Title for title).
  const writtenKeys = new Map<string, string>();
  const lineOf = (field: string | undefined): number => lineOfWritten((field !== undefined && writtenKeys.get(field)) || field);
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(file, 1, 1, 'front matter must be a list of key: value lines');
  }
  // Hugo reads front matter keys whatever their case (Title:, Date:, translationkey:): so does the site.
  const cased: [string, unknown][] = [];
  for (const [key, value] of Object.entries(data)) {
    const known = knownKeys.find((name) => name.toLowerCase() === key.toLowerCase()) ?? key;
    if (writtenKeys.has(known)) {
      throw new ContentError(file, lineOfWritten(key), 1,
        `${known} is written twice, as ${writtenKeys.get(known)}: and ${key}:, which Hugo reads as one key; keep one`);
    }
    writtenKeys.set(known, key);
    cased.push([known, value]);
  }
  const frontMatterLines = normalized.slice(0, normalized.length - parsed.content.length).split('\n').length - 1;
  // Own properties, whatever the keys: `data.__proto__ = {title: …}` would give the post a title the schema reads but no key says.
  return { data: Object.fromEntries(cased), lineOf, body: '\n'.repeat(frontMatterLines) + parsed.content };
}

type FrontMatterValues = z.output<typeof frontMatterSchema>;

const unknownKeys = (data: Record<string, unknown>) => Object.keys(data).filter((key) => !knownKeys.includes(key));

/** The key the site reads that an unknown key is likely a misspelling of (dat, titel), or undefined. */
function likelyKey(key: string): string | undefined {
  const likely = closest(key, knownKeys);
  return distance(key, likely) <= 2 ? likely : undefined;
}

/** The front matter through its schema, and its date read in the site's time zone; the first problem is an error at its line. */
function validateFrontMatter({ data, lineOf }: SplitSource, file: string, timeZone: string, isDateRequired: boolean): { values: FrontMatterValues; date: Date | undefined } {
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const misspelt = field !== undefined && data[field] === undefined ? unknownKeys(data).find((key) => likelyKey(key) === field) : undefined;
    if (misspelt !== undefined) throw new ContentError(file, lineOf(misspelt), 1, `${issue.message}; did you mean ${field}: instead of ${misspelt}:?`);
    throw new ContentError(file, lineOf(field), 1, issue.message);
  }
  const values = result.data;
  if (values.lastmod !== undefined && !parseDate(values.lastmod, timeZone)) {
    throw new ContentError(file, lineOf('lastmod'), 1, `lastmod "${values.lastmod}" is not an ISO 8601 date; write it like 2020-07-10T15:00:00+08:00 or 2020-07-10`);
  }
  if (values.date === undefined) {
    if (!isDateRequired) return { values, date: undefined };
    const misspelt = unknownKeys(data).find((key) => likelyKey(key) === 'date');
    if (misspelt !== undefined) throw new ContentError(file, lineOf(misspelt), 1, `date is required; did you mean date: instead of ${misspelt}:?`);
    throw new ContentError(file, 1, 1, 'date is required');
  }
  const date = parseDate(values.date, timeZone);
  if (!date) {
    throw new ContentError(
      file,
      lineOf('date'),
      1,
      `date "${values.date}" is not an ISO 8601 date; write it like 2020-07-10T15:00:00+08:00 or 2020-07-10`,
    );
  }
  return { values, date };
}

/** What is suspicious but safe: an unknown key (with the likely one), an empty description. */
function frontMatterWarnings({ data, lineOf }: SplitSource, values: FrontMatterValues, file: string): ContentError[] {
  const warnings: ContentError[] = [];
  for (const key of unknownKeys(data)) {
    const likely = likelyKey(key);
    const hint = likely !== undefined ? `; did you mean ${likely}?` : `; the site reads ${knownKeys.join(', ')}`;
    warnings.push(new ContentError(file, lineOf(key), 1, `unknown front matter key "${key}"${hint}`, 'warning'));
  }
  if (values.description !== undefined && normalizeName(values.description) === '') {
    warnings.push(new ContentError(file, lineOf('description'), 1, 'description is empty; lists will show the first paragraph instead', 'warning'));
  }
  return warnings;
}

const listed = (list: string | string[] | undefined) => (typeof list === 'string' ? [list] : (list ?? []));

/** The segments of a url: path ("/blog/a/", "blog/a", "/blog/a/index.html"), "." and ".." read as a browser reads them. */
function urlSegments(url: string): string[] {
  const segments: string[] = [];
  for (const segment of url.trim().split(/[?#]/)[0]!.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  if (segments.at(-1)?.toLowerCase() === 'index.html') segments.pop();
  return segments;
}

/** Names that become URL segments or files of the export (slug, tags, categories, aliases) that cannot: every one is an error. */
function findNameErrors({ lineOf }: SplitSource, values: FrontMatterValues, aliases: string[], file: string): ContentError[] {
  const nameErrors: ContentError[] = [];
  const segmentNames: [key: string, field: string, names: string[]][] = [
    ['slug', 'slug', listed(values.slug)],
    ['url', 'url segment', values.url === undefined ? [] : urlSegments(values.url)],
    ['tags', 'tag', listed(values.tags)],
    ['categories', 'category', listed(values.categories)],
  ];
  for (const [key, field, list] of segmentNames) {
    for (const name of list) {
      const problem = segmentNameProblem(field, name);
      if (problem !== undefined) nameErrors.push(new ContentError(file, lineOf(key), 1, problem));
    }
  }
  for (const alias of aliases) {
    // A relative alias is resolved against the post's URL once that is known; its own text is checked here.
    const target = aliasExportFile(alias.startsWith('/') ? alias : `/${alias}`);
    if ('problem' in target) nameErrors.push(new ContentError(file, lineOf('aliases'), 1, `alias "${shownName(alias)}" ${target.problem}`));
  }
  return nameErrors;
}

/**
 * Splits a post into front matter and body and validates the front matter.
 * Throws a ContentError naming the file, the line and the field.
 */
export function parseSource(source: string, file: string, timeZone: string, isDateRequired = true): ParsedSource {
  const split = splitSource(source, file);
  const { values, date } = validateFrontMatter(split, file, timeZone, isDateRequired);
  const aliases = listed(values.aliases).map((alias) => alias.trim());
  const nameErrors = findNameErrors(split, values, aliases, file);
  if (nameErrors.length > 0) throw new ContentErrors(nameErrors);
  const names = (list: string | string[] | undefined) => listed(list).map(normalizeName).filter((name) => name !== '');
  const optionalText = (value: string | undefined) => (value === undefined ? undefined : normalizeName(value) || undefined);
  const { lineOf, body } = split;
  return {
    warnings: frontMatterWarnings(split, values, file),
    lineOf,
    frontMatter: {
      title: normalizeName(values.title),
      date,
      ...(values.lastmod !== undefined && { lastModified: parseDate(values.lastmod, timeZone)! }),
      author: optionalText(values.author),
      authorlink: values.authorlink?.trim(),
      description: optionalText(values.description),
      summary: optionalText(values.summary),
      categories: names(values.categories),
      tags: names(values.tags),
      cover: values.cover?.trim() || undefined,
      isDraft: values.draft ?? false,
      slug: optionalText(values.slug),
      ...(values.url !== undefined && { url: urlSegments(values.url) }),
      urlLine: lineOf('url'),
      translationKey: optionalText(values.translationKey),
      aliases,
      aliasesLine: lineOf('aliases'),
    },
    body,
  };
}
