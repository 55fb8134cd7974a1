// One thread of scripts/content-threads.ts: loads and compiles the share of post files it is sent,
// saying which file it starts before each (and its thread id), so that the main thread can stop one that takes too long.
// Plain JavaScript, because a worker thread does not inherit tsx from the process that started it.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

/** This thread's id on Linux, whose CPU time the main thread reads from /proc; undefined elsewhere. */
function linuxThreadId() {
  try {
    return Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ', 1)[0]);
  } catch {
    return undefined;
  }
}
const tid = linuxThreadId();
const { loadAndCompileSource, newParseCache } = await import('../lib/content/load-posts.ts');

/** @param {import('../lib/model/content-error').ContentError} problem @returns {import('../lib/model/content-error').ContentProblem} */
const plain = ({ file, line, column, reason, severity, kind }) => ({ file, line, column, reason, severity, kind });

// The share comes as a message, not as workerData: the thread starts loading its code before the
// main thread knows which files there are. A message sent before this listener waits for it.
parentPort.once('message', async ({ root, share }) => {
  const cache = newParseCache(root);
  let reportedEntries = 0;
  for (const { index, postSource } of share) {
    parentPort.postMessage({ kind: 'start', index, tid });
    const { post, sectionPage, errors, warnings } = await loadAndCompileSource(postSource, cache);
    // Each post's parse cache entry goes with its result: a thread stopped later keeps what it parsed.
    const entries = cache.usedEntries();
    const cacheEntries = entries.slice(reportedEntries);
    reportedEntries = entries.length;
    // As JSON, which is how the cache stores them: a ContentError among the warnings loses its fields
    // when it crosses to another thread, and JSON keeps them.
    parentPort.postMessage({
      kind: 'result',
      index,
      result: { post, sectionPage, errors: errors.map(plain), warnings: warnings.map(plain) },
      cacheEntries: JSON.parse(JSON.stringify(cacheEntries)),
    });
  }
  parentPort.postMessage({ kind: 'done' });
});
