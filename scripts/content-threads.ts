import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ContentError, reviveContentError, type ContentProblem } from '@/lib/model/content-error';
import { loadCachedSource, type LoadedSource, type ParsedPost, type PostSource, type SourceLoader } from '@/lib/content/post-sources';
import type { ParseCache } from '@/lib/content/parse-cache';

// Parsing, checking and compiling a post takes tens of milliseconds and shares nothing with the next
// post, so the build's check spreads the files over one thread per core (a thousand posts on two
// cores: 15 s instead of 20 s). Few posts are not worth more threads than one.
const fewestPostsPerThread = 100;

/**
 * A last resort, never the bound a post is held to. What a post may ask of the check is counted
 * (lib/model/post-bounds.ts), so that the same post passes or fails on every machine; an ordinary
 * post takes tens of milliseconds, a 200 KB one about 2 s and one at the bounds about 15 s of CPU.
 * But a parse cannot be interrupted in its own thread, and Markdown parsers have inputs that take
 * minutes which no count foresaw: so a post that needs parsing is always loaded in a thread, and a thread
 * still on one post past these limits is stopped and replaced, and the post's error says to report
 * it. The limit is the thread's own CPU time, which a loaded machine hardly changes (read from /proc
 * on Linux); the wall-clock one, for systems without /proc, is far above it.
 */
export const postTimeLimits: PostTimeLimits = { cpuMs: 60_000, wallMs: 600_000 };

/** How long a thread may spend on one post: its CPU time, and the time on the clock. */
export interface PostTimeLimits {
  cpuMs: number;
  wallMs: number;
}

// How often the main thread looks at the time a post has taken.
const watchIntervalMs = 250;
// Linux counts a thread's CPU time in clock ticks of 1/100 s (USER_HZ) on every architecture.
const clockTicksPerSecond = 100;

/** The CPU time (user and system) of this process's thread `tid` in milliseconds, from /proc; undefined where there is none. */
function threadCpuMs(tid: number | undefined): number | undefined {
  if (tid === undefined) return undefined;
  try {
    // After the command's name in parentheses (which may hold spaces), utime and stime are the 12th and 13th fields.
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return undefined;
  }
}

// Parsing makes many short-lived objects: with V8's default young generation, a thread spent an eighth
// of its time collecting them. A larger one took the cold check of 1,000 posts from 16.6 s to 12.6 s,
// for memory: the 10,000-post build's largest process went from 1.2 to 1.4 GB (1.3 to 1.9 GB rebuilding).
// The stack of a main thread (a thread's default is 4 MB): a post nested too deeply for the processes
// that render the pages fails here too, and fast, should the counted bound on nesting miss it.
const threadLimits = { maxYoungGenerationSizeMb: 192, stackSizeMb: 1 };

/** A post file and its place in the list the loader was given. */
interface ShareItem {
  index: number;
  postSource: PostSource;
}

/** What a thread sends: ContentError is a class, which does not cross threads; its fields do. */
type ThreadMessage =
  /** `tid`: the thread's id on Linux, whose CPU time /proc tells. */
  | { kind: 'start'; index: number; tid?: number }
  | {
      kind: 'result';
      index: number;
      result: { post: LoadedSource['post']; sectionPage: LoadedSource['sectionPage']; errors: ContentProblem[]; warnings: ContentProblem[] };
      cacheEntries: [string, ParsedPost][];
    }
  | { kind: 'done' };

/** A started thread, with what it did before anyone listened: it may fail while loading its code. */
interface ContentThread {
  worker: Worker;
  exited: Promise<number>;
  error?: Error;
}

function startThread(): ContentThread {
  const worker = new Worker(new URL('./content-thread.mjs', import.meta.url), { resourceLimits: threadLimits });
  const thread: ContentThread = { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
  worker.on('error', (error) => {
    thread.error = error;
  });
  return thread;
}

/**
 * A loader that loads and compiles the post files in `threads` threads at most, stopping a post that
 * takes longer than `timeLimits` (tests set shorter ones), and returns the results in the order of
 * `sources`. A post that both caches hold (its parse and its compiled body) needs neither the parser
 * nor the compiler, nothing that could take long: it is loaded in this thread, and when every post is,
 * no thread is started and the compiler's code (seconds to load) is never loaded. The first post that
 * needs more starts a thread, which loads that code while this thread goes on with the cached ones.
 */
export function threadedLoader(threads: number = os.availableParallelism(), timeLimits: PostTimeLimits = postTimeLimits): SourceLoader {
  return async (root, sources, cache) => {
    let started: ContentThread | undefined;
    const results = sources.map((postSource) => {
      const result = loadCachedSource(postSource, cache);
      if (result === undefined) started ??= startThread();
      return result;
    });
    const rest = sources.flatMap((postSource, index) => (results[index] === undefined ? [{ index, postSource }] : []));
    if (rest.length > 0) {
      const loaded = await loadInThreads({ threads, timeLimits, root, cache, started }, rest.map(({ postSource }) => postSource));
      for (const [position, { index }] of rest.entries()) results[index] = loaded[position];
    }
    return results as LoadedSource[];
  };
}

interface LoadContext {
  threads: number;
  timeLimits: PostTimeLimits;
  root: string;
  cache: ParseCache<ParsedPost>;
  /** A thread started ahead, if there is one. */
  started: ContentThread | undefined;
}

async function loadInThreads(context: LoadContext, sources: PostSource[]): Promise<LoadedSource[]> {
  const { threads, started } = context;
  const count = Math.max(1, Math.min(threads, Math.floor(sources.length / fewestPostsPerThread)));
  const results: LoadedSource[] = new Array(sources.length);
  // Every count-th file to each thread: long and short posts, cached and new ones, spread evenly.
  const shares = Array.from({ length: count }, (_, thread) =>
    sources.flatMap((postSource, index) => (index % count === thread ? [{ index, postSource }] : [])),
  ).filter((share) => share.length > 0);
  const running = new Set<Worker>(started ? [started.worker] : []);
  let spare = started;
  let isStopped = false;
  const nextThread = () => {
    // A share still going when another failed would start threads nobody stops.
    if (isStopped) throw new Error('the content check stopped');
    const thread = spare ?? startThread();
    spare = undefined;
    running.add(thread.worker);
    return thread;
  };
  const keep = (index: number, result: LoadedSource) => {
    results[index] = result;
  };
  try {
    await Promise.all(shares.map((share) => loadShare(share, { ...context, nextThread, keep })));
  } finally {
    isStopped = true;
    // A thread that failed leaves the others nothing to do for: stop them too (and the spare, unused when there are no posts).
    await Promise.all([...running].map((worker) => worker.terminate()));
  }
  return results;
}

interface ShareContext {
  timeLimits: PostTimeLimits;
  root: string;
  cache: ParseCache<ParsedPost>;
  nextThread: () => ContentThread;
  keep: (index: number, result: LoadedSource) => void;
}

/** Loads one thread's share; a post that overruns the time limit or stops its thread gets an error, and a fresh thread takes the rest. */
async function loadShare(share: ShareItem[], context: ShareContext): Promise<void> {
  let rest = share;
  while (rest.length > 0) rest = rest.slice(await runThread(rest, context));
}

const fileOf = ({ postSource }: ShareItem) => path.relative(process.cwd(), postSource.source.absolutePath);

/**
 * Runs a thread on `share` until it finishes it or is stopped on a post; returns how many posts of
 * the share have a result, the stopped one included. A thread that fails outside a post fails on
 * code, not content: that is thrown.
 */
function runThread(share: ShareItem[], { timeLimits, root, cache, nextThread, keep }: ShareContext): Promise<number> {
  const thread = nextThread();
  const { worker } = thread;
  worker.ref();
  worker.postMessage({ root, share });
  return new Promise((resolve, reject) => {
    let finished = 0;
    let current: ShareItem | undefined;
    let timer: NodeJS.Timeout | undefined;
    const stopOnCurrent = (reason: string) => {
      clearInterval(timer);
      if (!current) return;
      keep(current.index, { post: undefined, errors: [new ContentError(fileOf(current), 0, 0, reason)], warnings: [] });
      finished += 1;
      current = undefined;
      // What the thread still sends is about a post it no longer owns.
      worker.removeAllListeners('message');
      void worker.terminate();
    };
    const stopAsBug = (took: string) => stopOnCurrent(`reading, checking and compiling it took more than ${took}, so it was stopped: the site's counted bounds on a post (lib/model/post-bounds.ts) let through something slow, which is a bug of the site; report it with this post attached, and meanwhile break up its longest run of brackets, asterisks or markup, or split the post`);
    worker.on('message', (message: ThreadMessage) => {
      if (message.kind === 'start') {
        current = share[finished];
        const startedAt = performance.now();
        const cpuAtStart = threadCpuMs(message.tid);
        timer = setInterval(() => {
          const cpuNow = threadCpuMs(message.tid);
          if (cpuAtStart !== undefined && cpuNow !== undefined && cpuNow - cpuAtStart > timeLimits.cpuMs) stopAsBug(`${timeLimits.cpuMs / 1000} s of CPU time`);
          else if (performance.now() - startedAt > timeLimits.wallMs) stopAsBug(`${timeLimits.wallMs / 1000} s`);
        }, watchIntervalMs);
      } else if (message.kind === 'result') {
        clearInterval(timer);
        const { post, sectionPage, errors, warnings } = message.result;
        keep(message.index, { post, sectionPage, errors: errors.map(reviveContentError), warnings: warnings.map(reviveContentError) });
        cache.adopt(message.cacheEntries);
        finished += 1;
        current = undefined;
      } else {
        void worker.terminate();
      }
    });
    // A thread stops on its own when it ran out of memory or met a bug: on a post, that post's error; elsewhere, the check's.
    void thread.exited.then((code) => {
      const cause = thread.error ? thread.error.message.split('\n')[0] : `exit code ${code}`;
      stopOnCurrent(`could not be read: the thread reading it stopped (${cause}), which a very large or deeply nested post can cause; simplify it`);
      if (finished > 0) resolve(finished);
      else reject(thread.error ?? new Error(`a content thread stopped (exit code ${code}) before it read a post`));
    });
  });
}
