import { siteConfig, type Language } from '@/site.config';
import { checkContent } from './check-content';
import { ContentErrors } from './content-error';
import { isPublished } from './is-published';
import type { Post, Term, TermKind } from './post';
import { foldName } from './slug';
import { collectTerms } from './terms';

interface LanguageIndex {
  /** Posts readers see, newest first. */
  posts: Post[];
  terms: Record<TermKind, Term[]>;
}

function newestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.slug.join('/').localeCompare(b.slug.join('/'));
}

function buildIndex(): Map<Language, LanguageIndex> {
  const { posts, errors } = checkContent();
  if (errors.length > 0) throw new ContentErrors(errors);
  const index = new Map<Language, LanguageIndex>();
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const published = posts.filter((post) => post.lang === lang && isPublished(post)).sort(newestFirst);
    const terms = { tags: collectTerms(published, 'tags').terms, categories: collectTerms(published, 'categories').terms };
    index.set(lang, { posts: published, terms });
  }
  return index;
}

let cachedIndex: Map<Language, LanguageIndex> | undefined;

// Each build worker reads the content once; `next dev` reads it on every request so edits show on reload.
function contentIndex(lang: Language): LanguageIndex {
  const index = process.env.NODE_ENV === 'development' ? buildIndex() : (cachedIndex ??= buildIndex());
  return index.get(lang)!;
}

/** Published posts of a language, newest first. */
export function getPosts(lang: Language): Post[] {
  return contentIndex(lang).posts;
}

export function getPost(lang: Language, slug: string[]): Post | undefined {
  const key = slug.join('/');
  return getPosts(lang).find((post) => post.slug.join('/') === key);
}

/** Tags or categories with their post counts, most used first. */
export function getTerms(lang: Language, kind: TermKind): Term[] {
  return contentIndex(lang).terms[kind];
}

export function getTerm(lang: Language, kind: TermKind, segment: string): Term | undefined {
  return getTerms(lang, kind).find((term) => term.segment === segment);
}

/** The term a post's tag or category name belongs to (its spelling may differ in case or spaces). */
export function getTermByName(lang: Language, kind: TermKind, name: string): Term | undefined {
  return getTerms(lang, kind).find((term) => foldName(term.name) === foldName(name));
}

export function getPostsWithTerm(lang: Language, kind: TermKind, segment: string): Post[] {
  const term = getTerm(lang, kind, segment);
  if (!term) return [];
  return getPosts(lang).filter((post) => post[kind].some((name) => foldName(name) === foldName(term.name)));
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

/**
 * The page numbers of a list's /page/<n>/ routes. Page 1 is among them: like Hugo, /page/1/
 * redirects to the list itself (and a static export needs at least one page per route).
 */
export function pageNumbers(itemCount: number, perPage: number = siteConfig.postsPerPage): number[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: pageCount }, (_, i) => i + 1);
}

/** A post with its tags and categories resolved to terms (their shared spelling and URL), as lists and post pages show it. */
export interface PostListing {
  post: Post;
  tags: Term[];
  categories: Term[];
}

export function getListing(post: Post): PostListing {
  const resolve = (kind: TermKind) =>
    post[kind].flatMap((name) => getTermByName(post.lang, kind, name) ?? []);
  return { post, tags: resolve('tags'), categories: resolve('categories') };
}

/** One page of a language's published posts, newest first, ready for a list page. */
export function getPostsPage(lang: Language, page: number): Page<PostListing> | undefined {
  return paginate(getPosts(lang).map(getListing), page);
}

/** One page of the posts with a tag or category, or undefined when the term or the page does not exist. */
export function getTermPage(lang: Language, kind: TermKind, segment: string, page: number) {
  const term = getTerm(lang, kind, segment);
  const listings = term && paginate(getPostsWithTerm(lang, kind, segment).map(getListing), page);
  return term && listings ? { term, listings } : undefined;
}
