import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ContentError } from '@/lib/content/content-error';
import { loadEachSource, type LoadedSource, type ParsedPost, type PostSource, type SourceLoader } from '@/lib/content/load-posts';
import type { ParseCache } from '@/lib/content/parse-cache';

// Parsing, checking and compiling a post takes tens of milliseconds and shares nothing with the next
// post, so the build's check spreads the files over one thread per core (a thousand posts on two
// cores: 15 s instead of 20 s). Few posts are not worth starting threads for.
const fewestPostsPerThread = 100;

// Parsing makes many short-lived objects: with V8's default young generation, a thread spent an eighth
// of its time collecting them. A larger one took the cold check of 1,000 posts from 16.6 s to 12.6 s,
// for memory: the 10,000-post build's largest process went from 1.2 to 1.4 GB (1.3 to 1.9 GB rebuilding).
const threadLimits = { maxYoungGenerationSizeMb: 192 };

type Problem = Pick<ContentError, 'file' | 'line' | 'column' | 'reason' | 'severity'>;

/** What a thread sends back: ContentError is a class, which does not cross threads; its fields do. */
export interface ThreadResult {
  results: { post: LoadedSource['post']; errors: Problem[]; warnings: Problem[] }[];
  cacheEntries: [string, ParsedPost][];
}

const revive = ({ file, line, column, reason, severity }: Problem) => new ContentError(file, line, column, reason, severity);

function runThread(worker: Worker): Promise<ThreadResult> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a content thread stopped with exit code ${code} before it reported`)));
  });
}

/** A loader that loads and compiles the post files in `threads` threads and returns their results in the order of `sources`. */
export function threadedLoader(threads: number = os.availableParallelism()): SourceLoader {
  return (root, sources, cache) => loadInThreads(threads, root, sources, cache);
}

async function loadInThreads(threads: number, root: string, sources: PostSource[], cache: ParseCache<ParsedPost>): Promise<LoadedSource[]> {
  const count = Math.min(threads, Math.floor(sources.length / fewestPostsPerThread));
  if (count <= 1) return loadEachSource(root, sources, cache);
  // Every count-th file to each thread: long and short posts, cached and new ones, spread evenly.
  const shares = Array.from({ length: count }, (_, thread) => sources.filter((_, index) => index % count === thread));
  const workers = shares.map(
    (share) => new Worker(new URL('./content-thread.mjs', import.meta.url), { workerData: { root, sources: share }, resourceLimits: threadLimits }),
  );
  let reports: ThreadResult[];
  try {
    reports = await Promise.all(workers.map(runThread));
  } finally {
    // A thread that failed leaves the others nothing to do for: stop them too.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  for (const report of reports) cache.adopt(report.cacheEntries);
  return sources.map((_, index) => {
    const { post, errors, warnings } = reports[index % count]!.results[Math.floor(index / count)]!;
    return { post, errors: errors.map(revive), warnings: warnings.map(revive) };
  });
}
