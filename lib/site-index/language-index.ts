import type { Post, Term, TermKind } from '../model/post';
import { foldName } from '../model/names';
import { collectTerms } from '../model/terms';

/** One language's published posts, with every lookup a page makes ready as a map. */
export interface LanguageIndex {
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

/** A post with its tags and categories resolved to terms (their shared spelling and URL), as lists and post pages show it. */
export interface PostListing {
  post: Post;
  tags: Term[];
  categories: Term[];
}

// Every lookup a page makes is a map read: a build renders thousands of pages from one index,
// and a scan of all posts per page made the build time grow with the square of the posts.
export function indexLanguage(published: Post[]): LanguageIndex {
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
