import { existsSync, lstatSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isNavigationFile } from '@/lib/urls';

/** What a prune removed. */
export interface PrunedFiles {
  files: number;
  bytes: number;
}

/**
 * Deletes Next.js's client-navigation files (index.txt, __next.*.txt) from every folder of an export.
 * Next.js 16 writes them for every prerendered page and has no option not to (vercel/next.js#88114);
 * only next/link and the router fetch them, and this site links with plain <a>s. A file of `publicDir`
 * is the site's own, whatever its name, and stays: Next.js copies public/ into the export as it is.
 */
export function pruneNavigationFiles(outDir: string, publicDir = 'public'): PrunedFiles {
  const pruned: PrunedFiles = { files: 0, bytes: 0 };
  for (const relative of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (!isNavigationFile(path.basename(relative)) || existsSync(path.join(publicDir, relative))) continue;
    const file = path.join(outDir, relative);
    const stats = lstatSync(file);
    if (!stats.isFile()) continue;
    unlinkSync(file);
    pruned.files += 1;
    pruned.bytes += stats.size;
  }
  return pruned;
}
