import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../mdx/compile-cache';
import { isSvgFile } from './asset-files';
import { readBundleFiles, readRegularFile, svgErrors } from './bundle-files';
import { isPublished, type Post } from '../model/post';
import { exportPathOf, postUrl } from '../urls';

export interface CopyOptions {
  /** Copy the files of drafts and future posts too: `next dev` shows them, the export does not. */
  includeUnpublished?: boolean;
  /** The folder the files go to: the export (out/), whose paths are the site's. */
  targetDir?: string;
}

/** Where a post's bundle files are served: beside its index.html, at its URL's folder. */
function assetFolder(post: Post, targetDir: string): string {
  return path.join(targetDir, ...exportPathOf(postUrl(post)).split('/'));
}

/**
 * Copies one page bundle's assets into its folder under `targetDir`; returns the files written. Only the
 * files readBundleFiles() lists are copied: regular files on the asset list, never a symbolic link,
 * and an SVG only as the bytes that passed its check. Nothing is removed first: the folder holds the
 * post's index.html in the export, and possibly a site's own files in public/.
 */
export function copyPostAssets(post: Post, targetDir = 'public'): string[] {
  if (post.bundleDir === null) return [];
  const target = assetFolder(post, targetDir);
  const written: string[] = [];
  for (const asset of readBundleFiles(post.bundleDir, { isSvgChecked: false }).assets) {
    // Each SVG is checked here, as the very bytes that are written.
    const bytes = readRegularFile(asset.absolutePath);
    if (!bytes || (isSvgFile(asset.absolutePath) && svgErrors(bytes, asset.absolutePath).length > 0)) continue;
    const destination = path.join(target, ...asset.segments);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, bytes);
    written.push(destination);
  }
  return written;
}

/** Removes files copyPostAssets() wrote (a post changed, moved or deleted in `next dev`). */
export function removeCopiedAssets(files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}

/**
 * The bundle files `next dev` copied into public/, listed on disk: a dev server stopped and started
 * again, or a build after it, removes them first, so that a deleted post's images are not served or
 * exported from public/ (the build copies the published ones into out/ itself).
 */
const devCopiesFile = path.join(cacheDir, 'dev-bundle-copies.json');

export function recordDevCopies(files: string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(devCopiesFile, JSON.stringify(files));
}

export function removeDevCopies(): void {
  let files: unknown;
  try {
    files = JSON.parse(readFileSync(devCopiesFile, 'utf8'));
  } catch {
    return;
  }
  if (Array.isArray(files)) removeCopiedAssets(files.filter((file): file is string => typeof file === 'string'));
  rmSync(devCopiesFile, { force: true });
}

/**
 * Copies each published page bundle's assets (content/zh/blog/<slug>/cover.png) beside the post's
 * page in the export (out/blog/<slug>/cover.png); `next dev` copies them into public/ one post at a
 * time (lib/site-index/store.ts). Returns how many bundles were copied.
 */
export function copyBundleAssets(posts: Post[], { includeUnpublished = false, targetDir = 'out' }: CopyOptions = {}): number {
  const copied = posts.filter((post) => post.bundleDir !== null && (includeUnpublished || isPublished(post)));
  for (const post of copied) copyPostAssets(post, targetDir);
  return copied.length;
}
