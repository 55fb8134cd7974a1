import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import { isSafeUrl, isScriptCapableUrl } from '../model/markup-allow-list';
import { aliasExportFile } from '../urls';
import { ContentError, ContentErrors, type ReferenceProblem } from '../model/content-error';
import { parseDate } from '../model/dates';
import { readFrontMatterData } from './front-matter-data';
import { controlCharacterIn, normalizeName, segmentSizeProblem, shownName, unsafeCharacterInBody, unsafeCharacterInValue, urlize, withoutUnsafeCharacters } from '../model/names';

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
  // One that could run script is refused here; one that only leads nowhere is a reference problem (coverProblem).
  cover: text('cover')
    .refine((value) => !isScriptCapableUrl(value.trim()), 'cover must be an image path or an http(s) URL')
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

// A section's _index.md may leave its title out: the list is titled as Hugo titles it (lib/model/section-title.ts).
const sectionPageSchema = frontMatterSchema.extend({ title: frontMatterSchema.shape.title.optional() });

/** Front matter checked and cleaned: names normalised, categories always a list, the date read in the site's time zone. */
export interface FrontMatter {
  /** Empty only in a section's _index.md that has none. */
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
  slugLine: number;
  /** Hugo's url: the whole path of the page from its language's root, as segments ("/blog/a/" is blog, a). */
  url?: string[];
  urlLine: number;
  translationKey?: string;
  /** The line of translationKey: in the file, 0 when the post has none. */
  translationKeyLine: number;
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
  /** A cover that is not an image path or URL: the post is built without it, or it is an error (ReferenceProblem). */
  references: ReferenceProblem[];
  /** The body with the front matter replaced by as many empty lines, so that positions in it are positions in the file. */
  body: string;
}

/** A post's text split in two: its front matter as YAML data, with the line of each key, and its body. */
interface SplitSource {
  data: Record<string, unknown>;
  lineOf: (key: string | undefined) => number;
  /** The body with the front matter replaced by as many empty lines, so that positions in it are positions in the file. */
  body: string;
}

/** Splits a post's text at its front matter and reads it (YAML, TOML or JSON), which must be a map of keys. */
function splitSource(source: string, file: string): SplitSource {
  const normalized = source.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new ContentError(file, 0, 0, 'the file is empty; a post needs front matter with a title and a date');
  const { format, data, lineOfKey, bodyStart } = readFrontMatterData(normalized, file);
  const lineOfWritten = (key: string | undefined): number => (key === undefined ? undefined : lineOfKey(key)) ?? 1;
  // Each key the site reads, as the file writes it (Title for title).
  const writtenKeys = new Map<string, string>();
  const lineOf = (field: string | undefined): number => lineOfWritten((field !== undefined && writtenKeys.get(field)) || field);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const example = { YAML: 'a list of key: value lines', TOML: 'key = value lines', JSON: 'an object of "key": value pairs' }[format];
    throw new ContentError(file, 1, 1, `front matter must be ${example}`);
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
  const frontMatterLines = normalized.slice(0, bodyStart).split('\n').length - 1;
  // Own properties, whatever the keys: `data.__proto__ = {title: …}` would give the post a title the schema reads but no key says.
  return { data: Object.fromEntries(cased), lineOf, body: '\n'.repeat(frontMatterLines) + normalized.slice(bodyStart) };
}

type FrontMatterValues = z.output<typeof sectionPageSchema>;

const unknownKeys = (data: Record<string, unknown>) => Object.keys(data).filter((key) => !knownKeys.includes(key));

/** The key the site reads that an unknown key is likely a misspelling of (dat, titel), or undefined. */
function likelyKey(key: string): string | undefined {
  const likely = closest(key, knownKeys);
  return distance(key, likely) <= 2 ? likely : undefined;
}

/**
 * The keys Hugo reads a post's date from when it has no `date:` (its `:default` front matter
 * configuration, after date and before lastmod, which the schema reads): read the same way here.
 */
const hugoDateKeys = ['publishdate', 'pubdate', 'published', 'modified'];

/** The name a post without a title is shown by: its file's name, or its folder's for index.md. */
function titleFromFileName(file: string): string {
  const name = path.basename(file).replace(/\.[^.]+$/, '');
  return /^_?index$/i.test(name) ? path.basename(path.dirname(file)) : name;
}

/**
 * The front matter through its schema, and its date read in the site's time zone; the first problem is
 * an error at its line. A missing title or date, which Hugo publishes all the same (untitled, or
 * dated from publishDate or lastmod, or not at all), is a reference problem: an error, or under
 * brokenLinks 'warning' a warning, and the post is built titled by its file name, or undated.
 */
function validateFrontMatter({ data, lineOf }: SplitSource, file: string, timeZone: string, isDateRequired: boolean, isTitleRequired: boolean): { values: FrontMatterValues; date: Date | undefined; problems: ReferenceProblem[] } {
  const result = sectionPageSchema.safeParse(data);
  const misspelling = (field: string) => unknownKeys(data).find((key) => likelyKey(key) === field);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const misspelt = field !== undefined && data[field] === undefined ? misspelling(field) : undefined;
    if (misspelt !== undefined) throw new ContentError(file, lineOf(misspelt), 1, `${issue.message}; did you mean ${field}: instead of ${misspelt}:?`);
    throw new ContentError(file, lineOf(field), 1, issue.message);
  }
  const values = result.data;
  const problems: ReferenceProblem[] = [];
  const missing = (field: 'title' | 'date', outcome: string, kind: string) => {
    const misspelt = misspelling(field);
    problems.push({
      file,
      line: misspelt === undefined ? 1 : lineOf(misspelt),
      column: 1,
      reason: `${field} is required${misspelt === undefined ? '' : `; did you mean ${field}: instead of ${misspelt}:?`}`,
      outcome,
      kind,
    });
  };
  if (isTitleRequired && values.title === undefined) {
    values.title = titleFromFileName(file);
    missing('title', `the post is titled "${values.title}" from its file name (Hugo publishes it untitled)`, 'missing-title');
  }
  if (values.lastmod !== undefined && !parseDate(values.lastmod, timeZone)) {
    throw new ContentError(file, lineOf('lastmod'), 1, `lastmod "${values.lastmod}" is not an ISO 8601 date; write it like 2020-07-10T15:00:00+08:00 or 2020-07-10`);
  }
  const dated: [key: string, text: string] | undefined = values.date !== undefined
    ? ['date', values.date]
    : [
        ...Object.entries(data).flatMap(([key, value]): [string, string][] => (hugoDateKeys.includes(key.toLowerCase()) && typeof value === 'string' ? [[key, value]] : [])),
        ...(values.lastmod === undefined ? [] : [['lastmod', values.lastmod] as [string, string]]),
      ][0];
  if (dated === undefined) {
    if (isDateRequired) missing('date', 'the post has no date: it is dated 1970-01-01, after every dated post', 'missing-date');
    return { values, date: isDateRequired ? new Date(0) : undefined, problems };
  }
  const [dateKey, dateText] = dated;
  const date = parseDate(dateText, timeZone);
  if (!date) {
    throw new ContentError(file, lineOf(dateKey), 1, `${dateKey} "${dateText}" is not an ISO 8601 date; write it like 2020-07-10T15:00:00+08:00 or 2020-07-10`);
  }
  return { values, date, problems };
}

/** What is suspicious but safe: an unknown key (with the likely one), an empty description. */
function frontMatterWarnings({ data, lineOf }: SplitSource, values: FrontMatterValues, file: string): ContentError[] {
  const warnings: ContentError[] = [];
  for (const key of unknownKeys(data).filter((unknown) => !hugoDateKeys.includes(unknown.toLowerCase()))) {
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

/** Each string a front matter value holds, however deep in lists and maps. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Characters that no page, feed, index or calendar can carry, in any front matter value: an error at its key's line. */
function findUnsafeText({ data, lineOf }: SplitSource, file: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const [key, value] of Object.entries(data)) {
    for (const text of stringsIn(value)) {
      const unsafe = unsafeCharacterInValue(text);
      if (unsafe === undefined) continue;
      errors.push(new ContentError(file, lineOf(key), 1, `${key} "${shownName(text)}" contains ${unsafe.description}; remove it`));
      break;
    }
  }
  return errors;
}

/**
 * The body without the characters no page or feed can carry, and a warning at the first of them.
 * Text pasted from elsewhere brings stray controls (a backspace, U+0008, in a Chinese sentence), which
 * Hugo publishes as they are; they are invisible, so they go, and the post stays.
 */
function withoutUnsafeText(body: string, file: string): { body: string; warnings: ContentError[] } {
  const unsafe = unsafeCharacterInBody(body);
  if (unsafe === undefined) return { body, warnings: [] };
  const before = body.slice(0, unsafe.index);
  const cleaned = withoutUnsafeCharacters(body);
  const count = body.length - cleaned.length;
  const warning = new ContentError(file, before.split('\n').length, unsafe.index - before.lastIndexOf('\n'),
    `the text contains ${unsafe.description}${count > 1 ? ` (and ${count - 1} more such characters)` : ''}, which no page or feed can carry; it is left out, delete it from the file`, 'warning');
  return { body: cleaned, warnings: [warning] };
}

/**
 * Most aliases a post may have: each is a file of the export, and a static host counts files
 * (Cloudflare Pages: 20,000). A moved post has a handful.
 */
export const maxAliasesPerPost = 50;
/** Most tags and categories a post may have together: each may add a term's pages and feeds, four files or more. */
export const maxTermsPerPost = 30;

/** A post that would flood the export with files: too many aliases, or too many tags and categories. */
function findTooMany({ lineOf }: SplitSource, values: FrontMatterValues, aliases: string[], file: string): ContentError[] {
  const errors: ContentError[] = [];
  if (aliases.length > maxAliasesPerPost) {
    errors.push(new ContentError(file, lineOf('aliases'), 1,
      `${aliases.length} aliases, over the limit of ${maxAliasesPerPost} a post: each is a file of the export, and hosts limit files; keep the old paths readers still use`));
  }
  const terms = listed(values.tags).length + listed(values.categories).length;
  if (terms > maxTermsPerPost) {
    errors.push(new ContentError(file, lineOf(listed(values.tags).length > 0 ? 'tags' : 'categories'), 1,
      `${terms} tags and categories, over the limit of ${maxTermsPerPost} a post: each adds pages and feeds to the export; keep the ones readers look for`));
  }
  return errors;
}

/**
 * A cover that is not an image path or an http(s) URL (Hugo sites have `cover: "[https://…](https://…)"`):
 * it leads nowhere, and the post is safe without it.
 */
function coverProblem(cover: string | undefined, line: number, file: string): ReferenceProblem | undefined {
  if (cover === undefined || (isSafeUrl(cover, 'src') && !/^data:/i.test(cover))) return undefined;
  const link = /^\[[^\]]*\]\((\S+?)\)$/.exec(cover)?.[1];
  const address = link ?? /https?:\/\/[^\s<>"]*/i.exec(cover)?.[0];
  const fix = address !== undefined && isSafeUrl(address, 'src') ? `write the image's address alone: cover: "${address}"` : 'write the path of an image of the page bundle or public/ (cover: "/cover.jpg") or its http(s) URL';
  const what = link !== undefined ? 'is written as a Markdown link' : /^data:/i.test(cover) ? 'is a data: URL' : 'is not an image path or an http(s) URL';
  return { file, line, column: 1, reason: `cover "${shownName(cover.length > 80 ? `${cover.slice(0, 60)}…` : cover)}" ${what}; ${fix}`, outcome: 'the post is built without a cover', kind: 'cover-not-a-url' };
}

/**
 * Splits a post into front matter and body and validates the front matter.
 * Throws a ContentError naming the file, the line and the field.
 */
export function parseSource(source: string, file: string, timeZone: string, isDateRequired = true, isTitleRequired = true): ParsedSource {
  const split = splitSource(source, file);
  const { values, date, problems: missingValues } = validateFrontMatter(split, file, timeZone, isDateRequired, isTitleRequired);
  const aliases = listed(values.aliases).map((alias) => alias.trim());
  const nameErrors = findNameErrors(split, values, aliases, file);
  if (nameErrors.length > 0) throw new ContentErrors(nameErrors);
  const problems = [...findUnsafeText(split, file), ...findTooMany(split, values, aliases, file)];
  if (problems.length > 0) throw new ContentErrors(problems);
  const names = (list: string | string[] | undefined) => listed(list).map(normalizeName).filter((name) => name !== '');
  const optionalText = (value: string | undefined) => (value === undefined ? undefined : normalizeName(value) || undefined);
  const { lineOf } = split;
  const { body, warnings: textWarnings } = withoutUnsafeText(split.body, file);
  const cover = values.cover?.trim() || undefined;
  const refusedCover = coverProblem(cover, lineOf('cover'), file);
  return {
    warnings: [...frontMatterWarnings(split, values, file), ...textWarnings],
    lineOf,
    references: [...missingValues, ...(refusedCover === undefined ? [] : [refusedCover])],
    frontMatter: {
      title: normalizeName(values.title ?? ''),
      date,
      ...(values.lastmod !== undefined && { lastModified: parseDate(values.lastmod, timeZone)! }),
      author: optionalText(values.author),
      authorlink: values.authorlink?.trim(),
      description: optionalText(values.description),
      summary: optionalText(values.summary),
      categories: names(values.categories),
      tags: names(values.tags),
      cover: refusedCover === undefined ? cover : undefined,
      isDraft: values.draft ?? false,
      slug: optionalText(values.slug),
      slugLine: lineOf('slug'),
      ...(values.url !== undefined && { url: urlSegments(values.url) }),
      urlLine: lineOf('url'),
      translationKey: optionalText(values.translationKey),
      translationKeyLine: values.translationKey === undefined ? 0 : lineOf('translationKey'),
      aliases,
      aliasesLine: lineOf('aliases'),
    },
    body,
  };
}
