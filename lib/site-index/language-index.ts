import { siteConfig } from '@/site.config';
import { isInSection, type Post, type SectionPage, type Term, type TermKind } from '../model/post';
import { foldName } from '../model/names';
import { collectTerms } from '../model/terms';
import { sectionTitle } from '../model/section-title';

/** One language's published posts, with every lookup a page makes ready as a map. */
export interface LanguageIndex {
  /** Posts readers see in every section, newest first: what tags, archives, feeds and hubs span. */
  posts: Post[];
  /** The posts of the home page: those of siteConfig.mainSections, newest first. */
  homePosts: Post[];
  /** Each section with posts, by its URL segment, in name order. */
  sections: Map<string, Section>;
  /** Posts and single pages by their path after the language: "blog/a/b", or "about" for a single page. */
  postsByPath: Map<string, Post>;
  /** Single pages (files directly in the language folder), which no list shows. */
  singlePages: Post[];
  /** Posts and single pages by translationKey, for the language switcher. */
  postsByTranslationKey: Map<string, Post>;
  terms: Record<TermKind, Term[]>;
  termsBySegment: Record<TermKind, Map<string, Term>>;
  /** A term by the folded spelling of any of its names ("sofa weekly" → SOFA Weekly). */
  termsByFoldedName: Record<TermKind, Map<string, Term>>;
  /** The posts of each term, newest first, by the term's URL segment. */
  postsByTerm: Record<TermKind, Map<string, Post[]>>;
  listings: Map<Post, PostListing>;
}

/** A section of a language: its posts, newest first, and its _index.md if it has one. */
export interface Section {
  name: string;
  /** What heads its list and its feed (sectionTitle): its _index.md's title, its label in site.config.ts, or its name as Hugo titles it. */
  title: string;
  page: SectionPage | undefined;
  posts: Post[];
}

/** The path of a post after its language, as the index keys it: "blog/a/b", or "about" for a single page. */
export function pathKey(section: string | null, slug: string[]): string {
  return [...(section === null ? [] : [section]), ...slug].join('/');
}

/** A post with its tags and categories resolved to terms (their shared spelling and URL), as lists and post pages show it. */
export interface PostListing {
  post: Post;
  tags: Term[];
  categories: Term[];
}

// Every lookup a page makes is a map read: a build renders thousands of pages from one index,
// and a scan of all posts per page made the build time grow with the square of the posts.
export function indexLanguage(shown: Post[], sectionPages: SectionPage[]): LanguageIndex {
  const published = shown.filter(isInSection);
  const singlePages = shown.filter((post) => !isInSection(post));
  const mainSections: readonly string[] = siteConfig.mainSections;
  const sections = new Map<string, Section>();
  for (const post of published) {
    let section = sections.get(post.section);
    if (!section) {
      const page = sectionPages.find((candidate) => candidate.section === post.section);
      section = { name: post.section, title: page?.title ?? sectionTitle(post.section, post.lang), page, posts: [] };
      sections.set(post.section, section);
    }
    section.posts.push(post);
  }
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
  return {
    posts: published,
    homePosts: published.filter((post) => mainSections.includes(post.section)),
    sections: new Map([...sections].sort(([a], [b]) => a.localeCompare(b))),
    postsByPath: new Map(shown.map((post) => [pathKey(post.section, post.slug), post])),
    singlePages,
    postsByTranslationKey: new Map(shown.map((post) => [post.translationKey, post])),
    terms,
    termsBySegment,
    termsByFoldedName,
    postsByTerm,
    listings,
  };
}
