// One thread of scripts/content-threads.ts: loads and compiles its share of the post files. Plain
// JavaScript, because a worker thread does not inherit tsx from the process that started it.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadAndCompileSource, newParseCache } = await import('../lib/content/load-posts.ts');

/** @param {import('../lib/content/content-error').ContentError} problem */
const plain = ({ file, line, column, reason, severity }) => ({ file, line, column, reason, severity });

const cache = newParseCache(workerData.root);
const results = [];
for (const source of workerData.sources) {
  const { post, errors, warnings } = await loadAndCompileSource(source, cache);
  results.push({ post, errors: errors.map(plain), warnings: warnings.map(plain) });
}
// As JSON, which is how the cache stores them: a ContentError among the warnings loses its fields
// when it crosses to another thread, and JSON keeps them.
parentPort.postMessage({ results, cacheEntries: JSON.parse(JSON.stringify(cache.usedEntries())) });
