import type { MetadataRoute } from 'next';
import { siteConfig, type Language } from '@/site.config';
import type { Post, TermKind } from './content/post';
import { getPosts, getPostsWithTerm, getTerms, pageNumbers } from './content/queries';
import { absoluteUrl, archivesUrl, homeUrl, postUrl, termIndexUrl, termUrl } from './urls';

type SitemapEntry = MetadataRoute.Sitemap[number];

/** A list page changes when its newest post does. */
function entry(url: string, posts: Post[]): SitemapEntry {
  return { url: absoluteUrl(url), ...(posts[0] && { lastModified: posts[0].date }) };
}

/** The pages of a paginated list, past the first; /page/1/ only redirects and is left out. */
function laterPages(posts: Post[], urlOf: (page: number) => string): SitemapEntry[] {
  return pageNumbers(posts.length)
    .filter((page) => page > 1)
    .map((page) => entry(urlOf(page), posts.slice((page - 1) * siteConfig.postsPerPage)));
}

/**
 * Every page a search engine should index: the home page and its pages, each post (its date as
 * lastmod), the tag and category indexes, each term's pages, and the archives. Redirect pages
 * (aliases, /page/1/) and the not-found page are left out.
 */
export function sitemapEntries(lang: Language): MetadataRoute.Sitemap {
  const posts = getPosts(lang);
  const kinds: TermKind[] = ['tags', 'categories'];
  const terms = kinds.flatMap((kind) =>
    getTerms(lang, kind).flatMap((term) => {
      const termPosts = getPostsWithTerm(lang, kind, term.segment);
      return [entry(termUrl(term, lang), termPosts), ...laterPages(termPosts, (page) => termUrl(term, lang, page))];
    }),
  );
  return [
    entry(homeUrl(lang), posts),
    ...laterPages(posts, (page) => homeUrl(lang, page)),
    entry(archivesUrl(lang), posts),
    ...kinds.map((kind) => entry(termIndexUrl(kind, lang), posts)),
    ...terms,
    ...posts.map((post) => ({ url: absoluteUrl(postUrl(post)), lastModified: post.date })),
  ];
}
