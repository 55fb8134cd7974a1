import { siteConfig } from '@/site.config';
import { isPublicFile, isPublishedBundleFile } from './asset-files';
import { ContentError } from './content-error';
import { hubPaths } from './hub-paths';
import { isPublished } from './is-published';
import { contentDir, loadAndCompilePosts, loadPosts, type SourceLoader } from './load-posts';
import { termKinds, type Post } from './post';
import { collectTerms } from './terms';

export interface ContentReport {
  posts: Post[];
  errors: ContentError[];
  warnings: ContentError[];
}

/** The path of a post from the site root, decoded: /blog/a/b/. */
function postPath(post: Post): string {
  const prefix = post.lang === siteConfig.defaultLanguage ? '' : `/${post.lang}`;
  return `${prefix}/blog/${post.slug.join('/')}/`;
}

function findDuplicateUrls(posts: Post[]): ContentError[] {
  const owners = new Map<string, string>();
  const errors: ContentError[] = [];
  const claim = (post: Post, url: string, clash: (owner: string) => string) => {
    const owner = owners.get(url);
    if (owner) errors.push(new ContentError(post.file, 0, 0, clash(owner)));
    else owners.set(url, post.file);
  };
  for (const post of posts) {
    claim(post, postPath(post), (owner) => `has the same URL ${postPath(post)} as ${owner}; change the file name or its slug:`);
  }
  for (const post of posts) {
    for (const alias of post.aliases) {
      const url = alias.replace(/\/?$/, '/');
      claim(post, url, (owner) => `has an alias at ${url}, which is already the URL of ${owner}; change its aliases:`);
    }
  }
  return errors;
}

/** Every page path the export will have, decoded and ending in "/", mapped to nothing but its existence. */
function pagePaths(published: Post[]): Set<string> {
  const paths = new Set<string>(['/', '/tags/', '/categories/', ...hubPaths(published)]);
  const pageCount = Math.ceil(published.length / siteConfig.postsPerPage);
  for (let page = 1; page <= pageCount; page++) paths.add(`/page/${page}/`);
  for (const post of published) {
    paths.add(postPath(post));
    for (const alias of post.aliases) paths.add(alias.replace(/\/?$/, '/'));
  }
  for (const kind of termKinds) {
    for (const term of collectTerms(published, kind).terms) {
      paths.add(`/${kind}/${term.segment}/`);
      for (let page = 1; page <= Math.ceil(term.count / siteConfig.postsPerPage); page++) paths.add(`/${kind}/${term.segment}/page/${page}/`);
    }
  }
  return paths;
}

/**
 * Links from one post to another page of this site must lead somewhere: to a published post,
 * an existing tag or category, a file in public/ or in a page bundle.
 */
function findBrokenLinks(posts: Post[], published: Post[]): ContentError[] {
  const pages = pagePaths(published);
  // Only published posts' bundles are copied into the export.
  const bundles = new Map(published.flatMap((post) => (post.bundleDir ? [[postPath(post), post.bundleDir] as const] : [])));
  const isShown = new Set(published);
  const unpublished = new Map(posts.filter((post) => !isShown.has(post)).map((post) => [postPath(post), post]));
  const errors: ContentError[] = [];
  for (const post of published) {
    for (const link of post.links) {
      if (link.url.startsWith('#') || link.url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(link.url)) continue;
      const resolved = new URL(link.url, `https://site.invalid${encodeURI(postPath(post))}`).pathname;
      let target: string;
      try {
        target = decodeURIComponent(resolved).normalize('NFC');
      } catch {
        target = resolved;
      }
      const isFile = /\.[a-z0-9]+$/i.test(target);
      const folder = target.replace(/[^/]*$/, '');
      const exists = isFile
        ? pages.has(target) || isPublicFile(target) || (bundles.has(folder) && isPublishedBundleFile(bundles.get(folder)!, target.slice(folder.length)))
        : pages.has(target.replace(/\/?$/, '/'));
      if (exists) continue;
      const draft = unpublished.get(target.replace(/\/?$/, '/'));
      const reason = draft
        ? `links to ${link.url}, which is ${draft.isDraft ? 'a draft' : 'dated in the future'} (${draft.file}) and will not be on the site`
        : `links to ${link.url}, which is not a page or file of this site; check the post's slug, or the tag or category name`;
      errors.push(new ContentError(post.file, link.line, link.column, reason));
    }
  }
  return errors;
}

/**
 * Reads and checks all content: each post on its own, then what only shows across posts
 * (two posts with one URL, two tags with one URL, links that lead nowhere).
 * `npm run check`, the build and `next dev` all ask this one function.
 */
export function checkContent(root: string = contentDir()): ContentReport {
  return checkAcrossPosts(loadPosts(root));
}

/** checkContent(), compiling each post's body too (see loadAndCompilePosts): what `npm run check` and the build run. */
export async function checkAndCompileContent(root: string = contentDir(), load?: SourceLoader): Promise<ContentReport> {
  return checkAcrossPosts(await loadAndCompilePosts(root, load));
}

function checkAcrossPosts({ posts, errors, warnings }: ContentReport): ContentReport {
  const published = posts.filter((post) => isPublished(post));
  errors.push(...findDuplicateUrls(posts));
  // Terms of unpublished posts can clash too: report them now, not on the day they are published.
  for (const kind of termKinds) errors.push(...collectTerms(posts, kind).errors);
  errors.push(...findBrokenLinks(posts, published));
  return { posts, errors, warnings };
}
