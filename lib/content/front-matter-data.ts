import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { CST, Lexer, LineCounter, parseDocument, isMap, isScalar, visit, type Document } from 'yaml';
import { ContentError } from '../model/content-error';

/**
 * The front matter formats Hugo reads, each told by how the file starts: `---` (YAML), `+++` (TOML)
 * or `{` (JSON). Each is read by a parser of data only: nothing in a post is ever run, whatever its
 * first line says (gray-matter, which this replaced, ran `---js` front matter through eval).
 */
export type FrontMatterFormat = 'YAML' | 'TOML' | 'JSON';

/** A post's front matter read as data, and where its body starts. */
export interface FrontMatterData {
  format: FrontMatterFormat;
  /** What the front matter holds: a map of keys, unless the file is wrong (checked by the caller). */
  data: unknown;
  /** The line in the file of a key written at the front matter's top level, or undefined. */
  lineOfKey: (key: string) => number | undefined;
  /** Where the body starts in the text. */
  bodyStart: number;
}

/** Where a front matter block is in the text: its format, its text and the offset and line it starts at. */
interface Block {
  format: FrontMatterFormat;
  text: string;
  /** The line of the file the block's text starts on (1-based). */
  firstLine: number;
  bodyStart: number;
}

const delimiters = { '---': 'YAML', '+++': 'TOML' } as const;

const lineEndAt = (text: string, offset: number) => {
  const lineEnd = text.indexOf('\n', offset);
  return lineEnd === -1 ? text.length : lineEnd;
};

/** The block between a `---` or `+++` line and the next line that is the same delimiter alone. */
function delimitedBlock(text: string, delimiter: keyof typeof delimiters, file: string): Block {
  const firstLineEnd = lineEndAt(text, 0);
  const firstLine = text.slice(0, firstLineEnd);
  if (firstLine.trimEnd() !== delimiter) {
    throw new ContentError(file, 1, 1,
      `the front matter starts with "${firstLine.trim().slice(0, 40)}"; write ${delimiter} alone on the first line: the site reads YAML (---), TOML (+++) and JSON ({) front matter, as Hugo does, and nothing else`);
  }
  const closing = new RegExp(`^${delimiter.replace(/\+/g, '\\+')}[ \\t]*$`, 'm');
  const rest = text.slice(firstLineEnd + 1);
  const match = firstLineEnd === text.length ? null : closing.exec(rest);
  if (!match) {
    throw new ContentError(file, 1, 1, `the front matter's ${delimiter} on line 1 is never closed; end the front matter with a line of ${delimiter}`);
  }
  const closingEnd = firstLineEnd + 1 + match.index + match[0].length;
  return {
    format: delimiters[delimiter],
    // The line break before the closing delimiter ends the last line; it is not text of the front matter.
    text: rest.slice(0, Math.max(0, match.index - 1)),
    firstLine: 2,
    bodyStart: closingEnd === text.length ? closingEnd : closingEnd + 1,
  };
}

/** The JSON object the text starts with, up to its closing brace, as Hugo finds it: braces inside strings do not count. */
function jsonBlock(text: string, file: string): Block {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) {
      const lineEnd = lineEndAt(text, at);
      return { format: 'JSON', text: text.slice(0, at + 1), firstLine: 1, bodyStart: Math.min(lineEnd + 1, text.length) };
    }
  }
  throw new ContentError(file, 1, 1, 'the JSON front matter\'s { on line 1 is never closed; end it with the } that matches it');
}

function findBlock(text: string, file: string): Block {
  if (text.startsWith('---')) return delimitedBlock(text, '---', file);
  if (text.startsWith('+++')) return delimitedBlock(text, '+++', file);
  if (text.startsWith('{')) return jsonBlock(text, file);
  throw new ContentError(file, 1, 1, 'no front matter; start the file with a --- line, then title: and date:, then another --- line');
}

/** Turns an offset of the block's text into the file's line and column. */
function positionIn(block: Block, offset: number): { line: number; column: number } {
  const before = block.text.slice(0, offset);
  const line = block.firstLine + (before.match(/\n/g)?.length ?? 0);
  return { line, column: offset - before.lastIndexOf('\n') };
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
      aliases.push({ source: alias.source, line: line + 1, column: col, isResolved: anchors.has(alias.source) });
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

function readYamlBlock(block: Block, file: string): Pick<FrontMatterData, 'data' | 'lineOfKey'> {
  // The front matter's first line is line 1 of the YAML; the file's line is one more.
  const { document, lineCounter } = readYaml(block.text);
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = lineCounter.linePos(yamlError.pos[0]);
    throw new ContentError(file, position.line + 1, position.col, `malformed YAML front matter: ${yamlError.message.split('\n')[0]}`);
  }
  const aliasError = findAliasError(document, lineCounter, file);
  if (aliasError) throw aliasError;
  const lineOfKey = (key: string) => {
    const contents = document.contents;
    const pair = isMap(contents) ? contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
  };
  return { data: document.toJS() ?? {}, lineOfKey };
}

/** TOML's dates as the text they were written as: the site's time zone, not the parser, decides a date without an offset. */
function tomlValue(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(tomlValue);
  // smol-toml's tables have no prototype; entries make them plain objects, a "__proto__" key an own key.
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tomlValue(item)]));
  return value;
}

/** A bare or quoted key at the start of a TOML line, before `=` or a dot: the top-level key it writes. */
const tomlKeyLine = /^[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_-]+)[ \t]*[=.]/;

/** A [table] or [[array of tables]] header, and the top-level key it starts with. */
const tomlTableHeader = /^[ \t]*\[\[?[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_-]+)/;

function tomlKeyName(written: string): string {
  if (written.startsWith("'")) return written.slice(1, -1);
  if (written.startsWith('"')) {
    try {
      return JSON.parse(written) as string;
    } catch {
      return written.slice(1, -1);
    }
  }
  return written;
}

function readTomlBlock(block: Block, file: string): Pick<FrontMatterData, 'data' | 'lineOfKey'> {
  let data: unknown;
  try {
    data = tomlValue(parseToml(block.text));
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new ContentError(file, block.firstLine - 1 + error.line, error.column, `malformed TOML front matter: ${error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}`);
  }
  const keyLines = new Map<string, number>();
  const lines = block.text.split('\n');
  let isInTable = false;
  for (const [index, line] of lines.entries()) {
    // A [table] header writes the top-level key it names; the keys under it are the table's.
    const header = tomlTableHeader.exec(line);
    if (header) isInTable = true;
    else if (isInTable) continue;
    const written = (header ?? tomlKeyLine.exec(line))?.[1];
    const key = written === undefined ? undefined : tomlKeyName(written);
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, block.firstLine + index);
  }
  return { data, lineOfKey: (key) => keyLines.get(key) };
}

function readJsonBlock(block: Block, file: string): Pick<FrontMatterData, 'data' | 'lineOfKey'> {
  const errors: ParseError[] = [];
  const tree = parseTree(block.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const fail = (offset: number, reason: string): never => {
    const { line, column } = positionIn(block, offset);
    throw new ContentError(file, line, column, `malformed JSON front matter: ${reason}`);
  };
  const firstError = errors[0];
  if (firstError) fail(firstError.offset, printParseErrorCode(firstError.error));
  const keyLines = new Map<string, number>();
  for (const property of tree?.children ?? []) {
    const keyNode: JsonNode | undefined = property.children?.[0];
    if (keyNode?.type !== 'string') continue;
    const key = String(keyNode.value);
    if (keyLines.has(key)) fail(keyNode.offset, `"${key}" is written twice; keep one`);
    keyLines.set(key, positionIn(block, keyNode.offset).line);
  }
  let data: unknown;
  try {
    // JSON.parse keeps a "__proto__" key as an own key of the object, not its prototype.
    data = JSON.parse(block.text);
  } catch (error) {
    fail(0, error instanceof Error ? error.message : String(error));
  }
  return { data, lineOfKey: (key) => keyLines.get(key) };
}

const readers = { YAML: readYamlBlock, TOML: readTomlBlock, JSON: readJsonBlock };

/**
 * Reads the front matter a post's text starts with (line breaks already \n, no byte order mark) as
 * data. Throws a ContentError at the line and column where the front matter is wrong.
 */
export function readFrontMatterData(text: string, file: string): FrontMatterData {
  const block = findBlock(text, file);
  const { data, lineOfKey } = readers[block.format](block, file);
  return { format: block.format, data, lineOfKey, bodyStart: block.bodyStart };
}
