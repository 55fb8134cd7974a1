// npm run check: validates every post without a Next.js build and reports problems as a
// compiler does (file:line:column  error  message). npm run build runs it first.
import { ContentErrors } from '@/lib/content/content-error';
import { getPosts } from '@/lib/content/queries';
import { siteConfig, type Language } from '@/site.config';

const started = performance.now();
try {
  const count = (Object.keys(siteConfig.languages) as Language[]).reduce((sum, lang) => sum + getPosts(lang).length, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`content ok: ${count} published post${count === 1 ? '' : 's'} checked in ${seconds}s`);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
