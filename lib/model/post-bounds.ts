import type { SourceFormat } from './post';

/**
 * How much work one post may ask of the check, counted in what the parser and the compile spend their
 * time on, never timed: the same post passes or fails on every machine, however loaded. Each figure
 * is at least ten times what a long ordinary post needs: 200 KB of the weekly's posts holds about
 * 10,000 Markdown nodes, 500 headings, 1,400 table cells, nesting 5 deep and at most 50 brackets in a
 * paragraph, and is checked in about 2 s of CPU. A post at these bounds takes seconds, not minutes.
 */
export const postBounds = {
  /** The file's size: the parser's time and memory grow with it. */
  bytes: 2 * 1024 * 1024,
  /** Markdown nodes: paragraphs, list items, links, pieces of text… each costs the compile about 0.1 ms. */
  nodes: 100_000,
  /** Headings: each gets an id, an anchor link and an entry in the table of contents (`#` headings are counted before the parse too). */
  headings: 5_000,
  /** Cells of all the post's tables (counted from each table's delimiter row before the parse too). */
  tableCells: 20_000,
  /** Quotes, lists, elements and emphasis inside one another: the parser's time grows with the square of the depth. */
  nesting: 100,
  /** `[` in one paragraph: the parser reads links in time growing with the square of their number in a paragraph. */
  bracketsPerParagraph: 1_000,
  /** A line's indentation outside code blocks (a tab is 4 columns): lists nested by indentation cost the parser the square of their depth on every line. */
  indentColumns: 100,
} as const;

/** Where a post passes a bound, and what its author can do; the line is the file's (1-based). */
export interface BoundProblem {
  line: number;
  reason: string;
}

const count = (n: number) => n.toLocaleString('en-US');
const tooManyCells = `the post's tables have more than ${count(postBounds.tableCells)} cells (this table passes the bound); split the table, or put the data in a CSV file of the page bundle and link to it`;
const tooManyHeadings = `the post has more than ${count(postBounds.headings)} headings (this is the first one past the bound); split it into several posts`;

// One container marker a Markdown line may start with: a quote's `>` or a list item's bullet or number.
const containerMarker = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const fence = /^[ \t>*+-]*(?:```|~~~)/;
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const tag = /<(\/?)([A-Za-z][\w.:-]*)(?:\s[^<>]*)?>/g;
// Elements that never hold others, or that the next of their kind closes (`<p>`, `<li>` left open): neither nests.
const unnestedElements = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
]);

/** The columns of a line's leading white space, a tab to the next multiple of 4. */
function indentOf(line: string): number {
  let columns = 0;
  for (const character of line) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** The columns of a GFM table's delimiter row (`| --- | :-: |`), or 0 for any other line. */
function delimiterRowColumns(line: string): number {
  if (!line.includes('|') || !line.includes('-') || /[^|\-: \t]/.test(line)) return 0;
  return line.split('|').filter((cell) => cell.trim() !== '').length;
}

function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (let match = containerMarker.exec(rest); match && match[0].length > 0; match = containerMarker.exec(rest)) {
    depth += 1;
    rest = rest.slice(match[0].length);
  }
  return depth;
}

/** A bound one line passes alone: quotes or lists nested on it, its indentation, a run of emphasis marks. */
function lineProblem(line: string, text: string): string | undefined {
  if (containerDepth(line) > postBounds.nesting) return `quotes or lists are nested more than ${postBounds.nesting} deep on this line; flatten them`;
  if (indentOf(line) > postBounds.indentColumns) {
    return `this line is indented more than ${postBounds.indentColumns} columns, which Markdown reads as lists nested deeper than its parser can afford; indent it less, or put it in a fenced code block (\`\`\`)`;
  }
  // A line of nothing but *, _ and - is a thematic break, not emphasis.
  const longestRun = /^[ \t*_-]*$/.test(text) ? 0 : (text.match(/\*+|_+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
  if (longestRun > 2 * postBounds.nesting) return `a run of ${count(longestRun)} * or _ nests emphasis more than ${postBounds.nesting} deep; shorten it, or write each as \\* or \\_`;
  return undefined;
}

/**
 * What the parser would spend minutes on, found in one pass over the body's text before it is parsed:
 * markup nested past the bound on one line (`> > > …`, `- - - …`, `*****…`) or by indentation,
 * elements nested past it (`<div><div>…`), a paragraph with more brackets than the bound; and, to
 * spare the parse, more `#` headings or table cells than the bounds. Code blocks and code spans are
 * skipped. `body` keeps the file's lines (its front matter as blank lines); `format` says whether
 * a tag is JSX (.mdx) or HTML (.md), whose elements a paragraph's end closes.
 */
export function textBoundProblem(body: string, format: SourceFormat): BoundProblem | undefined {
  const lines = body.split(/\r\n?|\n/);
  let isInFence = false;
  let [headings, tableCells, elementDepth, brackets, paragraphLine] = [0, 0, 0, 0, 0];
  /** The columns of the table the line is in, 0 outside a table: each row has as many cells as its header. */
  let tableColumns = 0;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    if (fence.test(line)) {
      isInFence = !isInFence;
      continue;
    }
    if (isInFence) continue;
    const text = line.replace(/`[^`]*`/g, '').replace(/\\[<[]/g, '');
    const problem = lineProblem(line, text);
    if (problem) return { line: lineNumber, reason: problem };
    if (atxHeading.test(line) && ++headings > postBounds.headings) return { line: lineNumber, reason: tooManyHeadings };
    if (line.trim() === '') {
      [brackets, tableColumns] = [0, 0];
      // A paragraph's end closes the HTML elements left open in it (List<Long> in prose is one); JSX spans paragraphs.
      if (format === 'md') elementDepth = 0;
      continue;
    }
    // The header row above the delimiter row, then every row after it until a blank line.
    if (tableColumns === 0 && index > 0 && lines[index - 1]!.trim() !== '') tableColumns = delimiterRowColumns(line);
    tableCells += tableColumns;
    if (tableCells > postBounds.tableCells) return { line: lineNumber, reason: tooManyCells };
    if (brackets === 0) paragraphLine = lineNumber;
    brackets += text.split('[').length - 1;
    if (brackets > postBounds.bracketsPerParagraph) {
      return { line: paragraphLine, reason: `this paragraph has more than ${count(postBounds.bracketsPerParagraph)} [ brackets, which the Markdown parser reads in time growing with their square; split the paragraph, or write a bracket that is not a link as \\[` };
    }
    for (const [written, closing, name] of text.matchAll(tag)) {
      if (unnestedElements.has(name!.toLowerCase()) || written.endsWith('/>')) continue;
      elementDepth = closing ? Math.max(0, elementDepth - 1) : elementDepth + 1;
      if (elementDepth > postBounds.nesting) {
        return { line: lineNumber, reason: `elements are nested more than ${postBounds.nesting} deep here (each opened inside the one before and not yet closed); flatten them, and close each element you open` };
      }
    }
  }
  return undefined;
}

/** A node of a Markdown syntax tree, as far as counting needs it. */
interface CountedNode {
  type: string;
  children?: CountedNode[];
  position?: { start: { line: number } };
}

/**
 * The first bound a parsed post passes, counted over its syntax tree without recursion (a tree too
 * deep for the stack is what it looks for): its nodes, headings, table cells and nesting.
 */
export function treeBoundProblem(tree: CountedNode): BoundProblem | undefined {
  let nodes = 0;
  let headings = 0;
  let tableCells = 0;
  const stack: [CountedNode, number][] = [[tree, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    const line = node.position?.start.line ?? 0;
    nodes += 1;
    if (node.type === 'heading') headings += 1;
    if (node.type === 'tableCell') tableCells += 1;
    if (nodes > postBounds.nodes) {
      return { line, reason: `the post has more than ${count(postBounds.nodes)} Markdown nodes (paragraphs, list items, links, pieces of text…), more than one post may ask the check to compile; split it into several posts` };
    }
    if (headings > postBounds.headings) {
      return { line, reason: tooManyHeadings };
    }
    if (tableCells > postBounds.tableCells) {
      return { line, reason: tooManyCells };
    }
    // The leaf's own text is one level deeper than its innermost container.
    if (depth > postBounds.nesting + 1) {
      return { line, reason: `markup is nested more than ${postBounds.nesting} deep here (quotes, lists, elements or emphasis inside one another); flatten it` };
    }
    // Children in reverse, so that the first node past a bound is the first in the file.
    // A list and its item are one level, and a paragraph is never one.
    const childDepth = node.type === 'list' || node.type === 'paragraph' ? depth : depth + 1;
    for (const child of [...(node.children ?? [])].reverse()) stack.push([child, childDepth]);
  }
  return undefined;
}
