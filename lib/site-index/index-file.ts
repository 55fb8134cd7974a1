import { readFileSync, writeFileSync } from 'node:fs';
import type { ContentReport, Post } from '../model/post';

// `next build` prerenders in worker processes that share no memory. Without this file each of them
// would read and parse every post again; with it, the build's own check parses each post once and
// the workers read its result. `npm run build` sets CONTENT_INDEX_FILE for the `next build` it runs.
const indexFileVariable = 'CONTENT_INDEX_FILE';

/** Writes the checked posts and section pages where the build's workers will read them, and returns the environment that tells them. */
export function writeContentIndex({ posts, sectionPages }: Pick<ContentReport, 'posts' | 'sectionPages'>, file: string): Record<string, string> {
  writeFileSync(file, JSON.stringify({ posts, sectionPages }));
  return { [indexFileVariable]: file };
}

/** The posts the build's check wrote, or undefined outside such a build (then the caller reads content/). */
export function readContentIndex(): ContentReport | undefined {
  const file = process.env[indexFileVariable];
  if (!file) return undefined;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Pick<ContentReport, 'posts' | 'sectionPages'>;
  const posts = stored.posts.map((post: Post) => ({
    ...post,
    date: new Date(post.date),
    ...(post.lastModified !== undefined && { lastModified: new Date(post.lastModified) }),
  }));
  return { posts, sectionPages: stored.sectionPages, errors: [], warnings: [] };
}
