// npm run check: validates every post without a Next.js build and reports problems as a
// compiler does (file:line:column  error  message). npm run build runs the same check first.
// A warning that repeats is shown once with its count (scripts/problem-report.ts); --verbose shows every one.
// Under GitHub Actions it also prints every problem as a workflow command (scripts/workflow-commands.ts).
import { pathToFileURL } from 'node:url';
import type { ContentReport } from '@/lib/model/post';
import { checkAcrossPosts } from '@/lib/content/check-across-posts';
import { contentDir, loadAllSources } from '@/lib/content/post-sources';
import { threadedLoader } from './content-threads';
import { plural, problemReport } from './problem-report';
import { workflowCommands } from './workflow-commands';

/**
 * Checks all content and prints what it found; returns the report, or null when there are errors.
 * `verbose` prints every warning, not one of each repeated kind with its count. `annotate` also prints
 * every problem as a GitHub workflow command: npm run check does under GitHub Actions, and the build's
 * own check does not, so that a workflow running both annotates each problem once.
 */
export async function runContentCheck({ verbose = process.argv.includes('--verbose'), annotate = false } = {}): Promise<ContentReport | null> {
  const started = performance.now();
  // checkAndCompileContent of lib/content/check-content.ts, without loading the compiler here: the
  // threaded loader loads a post both caches hold in this thread, and any other in a thread of its own.
  const report = checkAcrossPosts(await loadAllSources(contentDir(), threadedLoader()));
  const { posts, errors, warnings } = report;
  for (const line of problemReport(warnings, errors, verbose)) console.log(line);
  if (annotate) {
    const paths = { cwd: process.cwd(), repositoryRoot: process.env.GITHUB_WORKSPACE ?? process.cwd() };
    for (const command of workflowCommands([...warnings, ...errors], paths)) console.log(command);
  }
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
  process.exitCode = (await runContentCheck({ annotate: process.env.GITHUB_ACTIONS === 'true' })) ? 0 : 1;
}
