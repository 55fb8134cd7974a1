import { lstatSync } from 'node:fs';
import path from 'node:path';

/**
 * The folder and file names of a decoded path, with `.` and `..` applied; null when a `..` climbs above
 * the folder the path starts from, or a name holds a NUL. `/` and `\` both separate names, as browsers
 * treat them in http URLs. Whether the path escapes is decided from the text alone, so an answer never
 * depends on which files exist outside the folder.
 */
export function pathSegmentsWithin(decodedPath: string): string[] | null {
  const segments: string[] = [];
  for (const name of decodedPath.split(/[/\\]/)) {
    if (name === '' || name === '.') continue;
    if (name.includes('\0')) return null;
    if (name !== '..') segments.push(name);
    else if (segments.pop() === undefined) return null;
  }
  return segments;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape elsewhere in the name must not hide an encoded dot.
    return segment.replace(/%2e/gi, '.');
  }
}

/** pathSegmentsWithin() of a URL path as written in a post: query and fragment dropped, each name percent-decoded once. */
export function urlPathSegments(url: string): string[] | null {
  const withoutSuffix = url.replace(/[?#][\s\S]*$/, '');
  return pathSegmentsWithin(withoutSuffix.split(/[/\\]/).map(decodeSegment).join('/'));
}

/** Whether `segments` under `base` name a regular file reached through real folders: a symbolic link on the way is never followed. */
export function isRegularFileAt(base: string, segments: string[]): boolean {
  if (segments.length === 0) return false;
  let current = base;
  for (const [index, name] of segments.entries()) {
    current = path.join(current, name);
    const stats = lstatSync(current, { throwIfNoEntry: false });
    const isLast = index === segments.length - 1;
    if (!stats || (isLast ? !stats.isFile() : !stats.isDirectory())) return false;
  }
  return true;
}
