import type { ContentReport } from '../model/post';
import { checkAcrossPosts } from './check-across-posts';
import { contentDir, loadAndCompilePosts, loadPosts, type SourceLoader } from './load-posts';

/**
 * Reads and checks all content: each post on its own, then what only shows across posts
 * (two posts with one URL, two tags with one URL, links that lead nowhere).
 * `npm run check`, the build and `next dev` all ask this one function.
 */
export function checkContent(root: string = contentDir()): ContentReport {
  return checkAcrossPosts(loadPosts(root));
}

/**
 * checkContent(), compiling each post's body too (see loadAndCompilePosts): what `npm run check` and
 * the build run (scripts/check-content.ts, with the loaders of lib/content/post-sources.ts, so that it
 * loads the compiler only when a post needs it).
 */
export async function checkAndCompileContent(root: string = contentDir(), load?: SourceLoader): Promise<ContentReport> {
  return checkAcrossPosts(await loadAndCompilePosts(root, load));
}
