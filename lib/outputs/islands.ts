// The islands: the few parts of a page a reader interacts with (search, the copy button), in plain
// TypeScript beside their components. esbuild bundles each into one content-hashed file, which
// app/islands/[file]/route.ts serves in `next dev` and writes into the export (/islands/<name>-<hash>.js),
// and which the components' markup names. The pages themselves ship no React (docs/architecture.md).
import { statSync } from 'node:fs';
import path from 'node:path';
import { build, transformSync } from 'esbuild';
import { isDevServer } from '@/lib/model/build-mode';
import { islandsFolder, withBasePath } from '@/lib/urls';

/** Each island's entry point, beside the component whose markup it enhances. */
const islandEntries = {
  search: 'components/search-box-island.ts',
  'copy-code': 'components/mdx/copy-code-island.ts',
} as const;

export type IslandName = keyof typeof islandEntries;

/** One island as the export holds it. */
export interface IslandFile {
  name: IslandName;
  /** `<name>-<hash>.js`: a new name whenever the code changes, so hosts may cache it for ever. */
  fileName: string;
  code: string;
}

/** The islands, and the source files esbuild read for them (for `next dev` to see an edit). */
interface Bundle {
  files: IslandFile[];
  inputs: string[];
}

async function bundleIslands(): Promise<Bundle> {
  const names = Object.keys(islandEntries) as IslandName[];
  const result = await build({
    metafile: true,
    entryPoints: names.map((name) => ({ in: islandEntries[name], out: name })),
    entryNames: '[name]-[hash]',
    outdir: 'islands',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const files = names.map((name, index) => {
    const fileName = result.outputFiles.map((output) => path.basename(output.path)).find((candidate) => candidate.startsWith(`${name}-`));
    const file = result.outputFiles.find((output) => path.basename(output.path) === fileName);
    if (!fileName || !file) throw new Error(`esbuild wrote no file for the island ${name} (${islandEntries[name]}, entry ${index})`);
    return { name, fileName, code: file.text };
  });
  return { files, inputs: Object.keys(result.metafile.inputs) };
}

/** When each source file was last written, as one string: another string means an edit. */
const sourceStamp = (inputs: string[]) => inputs.map((input) => statSync(input, { throwIfNoEntry: false })?.mtimeMs ?? -1).join(',');

// Bundled once a process in the build (every worker gets the same bytes, so the same names). In
// `next dev`, bundled again when a source file of an island changed, so that an edit shows on reload
// while a page's several calls reuse one bundle.
let bundled: Promise<Bundle> | undefined;
let bundledStamp = '';

/** Every island, bundled. */
export async function islandFiles(): Promise<IslandFile[]> {
  if (bundled && isDevServer()) {
    const stamp = sourceStamp((await bundled).inputs);
    if (stamp !== bundledStamp) bundled = undefined;
  }
  if (!bundled) {
    bundled = bundleIslands();
    bundled.then((bundle) => (bundledStamp = sourceStamp(bundle.inputs)), () => (bundled = undefined));
  }
  return (await bundled).files;
}

/** The URL of an island's file, for a <script type="module" src> or an import(). */
export async function islandUrl(name: IslandName): Promise<string> {
  const island = (await islandFiles()).find((file) => file.name === name);
  if (!island) throw new Error(`no island named ${name}`);
  return withBasePath(`${islandsFolder}${island.fileName}`);
}

// Each script minified once a process: the loader is rendered into every page.
const minifiedScripts = new Map<string, string>();

/**
 * A script written into every page's HTML (the theme's, the islands' loader), minified as the islands
 * are: the source stays readable beside its component, and 2,000 pages do not each carry its indentation.
 */
export function minifiedInlineScript(source: string): string {
  let minified = minifiedScripts.get(source);
  if (minified === undefined) {
    minified = transformSync(source, { minify: true, target: 'es2020', charset: 'utf8', legalComments: 'none' }).code.trimEnd();
    minifiedScripts.set(source, minified);
  }
  return minified;
}
