import type { Post } from './post';
import { getPosts } from './queries';
import { foldName } from './slug';

/** The posts read before and after a post: `previous` is the older one, `next` the newer; drafts are never among them. */
export interface AdjacentPosts {
  previous?: Post;
  next?: Post;
}

/** The posts around one in date order, within its language. A preview build lists drafts, but never links them from here. */
export function getAdjacentPosts(post: Post): AdjacentPosts {
  const newestFirst = getPosts(post.lang).filter((other) => other === post || !other.isDraft);
  const at = newestFirst.indexOf(post);
  if (at < 0) return {};
  return { previous: newestFirst[at + 1], next: at > 0 ? newestFirst[at - 1] : undefined };
}

/**
 * Up to `limit` other posts of the language that share a tag with this one, those sharing the most
 * tags first and the newest first among equals. Tags that differ in case or spaces are one tag.
 */
export function getRelatedPosts(post: Post, limit = 5): Post[] {
  const tags = new Set(post.tags.map(foldName));
  return getPosts(post.lang)
    .filter((other) => other !== post && !other.isDraft)
    .map((other) => ({ other, shared: new Set(other.tags.map(foldName).filter((tag) => tags.has(tag))).size }))
    .filter(({ shared }) => shared > 0)
    // getPosts is newest first and the sort is stable, so equal counts stay newest first.
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}
