// npm run check: validates every post without a Next.js build and reports problems as a
// compiler does (file:line:column  error  message). npm run build runs the same check first.
import { pathToFileURL } from 'node:url';
import type { ContentReport } from '@/lib/model/post';
import { threadedLoader } from './content-threads';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Checks all content and prints what it found; returns the report, or null when there are errors. */
export async function runContentCheck(): Promise<ContentReport | null> {
  const loader = threadedLoader();
  // Loaded after the loader started its thread, which loads the same code meanwhile (see threadedLoader).
  const { checkAndCompileContent } = await import('@/lib/content/check-content');
  const { contentDir } = await import('@/lib/content/load-posts');
  const started = performance.now();
  const report = await checkAndCompileContent(contentDir(), loader);
  const { posts, errors, warnings } = report;
  for (const problem of [...warnings, ...errors]) console.log(problem.message);
  if (errors.length > 0) {
    const warned = warnings.length ? ` and ${plural(warnings.length, 'warning')}` : '';
    console.log(`\n${plural(errors.length, 'error')}${warned} in content; fix them and build again.`);
    return null;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warned = warnings.length ? `, ${plural(warnings.length, 'warning')}` : '';
  console.log(`content ok: ${plural(posts.length, 'post')} checked in ${seconds}s${warned}`);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = (await runContentCheck()) ? 0 : 1;
}
