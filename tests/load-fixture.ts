import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPosts } from '@/lib/content/load-posts';

export const fixturesDir = path.resolve('tests/fixtures');

/** Loads one fixture file as the only post of a fresh content folder. */
export function loadFixtureFile(relativePath: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
  copyFileSync(path.join(fixturesDir, relativePath), path.join(root, 'zh', 'blog', path.basename(relativePath)));
  return loadPosts(root);
}

/** The one error a fixture must produce, as `line:column  message`. */
export function onlyErrorOf(relativePath: string) {
  const { posts, errors } = loadFixtureFile(relativePath);
  if (errors.length !== 1) {
    throw new Error(`expected 1 error from ${relativePath}, got ${errors.length}:\n${errors.map((e) => e.message).join('\n')}`);
  }
  if (posts.length !== 0) throw new Error(`${relativePath} should not load as a post`);
  return errors[0]!;
}
