// @ts-check
import os from 'node:os';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** BASE_PATH=/weekly builds an export that is served under https://host/weekly/. */
function readBasePath() {
  const value = process.env.BASE_PATH ?? '';
  if (value === '' || value === '/') return '';
  if (!/^\/[^?#\s]*[^/]$/.test(value)) {
    throw new Error(`BASE_PATH must start with "/" and not end with "/" (for example /weekly); got "${value}"`);
  }
  return value;
}

/** @type {(phase: string) => import('next').NextConfig} */
export default (phase) => ({
  // Only the production build exports: `next dev` with output 'export' fails on
  // percent-encoded (Chinese) route params, vercel/next.js#92192.
  ...(phase === PHASE_PRODUCTION_BUILD ? { output: 'export' } : {}),
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
  // Next.js prerenders with one worker less than the machine has cores, leaving one to a main
  // process that only waits while pages are generated: on two cores that halves the speed.
  experimental: { cpus: Math.max(1, os.availableParallelism()), prefetchInlining: false },
});
