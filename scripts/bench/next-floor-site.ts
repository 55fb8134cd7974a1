// The least a Next.js static export of this many pages costs on this machine: an app with one root
// layout and one route of empty pages, exported with the site's own next.config.js. Set beside the
// site's build, it tells what share of the time is the framework's and what share is the site's
// (reading, checking and compiling posts, rendering them, the search index).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const files: Record<string, string> = {
  'package.json': '{ "private": true }\n',
  // The site's own next.config.js, so that pages are generated as the site's are (workers, export, prefetch settings).
  'next.config.mjs': "export { default } from '../next.config.js';\n",
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return <html lang="zh-CN"><body>{children}</body></html>;
}
`,
};

/**
 * Writes the app into `root`, a folder inside the project (Turbopack compiles nothing outside the
 * project's root, where node_modules is), with `pageCount` empty pages at /p/0/ … /p/<pageCount-1>/.
 */
export function writeNextFloorSite(root: string, pageCount: number): void {
  rmSync(root, { recursive: true, force: true });
  const page = `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${pageCount} }, (_, index) => ({ id: String(index) }));
}
export default async function Page({ params }) {
  const { id } = await params;
  return <main><h1>Page {id}</h1></main>;
}
`;
  for (const [file, text] of Object.entries({ ...files, 'app/p/[id]/page.jsx': page })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}
