import path from 'node:path';
import { isRegularFileAt, pathSegmentsWithin } from './url-path';
import assetTypes from './published-asset-types.json';

/**
 * Extensions of the page-bundle files that are published, with the type `next dev` serves each with:
 * pictures, sound, video and PDF, which a browser shows or plays and which run nothing on the site's
 * origin (SVG can, so each one is read and checked first: svg-safety.ts). Text, CSV and archives stay
 * off the list: a static host may serve them with a type the browser sniffs into a page, and a download
 * is better linked from its repository or release. The list is a JSON file because next.config.js
 * reads it too, to send only these paths to `next dev`'s bundle-file route.
 */
export const publishedAssetTypes: Readonly<Record<string, string>> = assetTypes;

/**
 * Extensions of files a browser opens as a page or runs as code, on the site's origin: never published,
 * whatever list above grows to.
 */
const activeExtensions: ReadonlySet<string> = new Set([
  '.html', '.htm', '.xhtml', '.xht', '.shtml', '.xml', '.xsl', '.xslt', '.svgz',
  '.js', '.mjs', '.cjs', '.css', '.json', '.wasm', '.swf',
]);

/**
 * What a file of a page bundle is: an asset that is published, a Markdown resource (Hugo's word) that
 * is not and needs no word, a page or script that is never published, or anything else, not published.
 */
export type BundleFileKind = 'asset' | 'resource' | 'active' | 'other';

export function bundleFileKind(name: string): BundleFileKind {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.md' || extension === '.mdx') return 'resource';
  if (activeExtensions.has(extension)) return 'active';
  return Object.hasOwn(publishedAssetTypes, extension) ? 'asset' : 'other';
}

export const isSvgFile = (name: string) => path.extname(name).toLowerCase() === '.svg';

/** Whether a decoded path inside a page bundle names a file the export has: a regular file of the bundle with a listed extension. */
export function isPublishedBundleFile(bundleDir: string, decodedPath: string): boolean {
  const segments = pathSegmentsWithin(decodedPath);
  return segments !== null && isRegularFileAt(bundleDir, segments) && bundleFileKind(segments.at(-1)!) === 'asset';
}

/** Whether a decoded path from the site root names a regular file in public/ (never one outside it). */
export function isPublicFile(decodedPath: string, publicDir = 'public'): boolean {
  const segments = pathSegmentsWithin(decodedPath);
  return segments !== null && isRegularFileAt(path.resolve(publicDir), segments);
}
