import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A content folder made of these files (paths from the content root) and their texts. */
export function contentSite(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-site-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}
