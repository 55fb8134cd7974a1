import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/site.config';
import { isSvgFile } from './asset-files';
import { readBundleFiles, readRegularFile, svgErrors } from './bundle-files';
import { isPublished } from '../model/post';
import type { Post } from '../model/post';

export interface CopyOptions {
  /** Copy the files of drafts and future posts too: `next dev` shows them, the export does not. */
  includeUnpublished?: boolean;
  publicDir?: string;
}

/** Where a post's bundle files are served from in `next dev` and copied into the export: public/[<lang>/]blog/<slug>/. */
function assetFolder(post: Post, publicDir: string): string {
  const prefix = post.lang === siteConfig.defaultLanguage ? [] : [post.lang];
  return path.join(publicDir, ...prefix, 'blog', ...post.slug);
}

/**
 * Copies one page bundle's assets to its folder in public/, after emptying it. Only the files
 * readBundleFiles() lists are copied: regular files on the asset list, never a symbolic link, and an
 * SVG only as the bytes that passed its check.
 */
export function copyPostAssets(post: Post, publicDir = 'public'): void {
  const target = assetFolder(post, publicDir);
  rmSync(target, { recursive: true, force: true });
  if (post.bundleDir === null) return;
  for (const asset of readBundleFiles(post.bundleDir, { isSvgChecked: false }).assets) {
    // Each SVG is checked here, as the very bytes that are written.
    const bytes = readRegularFile(asset.absolutePath);
    if (!bytes || (isSvgFile(asset.absolutePath) && svgErrors(bytes, asset.absolutePath).length > 0)) continue;
    const destination = path.join(target, ...asset.segments);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, bytes);
  }
}

/** Removes the copy of a post's assets (a post deleted or moved in `next dev`). */
export function removePostAssets(post: Post, publicDir = 'public'): void {
  rmSync(assetFolder(post, publicDir), { recursive: true, force: true });
}

/**
 * Copies each published page bundle's assets (content/zh/<slug>/cover.png) to public/blog/<slug>/,
 * so that `next dev` serves them and the export puts them beside the post's index.html.
 * public/blog/ is generated: it is emptied first and ignored by git.
 */
export function copyBundleAssets(posts: Post[], { includeUnpublished = false, publicDir = 'public' }: CopyOptions = {}): number {
  rmSync(path.join(publicDir, 'blog'), { recursive: true, force: true });
  for (const lang of Object.keys(siteConfig.languages)) {
    if (lang !== siteConfig.defaultLanguage) rmSync(path.join(publicDir, lang, 'blog'), { recursive: true, force: true });
  }
  const copied = posts.filter((post) => post.bundleDir !== null && (includeUnpublished || isPublished(post)));
  for (const post of copied) copyPostAssets(post, publicDir);
  return copied.length;
}
