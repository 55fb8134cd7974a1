import { siteConfig, type Language } from '@/site.config';
import { isDevServer } from '../model/build-mode';
import { foldName } from '../model/names';
import type { Post, Term, TermKind } from '../model/post';
import { pathKey, type PostListing, type Section } from './language-index';
import { languageIndex as contentIndex } from './store';

export type { PostListing, Section } from './language-index';

/** Published posts of every section of a language, newest first (single pages are in no list). */
export function getPosts(lang: Language): Post[] {
  return contentIndex(lang).posts;
}

/** A published post of a section, or a single page when `section` is null. */
export function getPost(lang: Language, section: string | null, slug: string[]): Post | undefined {
  return contentIndex(lang).postsByPath.get(pathKey(section, slug));
}

/** The sections of a language that have published posts, by name. */
export function getSections(lang: Language): Section[] {
  return [...contentIndex(lang).sections.values()];
}

export function getSection(lang: Language, name: string): Section | undefined {
  return contentIndex(lang).sections.get(name);
}

/** Single pages of a language: files directly in its folder, at /<name>/. */
export function getSinglePages(lang: Language): Post[] {
  return contentIndex(lang).singlePages;
}

/** Whether a language has anything to show; one without is linked from nowhere. */
export function hasPosts(lang: Language): boolean {
  const index = contentIndex(lang);
  return index.posts.length > 0 || index.singlePages.length > 0;
}

/**
 * The languages the export keeps: the default one, whose home is the site's root, and every other
 * with anything to show. Next.js renders every language's routes; the build removes the others'.
 */
export function exportedLanguages(): Language[] {
  return (Object.keys(siteConfig.languages) as Language[]).filter((lang) => lang === siteConfig.defaultLanguage || hasPosts(lang));
}

/**
 * The same post in the other languages that have one, by language: the post there with the same
 * translationKey (its path in the language folder, unless front matter names one), as Hugo pairs them.
 */
export function getTranslations(post: Post): Map<Language, Post> {
  const translations = new Map<Language, Post>();
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    if (lang === post.lang) continue;
    const translation = contentIndex(lang).postsByTranslationKey.get(post.translationKey);
    if (translation) translations.set(lang, translation);
  }
  return translations;
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
  if (isDevServer()) return all;
  const later = all.filter(({ page }) => page !== '1');
  return later.length > 0 ? later : all.slice(0, 1);
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

/** The posts the home page lists: those of siteConfig.mainSections, newest first. */
export function getHomePosts(lang: Language): Post[] {
  return contentIndex(lang).homePosts;
}

/** One page of the home page's list, ready for a list page. */
export function getHomePage(lang: Language, page: number): Page<PostListing> | undefined {
  return listingsOf(paginate(getHomePosts(lang), page));
}

/** One page of a section's list, or undefined when the section or the page does not exist. */
export function getSectionPage(lang: Language, name: string, page: number): { section: Section; listings: Page<PostListing> } | undefined {
  const section = getSection(lang, name);
  const listings = section && listingsOf(paginate(section.posts, page));
  return section && listings ? { section, listings } : undefined;
}

/** One page of the posts with a tag or category, or undefined when the term or the page does not exist. */
export function getTermPage(lang: Language, kind: TermKind, segment: string, page: number) {
  const term = getTerm(lang, kind, segment);
  const listings = term && listingsOf(paginate(getPostsWithTerm(lang, kind, segment), page));
  return term && listings ? { term, listings } : undefined;
}
