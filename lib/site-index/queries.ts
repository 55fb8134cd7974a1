import { siteConfig, type Language } from '@/site.config';
import { checkContent } from '../content/check-content';
import { ContentErrors } from '../model/content-error';
import { isPublished } from '../model/is-published';
import type { Post, Term, TermKind } from '../model/post';
import { foldName } from '../model/names';
import { collectTerms } from '../model/terms';
import { readContentIndex } from './index-file';

interface LanguageIndex {
  /** Posts readers see, newest first. */
  posts: Post[];
  postsBySlug: Map<string, Post>;
  terms: Record<TermKind, Term[]>;
  termsBySegment: Record<TermKind, Map<string, Term>>;
  /** A term by the folded spelling of any of its names ("sofa weekly" → SOFA Weekly). */
  termsByFoldedName: Record<TermKind, Map<string, Term>>;
  /** The posts of each term, newest first, by the term's URL segment. */
  postsByTerm: Record<TermKind, Map<string, Post[]>>;
  listings: Map<Post, PostListing>;
}

/** Sorts posts newest first; posts of one moment by their path, so that every build lists them alike. */
export function newestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.slug.join('/').localeCompare(b.slug.join('/'));
}

// Every lookup a page makes is a map read: a build renders thousands of pages from one index,
// and a scan of all posts per page made the build time grow with the square of the posts.
function indexLanguage(published: Post[]): LanguageIndex {
  const terms = { tags: collectTerms(published, 'tags').terms, categories: collectTerms(published, 'categories').terms };
  const byKind = <T>(make: (kind: TermKind) => T): Record<TermKind, T> => ({ tags: make('tags'), categories: make('categories') });
  const termsBySegment = byKind((kind) => new Map(terms[kind].map((term) => [term.segment, term])));
  // Every name of a term folds to what its shown spelling folds to: that is how collectTerms groups them.
  const termsByFoldedName = byKind((kind) => new Map(terms[kind].map((term) => [foldName(term.name), term])));
  const postsByTerm = byKind((kind) => new Map(terms[kind].map((term) => [term.segment, [] as Post[]])));
  const listings = new Map<Post, PostListing>();
  for (const post of published) {
    const resolved = byKind((kind) => {
      const found = new Set<Term>();
      for (const name of post[kind]) {
        const term = termsByFoldedName[kind].get(foldName(name));
        if (term) found.add(term);
      }
      for (const term of found) postsByTerm[kind].get(term.segment)!.push(post);
      return [...found];
    });
    listings.set(post, { post, tags: resolved.tags, categories: resolved.categories });
  }
  const postsBySlug = new Map(published.map((post) => [post.slug.join('/'), post]));
  return { posts: published, postsBySlug, terms, termsBySegment, termsByFoldedName, postsByTerm, listings };
}

function buildIndex(): Map<Language, LanguageIndex> {
  const { posts, errors } = readContentIndex() ?? checkContent();
  if (errors.length > 0) throw new ContentErrors(errors);
  const index = new Map<Language, LanguageIndex>();
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    index.set(lang, indexLanguage(posts.filter((post) => post.lang === lang && isPublished(post)).sort(newestFirst)));
  }
  return index;
}

let cachedIndex: Map<Language, LanguageIndex> | undefined;

// Each build worker reads the index the build's check wrote once; `next dev` reads the content on
// every request so that edits show on reload.
function contentIndex(lang: Language): LanguageIndex {
  const index = process.env.NODE_ENV === 'development' ? buildIndex() : (cachedIndex ??= buildIndex());
  return index.get(lang)!;
}

/** Published posts of a language, newest first. */
export function getPosts(lang: Language): Post[] {
  return contentIndex(lang).posts;
}

export function getPost(lang: Language, slug: string[]): Post | undefined {
  return contentIndex(lang).postsBySlug.get(slug.join('/'));
}

/** Tags or categories with their post counts, most used first. */
export function getTerms(lang: Language, kind: TermKind): Term[] {
  return contentIndex(lang).terms[kind];
}

export function getTerm(lang: Language, kind: TermKind, segment: string): Term | undefined {
  return contentIndex(lang).termsBySegment[kind].get(segment);
}

/** The term a post's tag or category name belongs to (its spelling may differ in case or spaces). */
export function getTermByName(lang: Language, kind: TermKind, name: string): Term | undefined {
  return contentIndex(lang).termsByFoldedName[kind].get(foldName(name));
}

/** Published posts with a tag or category, newest first. */
export function getPostsWithTerm(lang: Language, kind: TermKind, segment: string): Post[] {
  return contentIndex(lang).postsByTerm[kind].get(segment) ?? [];
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
}

/** One page of a list, or undefined past its end. A list of nothing still has its first, empty page. */
export function paginate<T>(items: T[], page: number, perPage: number = siteConfig.postsPerPage): Page<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

/** The page numbers of a list, 1 to its last; like Hugo, /page/1/ redirects to the list itself. */
export function pageNumbers(itemCount: number, perPage: number = siteConfig.postsPerPage): number[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: pageCount }, (_, i) => i + 1);
}

/**
 * The params of a /page/<n>/ route over `lists`, for generateStaticParams. The export leaves each
 * list's /page/1/ to scripts/build.ts, which writes it as a small redirect file (a tenth of a
 * 1,000-post site's pages were these, each costing Next.js a full render). Next.js still renders
 * page 1 in `next dev`, which writes no files, and when a route has no other page, since a static
 * export refuses a route without pages.
 */
export function pageParams<P extends object>(lists: { params: P; itemCount: number }[], perPage: number = siteConfig.postsPerPage): (P & { page: string })[] {
  const all = lists.flatMap(({ params, itemCount }) => pageNumbers(itemCount, perPage).map((page) => ({ ...params, page: String(page) })));
  if (process.env.NODE_ENV === 'development') return all;
  const later = all.filter(({ page }) => page !== '1');
  return later.length > 0 ? later : all.slice(0, 1);
}

/** A post with its tags and categories resolved to terms (their shared spelling and URL), as lists and post pages show it. */
export interface PostListing {
  post: Post;
  tags: Term[];
  categories: Term[];
}

/** A post with its tags and categories as terms. Drafts, which only `next dev` shows, get theirs too. */
export function getListing(post: Post): PostListing {
  const listing = contentIndex(post.lang).listings.get(post);
  if (listing) return listing;
  const resolve = (kind: TermKind) => post[kind].flatMap((name) => getTermByName(post.lang, kind, name) ?? []);
  return { post, tags: resolve('tags'), categories: resolve('categories') };
}

function listingsOf(page: Page<Post> | undefined): Page<PostListing> | undefined {
  return page && { ...page, items: page.items.map(getListing) };
}

/** One page of a language's published posts, newest first, ready for a list page. */
export function getPostsPage(lang: Language, page: number): Page<PostListing> | undefined {
  return listingsOf(paginate(getPosts(lang), page));
}

/** One page of the posts with a tag or category, or undefined when the term or the page does not exist. */
export function getTermPage(lang: Language, kind: TermKind, segment: string, page: number) {
  const term = getTerm(lang, kind, segment);
  const listings = term && listingsOf(paginate(getPostsWithTerm(lang, kind, segment), page));
  return term && listings ? { term, listings } : undefined;
}
