// @ts-check
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** BASE_PATH=/weekly builds an export that is served under https://host/weekly/. */
function readBasePath() {
  const value = process.env.BASE_PATH ?? '';
  if (value === '' || value === '/') return '';
  if (!/^\/[^?#\s]*[^/]$/.test(value)) {
    throw new Error(`BASE_PATH must start with "/" and not end with "/" (for example /weekly); got "${value}"`);
  }
  return value;
}

/**
 * `next dev` serves page-bundle files straight from content/ (the export has them copied into out/ by
 * npm run build): a path that ends in a published extension and is no file of public/ goes to the route
 * app/dev-bundle-files/[...path]/route.dev.ts, which exists in `next dev` alone (its `.dev.ts` is a page
 * extension there only). Nothing is copied into public/, so `next dev` never writes the working tree.
 * @type {import('next').NextConfig}
 */
const devBundleFiles = {
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'dev.ts'],
  // afterFiles: after public/ and before the dynamic routes, which would take every path.
  rewrites: async () => {
    /** @type {Record<string, string>} */
    const types = JSON.parse(readFileSync(new URL('./lib/content/published-asset-types.json', import.meta.url), 'utf8'));
    const extensions = Object.keys(types).map((extension) => extension.slice(1)).join('|');
    return {
      beforeFiles: [],
      afterFiles: [{ source: `/:path*/:file([^/]+\\.(?:${extensions}))`, destination: '/dev-bundle-files/:path*/:file' }],
      fallback: [],
    };
  },
};

/** @type {(phase: string) => import('next').NextConfig} */
export default (phase) => ({
  // Only the production build exports: `next dev` with output 'export' fails on
  // percent-encoded (Chinese) route params, vercel/next.js#92192.
  ...(phase === PHASE_PRODUCTION_BUILD ? { output: 'export' } : {}),
  ...(phase === PHASE_DEVELOPMENT_SERVER ? devBundleFiles : {}),
  basePath: readBasePath(),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // The content layer's big server-only libraries (the MDX compiler, Shiki and its grammars, the
  // HTML parser behind rehype-raw, YAML and TOML, feeds, calendars): Node loads them from node_modules as they
  // are, instead of Turbopack bundling them into every route. Compiling takes half as long (1,000-post
  // bench: 12.9 s → 6.0 s); the browser never gets any of them either way.
  serverExternalPackages: [
    '@mdx-js/mdx',
    'shiki',
    '@shikijs/rehype',
    'smol-toml',
    'jsonc-parser',
    'yaml',
    'remark-gfm',
    'rehype-raw',
    'rehype-sanitize',
    'hast-util-to-html',
    'hast-util-from-html',
    'feed',
    'ical-generator',
    // Bundles the islands (lib/outputs/islands.ts); a native binary, never bundled itself.
    'esbuild',
  ],
  // cpus: Next.js prerenders with one worker less than the machine has cores, leaving one to a main
  // process that only waits while pages are generated: on two cores that halves the speed.
  // prefetchInlining off: on, Next.js gzips every segment of every page to size it for prefetching,
  // and this site's links are plain <a>s that prefetch nothing. It is not enumerable so that next
  // build, which lists the experiments it finds with Object.keys, does not print it as a red
  // "⨯ prefetchInlining" that reads like an error; Next.js still applies it (tests/next-config.test.ts).
  experimental: Object.defineProperty({ cpus: Math.max(1, os.availableParallelism()) }, 'prefetchInlining', { value: false, enumerable: false }),
});
