// Runs in the browser, and only after the reader opens search: the search island
// (components/search-box-island.ts) is bundled with it and loads on demand, and this module loads Pagefind's script and index from the export's /pagefind/ folder
// (and the other parts of the index a site of thousands of posts has, which Pagefind merges).
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { questionSearchFilter } from '@/lib/model/names';
import { excerptParts, partsBetween, type ExcerptPart } from './excerpt-parts';
import { readableExcerpt, type TextRange } from './readable-excerpt';

/** One post found by a search, as the result list shows it. */
export type SearchHit = { url: string; title: ExcerptPart[]; date: string; tags: string[]; excerpt: ExcerptPart[]; isQuestion: boolean };

/** Where the export keeps Pagefind's files, and the base path that result URLs need in front of them. */
export type SearchIndexLocation = { scriptUrl: string; baseUrl: string };

/** Thrown when there is no index to load: `next dev`, or an export built without the index step. */
export class SearchIndexMissingError extends Error {}

// The part of Pagefind's browser API (pagefind.js) this site uses.
type PagefindSubResult = { title: string; url: string; excerpt: string; anchor?: { id: string } };
export type PagefindResultData = {
  url: string;
  excerpt: string;
  /** The page's indexed text, blocks joined by spaces (and ". " after a block without a full stop). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
};
type PagefindSearch = { results: { data: () => Promise<PagefindResultData> }[] };
type Pagefind = {
  options: (options: { baseUrl: string }) => Promise<void>;
  mergeIndex: (indexPath: string, options: { baseUrl: string }) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string, options?: object, milliseconds?: number) => Promise<PagefindSearch | null>;
};

const maxHits = 10;
let pagefind: Promise<Pagefind> | undefined;

/**
 * The other parts of a large site's index in this page's language (scripts/search-index.ts), as
 * URLs of their folders. An export without parts.json (built before there were parts) has one part.
 */
async function indexParts(scriptUrl: string): Promise<string[]> {
  const partsUrl = new URL('parts.json', new URL(scriptUrl, window.location.href));
  const response = await fetch(partsUrl);
  if (response.status === 404) return [];
  // Searching the first part alone would look like an answer, and be a wrong one.
  if (!response.ok) throw new Error(`${partsUrl.pathname}: ${response.status}`);
  const language = document.documentElement.lang.toLowerCase();
  const parts = (await response.json()) as { path: string; languages: string[] }[];
  return parts.filter((part) => part.languages.includes(language)).map((part) => new URL(part.path, partsUrl).pathname);
}

async function importPagefind({ scriptUrl, baseUrl }: SearchIndexLocation): Promise<Pagefind> {
  const parts = indexParts(scriptUrl);
  // Awaited below, after the script: until then, a failure must not be reported as unhandled.
  parts.catch(() => undefined);
  let module: Pagefind;
  try {
    // Not bundled: Pagefind's script is a file of the export, written after `next build`.
    module = (await import(scriptUrl)) as Pagefind;
  } catch (error) {
    throw new SearchIndexMissingError(`No search index at ${scriptUrl}`, { cause: error });
  }
  await module.options({ baseUrl });
  for (const part of await parts) await module.mergeIndex(part, { baseUrl });
  await module.init();
  return module;
}

/** Loads Pagefind once per page; a failed load is tried again on the next call. */
export function loadSearchIndex(location: SearchIndexLocation): Promise<Pagefind> {
  pagefind ??= importPagefind(location).catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

/** What one query found: how many posts match, the best of them (at most 10), and how many questions they show. */
export type SearchAnswer = { total: number; hits: SearchHit[]; posts: number; questions: number };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the answer to `question` lies in a page's text: after the question and the "A：" label
 * (components/mdx/QA.tsx), up to the next question's "@asker 提问：" line or the end of the page.
 */
function answerRange(content: string, question: string, lang: Language): TextRange | undefined {
  const labels = labelsFor(lang);
  const asked = content.indexOf(question);
  if (asked < 0) return undefined;
  const label = new RegExp(`^[\\s.]*(${escapeRegExp(labels.qaAnswer.trim())})?\\s*`).exec(content.slice(asked + question.length));
  const start = asked + question.length + (label?.[0].length ?? 0);
  const nextAsker = new RegExp(`@[^@]{1,60}?${escapeRegExp(labels.qaAsks.trim())}`).exec(content.slice(start));
  return { start, end: nextAsker ? start + nextAsker.index : content.length };
}

/** The question, with the words that matched in it marked, as the excerpt of its section has them. */
function questionTitle(question: string, section: ExcerptPart[]): ExcerptPart[] {
  const at = section.map((part) => part.text).join('').indexOf(question);
  return at < 0 ? [{ text: question, isMatch: false }] : partsBetween(section, at, at + question.length);
}

/**
 * What one page found by a search shows: the post, then each of its questions that matched as a result
 * of its own, linking to its anchor. A section is a question when the page's question filter, which
 * only the QA component writes, names its anchor; a heading's id, which an author chooses, never says so.
 */
export function hitsOfPage(page: PagefindResultData, lang: Language): SearchHit[] {
  const post = { date: page.meta.date ?? '', tags: page.filters.tag ?? [] };
  const excerpt = readableExcerpt(excerptParts(page.excerpt), page.content, lang);
  const questionAnchors = new Set(page.filters[questionSearchFilter] ?? []);
  // The answer is often what a search is after, so a question's excerpt is taken from the answer (the title shows the question).
  const questions = (page.sub_results ?? [])
    .filter((section) => section.anchor !== undefined && questionAnchors.has(section.anchor.id))
    .map((section) => {
      const parts = excerptParts(section.excerpt);
      return { ...post, url: section.url, title: questionTitle(section.title, parts), excerpt: readableExcerpt(parts, page.content, lang, answerRange(page.content, section.title, lang)), isQuestion: true };
    });
  const title = [{ text: page.meta.title ?? page.url, isMatch: false }];
  return [{ ...post, url: page.url, title, excerpt, isQuestion: false }, ...questions];
}

/**
 * The posts matching a query, best first; null when a newer query replaced this one while it waited
 * (Pagefind's debounce), so the caller keeps showing what it has.
 */
export async function searchPosts(location: SearchIndexLocation, query: string, lang: Language): Promise<SearchAnswer | null> {
  const index = await loadSearchIndex(location);
  const search = await index.debouncedSearch(query, {}, 150);
  if (search === null) return null;
  const pages = await Promise.all(search.results.slice(0, maxHits).map((result) => result.data()));
  const hits = pages.flatMap((page) => hitsOfPage(page, lang));
  return { total: search.results.length, hits, posts: pages.length, questions: hits.length - pages.length };
}
