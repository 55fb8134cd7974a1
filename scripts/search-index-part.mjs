// One part of the search index (scripts/search-index.ts) in a thread of its own. The pagefind module
// runs one Pagefind process per module instance, and each thread has its own instance, so parts are
// indexed side by side. Plain JavaScript, because a worker thread does not inherit tsx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

// Pagefind's process reads the files as they come: sending one at a time would leave it waiting.
const filesInFlight = 32;

/**
 * Pagefind indexes no script's text, and two thirds of a page's HTML are the scripts that carry
 * Next.js's flight data: sending the page without them saves Pagefind reading them (0.6 s of 3.5 s
 * at 1,000 posts). Next.js and the JSON-LD escape "<" inside their scripts, so the first "</script>" ends one.
 * @param {string} html
 */
function withoutScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
}

/**
 * Indexes `files` (paths relative to `siteDir`) into `outputPath`; returns how many pages it
 * indexed, in which languages (Pagefind's keys, "zh-cn").
 * @param {{ siteDir: string, files: string[], outputPath: string }} part
 */
async function writePart({ siteDir, files, outputPath }) {
  try {
    // The pages say lang="zh-CN"; Pagefind splits Chinese text into words only for such pages.
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    for (let start = 0; start < files.length; start += filesInFlight) {
      await Promise.all(
        files.slice(start, start + filesInFlight).map(async (sourcePath) => {
          const html = readFileSync(path.join(siteDir, sourcePath), 'utf8');
          const added = await index.addHTMLFile({ sourcePath, content: withoutScripts(html) });
          if (added.errors.length > 0) throw new Error(`${sourcePath}: ${added.errors.join('\n')}`);
        }),
      );
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // Files without data-pagefind-body are read but not indexed; the entry file counts the indexed pages.
    /** @type {{ languages: Record<string, { page_count: number }> }} */
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages).reduce((count, language) => count + language.page_count, 0);
    return { pages, languages: Object.keys(entry.languages) };
  } finally {
    // Ends this thread's Pagefind process, and with it the memory the part's index took.
    await pagefind.close();
  }
}

parentPort?.postMessage(await writePart(workerData));
