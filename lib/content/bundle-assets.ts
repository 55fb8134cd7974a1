import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../mdx/compile-cache';
import { isSvgFile } from './asset-files';
import { readBundleFiles, readRegularFile, svgErrors, type BundleAsset } from './bundle-files';
import { isPublished, type Post } from '../model/post';
import { exportPathOf, postUrl } from '../urls';
import { pathSegmentsWithin } from './url-path';

/** The folder and file names of a post's URL, where its bundle files are served: ["blog", "x"] for /blog/x/. */
function assetFolderSegments(post: Post): string[] {
  return pathSegmentsWithin(exportPathOf(postUrl(post))) ?? [];
}

/**
 * The bytes of a bundle file as the site serves them, read now; undefined when the file is no longer a
 * regular file, or is an SVG whose very bytes do not pass its check (they may have changed since the
 * bundle was listed).
 */
export function publishedBytes(asset: BundleAsset): Buffer | undefined {
  const bytes = readRegularFile(asset.absolutePath);
  if (!bytes || (isSvgFile(asset.absolutePath) && svgErrors(bytes, asset.absolutePath).length > 0)) return undefined;
  return bytes;
}

/**
 * Copies one page bundle's assets into its folder under `targetDir`; returns the files written. Only the
 * files readBundleFiles() lists are copied: regular files on the asset list, never a symbolic link,
 * and an SVG only as the bytes that passed its check. Nothing is removed first: the folder holds the
 * post's index.html in the export.
 */
export function copyPostAssets(post: Post, targetDir: string): string[] {
  if (post.bundleDir === null) return [];
  const target = path.join(targetDir, ...assetFolderSegments(post));
  const written: string[] = [];
  for (const asset of readBundleFiles(post.bundleDir, { isSvgChecked: false }).assets) {
    const bytes = publishedBytes(asset);
    if (!bytes) continue;
    const destination = path.join(target, ...asset.segments);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, bytes);
    written.push(destination);
  }
  return written;
}

/**
 * Copies each published page bundle's assets (content/zh/blog/<slug>/cover.png) beside the post's
 * page in the export (out/blog/<slug>/cover.png). Returns how many bundles were copied. (`next dev`
 * copies nothing: it serves the same files from content/, bundleAssetAt().)
 */
export function copyBundleAssets(posts: Post[], targetDir = 'out'): number {
  const copied = posts.filter((post) => post.bundleDir !== null && isPublished(post));
  for (const post of copied) copyPostAssets(post, targetDir);
  return copied.length;
}

/**
 * The page-bundle file at a decoded site path (base path left out): the file copyPostAssets() would
 * write there, found among `posts` by the same rules. The path's `.` and `..` are applied first, and
 * only a file `listAssets` lists for a post whose URL folder holds the path is returned, so no path
 * reaches a Markdown, HTML or script file, a hidden file, a link, or anything outside a bundle. Names are
 * compared in NFC, as URLs are. When posts' folders nest (/blog/x/ and /blog/x/y/), the deeper post is
 * asked first.
 */
export function bundleAssetAt(posts: Post[], sitePath: string, listAssets: (bundleDir: string) => BundleAsset[]): BundleAsset | undefined {
  const segments = pathSegmentsWithin(sitePath.normalize('NFC'));
  if (segments === null) return undefined;
  const candidates = posts
    .flatMap((post) => (post.bundleDir === null ? [] : [{ bundleDir: post.bundleDir, folder: assetFolderSegments(post) }]))
    .filter(({ folder }) => folder.length < segments.length && folder.every((name, index) => name === segments[index]))
    .sort((a, b) => b.folder.length - a.folder.length);
  for (const { bundleDir, folder } of candidates) {
    const inside = segments.slice(folder.length);
    const asset = listAssets(bundleDir).find((listed) =>
      listed.segments.length === inside.length && listed.segments.every((name, index) => name.normalize('NFC') === inside[index]));
    if (asset) return asset;
  }
  return undefined;
}

/**
 * Before, `next dev` served bundle files by copying them into public/, and listed the copies here. A
 * working tree may still hold that list. Its files are never deleted now: a copy may have overwritten
 * a file of the site (whose path it then names), or been committed since, and nothing may tell the
 * two apart. They are named instead, each time `next dev` or the build starts, until none is left;
 * then the list goes.
 */
const oldDevCopiesList = path.join(cacheDir, 'dev-bundle-copies.json');

/** The warning naming the files an older `next dev` copied into public/ that are still there, or undefined when there are none (the list is then deleted). */
export function oldDevCopiesWarning(list = oldDevCopiesList): string | undefined {
  let listed: unknown;
  try {
    listed = JSON.parse(readFileSync(list, 'utf8'));
  } catch {
    return undefined;
  }
  const files = Array.isArray(listed) ? listed.filter((file): file is string => typeof file === 'string' && existsSync(file)) : [];
  if (files.length === 0) {
    rmSync(list, { force: true });
    return undefined;
  }
  return [
    `warning: an older next dev copied page-bundle files into public/, and ${files.length === 1 ? 'this one is' : 'these are'} still there:`,
    ...files.slice(0, 20).map((file) => `  ${file}`),
    ...(files.length > 20 ? [`  … and ${files.length - 20} more (listed in ${list})`] : []),
    'The export would publish them as files of the site. Check each with git status or git diff: delete a copy,',
    'or restore a file of the site a copy overwrote (git checkout -- <file>). This warning stops when none is left.',
  ].join('\n');
}
