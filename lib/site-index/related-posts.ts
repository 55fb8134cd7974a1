import { newestFirst, type Post } from '../model/post';
import { getListing, getPostsWithTerm, getSection } from './queries';

/** The posts read before and after a post: `previous` is the older one, `next` the newer; drafts are never among them. */
export interface AdjacentPosts {
  previous?: Post;
  next?: Post;
}

/** The posts around one in date order, within its section. A preview build lists drafts, but never links them from here. */
export function getAdjacentPosts(post: Post): AdjacentPosts {
  if (post.section === null) return {};
  const inSection = getSection(post.lang, post.section)?.posts ?? [];
  const newestFirst = inSection.filter((other) => other === post || !other.isDraft);
  const at = newestFirst.indexOf(post);
  if (at < 0) return {};
  return { previous: newestFirst[at + 1], next: at > 0 ? newestFirst[at - 1] : undefined };
}

/**
 * Up to `limit` other posts of the language that share a tag with this one, those sharing the most
 * tags first and the newest first among equals. Tags that differ in case or spaces are one tag.
 */
export function getRelatedPosts(post: Post, limit = 5): Post[] {
  // Only posts that share a tag are counted, through each tag's own list: a scan of every post for
  // every post page made a 10,000-post build spend minutes here.
  const sharedTags = new Map<Post, number>();
  for (const tag of getListing(post).tags) {
    for (const other of getPostsWithTerm(post.lang, 'tags', tag.segment)) {
      if (other !== post && !other.isDraft) sharedTags.set(other, (sharedTags.get(other) ?? 0) + 1);
    }
  }
  return [...sharedTags]
    .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || newestFirst(a, b))
    .slice(0, limit)
    .map(([other]) => other);
}
