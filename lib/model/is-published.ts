import type { Post } from './post';

/**
 * Whether readers see a post: drafts and posts dated in the future stay out of the export.
 * `next dev` shows them all, and INCLUDE_DRAFTS=1 (`npm run build -- --drafts`) includes them in a preview build.
 */
export function isPublished(post: Post, now: Date = new Date()): boolean {
  if (process.env.NODE_ENV === 'development' || process.env.INCLUDE_DRAFTS === '1') return true;
  return !post.isDraft && post.date.getTime() <= now.getTime();
}
