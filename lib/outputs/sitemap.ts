import type { MetadataRoute } from 'next';
import { siteConfig, type Language } from '@/site.config';
import { newestFirst, termKinds, type Post } from '../model/post';
import { getHomePosts, getPosts, getPostsWithTerm, getSections, getSinglePages, getTerms, hasPosts, pageNumbers } from '../site-index/queries';
import { translationLinks } from './page-metadata';
import { getEvents, getQuestionProjects, getQuestions, getReleaseProjects } from '../site-index/hubs';
import { absoluteUrl, archivesUrl, eventsUrl, homeUrl, postUrl, questionsUrl, releaseProjectUrl, releasesUrl, sectionUrl, termIndexUrl, termUrl } from '../urls';

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
 * lastmod), the tag and category indexes, each term's pages, the archives and the hubs. Redirect pages
 * (aliases, /page/1/) and the not-found page are left out.
 */
export function sitemapEntries(lang: Language): MetadataRoute.Sitemap {
  if (!hasPosts(lang)) return [];
  const posts = getPosts(lang);
  const home = getHomePosts(lang);
  const sections = getSections(lang).flatMap((section) => [
    entry(sectionUrl(section.name, lang), section.posts),
    ...laterPages(section.posts, (page) => sectionUrl(section.name, lang, page)),
  ]);
  const terms = termKinds.flatMap((kind) =>
    getTerms(lang, kind).flatMap((term) => {
      const termPosts = getPostsWithTerm(lang, kind, term.segment);
      return [entry(termUrl(term, lang), termPosts), ...laterPages(termPosts, (page) => termUrl(term, lang, page))];
    }),
  );
  return [
    entry(homeUrl(lang), home),
    ...laterPages(home, (page) => homeUrl(lang, page)),
    ...sections,
    entry(archivesUrl(lang), posts),
    ...termKinds.map((kind) => entry(termIndexUrl(kind, lang), posts)),
    ...terms,
    ...posts.map((post) => postEntry(post)),
    ...getSinglePages(lang).map((post) => postEntry(post)),
    ...hubEntries(lang),
  ];
}

/** A post (its lastmod, else its date; a single page has only a lastmod) with its translations as xhtml:link alternates. */
function postEntry(post: Post): SitemapEntry {
  const languages = translationLinks(post);
  const lastModified = post.lastModified ?? (post.section !== null ? post.date : undefined);
  return {
    url: absoluteUrl(postUrl(post)),
    ...(lastModified && { lastModified }),
    ...(languages && { alternates: { languages } }),
  };
}

/** The hub pages: each lists what posts announced, so it changes when the newest of them does. */
function hubEntries(lang: Language): MetadataRoute.Sitemap {
  const hub = (url: string, sources: Post[]) => entry(url, [...sources].sort(newestFirst));
  const releaseProjects = getReleaseProjects(lang);
  const questions = getQuestions(lang);
  const events = getEvents(lang);
  // A hub a language has no entries for is left out: nothing of the language links to it either.
  return [
    ...(releaseProjects.length > 0 ? [hub(releasesUrl(lang), releaseProjects.flatMap((project) => project.releases.flatMap((release) => release.posts)))] : []),
    ...releaseProjects.map((project) => hub(releaseProjectUrl(project.segment, lang), project.releases.flatMap((release) => release.posts))),
    ...(events.length > 0 ? [hub(eventsUrl(lang), events.map((event) => event.post))] : []),
    ...(questions.length > 0 ? [hub(questionsUrl(undefined, lang), questions.map((question) => question.post))] : []),
    ...getQuestionProjects(lang).map((project) =>
      hub(questionsUrl(project.segment, lang), questions.filter((question) => question.projects.some((p) => p.segment === project.segment)).map((question) => question.post)),
    ),
  ];
}
