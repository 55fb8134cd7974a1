import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { isDevServer } from '../model/build-mode';
import type { CompiledMdx, CompileOptions } from './compile';
import { threadId } from 'node:worker_threads';
import { basePath, postAssetBase } from '../urls';
import type { Post } from '../model/post';

/** Where the content caches live: the parse cache (lib/content/parse-cache.ts) and the compiled bodies. */
export const cacheDir = path.resolve('node_modules/.cache/sofa-weekly');
// All of lib/: the compile depends on its rehype plugins, labels and URLs too, and the parse cache
// (lib/content/parse-cache.ts) on the checks.
const codeFolders = ['lib', 'site.config.ts', 'package-lock.json'];

function filesUnder(entry: string): string[] {
  if (!statSync(entry, { throwIfNoEntry: false })?.isDirectory()) return [entry];
  return readdirSync(entry).sort().flatMap((name) => filesUnder(path.join(entry, name)));
}

let codeVersion: string | undefined;

/** A hash of the code that parses and compiles posts: a change to it, or to a dependency, empties the caches. */
export function contentCodeVersion(): string {
  if (codeVersion === undefined) {
    const hash = createHash('sha256');
    for (const file of codeFolders.flatMap(filesUnder)) {
      hash.update(file);
      if (statSync(file, { throwIfNoEntry: false })?.isFile()) hash.update(readFileSync(file));
    }
    codeVersion = hash.digest('hex');
  }
  return codeVersion;
}

// Compiling a post body (Markdown, then HTML, then JavaScript, with its code highlighted) is most of
// what rendering a post page costs, and depends on nothing but the body, the compile options and the
// code. So the JavaScript is kept on disk, a file per body: `npm run build` compiles each post during
// its content check, from the syntax tree the check parsed anyway, and Next.js's workers, which
// render the pages, read the result. A post that changed or a cache that was emptied compile on
// demand and write it for next time.
const compiledDir = path.join(cacheDir, 'compiled');
const unusedForDays = 30;

function keyOf({ source, format, file, assetBase, bundleRootImages, imageSizes, lang }: CompileOptions): string {
  // basePath too: root-relative links in the body get it; the images' sizes, which change with their files.
  return createHash('sha256').update(JSON.stringify([contentCodeVersion(), basePath, file, format, lang, assetBase, bundleRootImages, imageSizes, source])).digest('hex');
}

const fileOf = (key: string) => path.join(compiledDir, `${key}.json`);

function read(key: string): CompiledMdx | undefined {
  try {
    return JSON.parse(readFileSync(fileOf(key), 'utf8')) as CompiledMdx;
  } catch {
    return undefined;
  }
}

function write(key: string, compiled: CompiledMdx): void {
  try {
    mkdirSync(compiledDir, { recursive: true });
    // Written aside and renamed: two workers compiling one body never leave half a file to read.
    const partial = `${fileOf(key)}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, JSON.stringify(compiled));
    renameSync(partial, fileOf(key));
  } catch (error) {
    // A read-only node_modules costs speed, never a build.
    console.warn(`compiled post not cached: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** How a post's body is compiled, for its page and for the build's check alike. */
export function postCompileOptions(post: Pick<Post, 'body' | 'format' | 'file' | 'lang' | 'section' | 'slug' | 'bundleRootImages' | 'imageSizes'>): CompileOptions {
  return { source: post.body, format: post.format, file: post.file, lang: post.lang, assetBase: postAssetBase(post), bundleRootImages: post.bundleRootImages, imageSizes: post.imageSizes };
}

// Bodies being compiled now, so that two pages asking for one body at once compile it once.
const compiling = new Map<string, Promise<CompiledMdx>>();

// `next dev` compiles the one post a reader opens, and reloads changed code without restarting, which
// the code version in the key (hashed once a process) would not see: it leaves the cache alone.

/** The compiled body for these options: from the cache, or compiled now (from the checked tree, if given) and cached. */
export async function cachedCompile(options: CompileOptions, checkedTree?: Root): Promise<CompiledMdx> {
  // Loaded when a body is compiled, not with this module: a check whose posts are all cached never loads the compiler.
  const { compileMdx } = await import('./compile');
  if (isDevServer()) return compileMdx(options, checkedTree);
  const key = keyOf(options);
  const stored = read(key);
  if (stored) return stored;
  let result = compiling.get(key);
  if (result === undefined) {
    result = compileMdx(options, checkedTree).then((compiled) => (write(key, compiled), compiled));
    compiling.set(key, result);
    // Errors are not cached either: the next build tries again.
    result.then(() => compiling.delete(key), () => compiling.delete(key));
  }
  return result;
}

/**
 * Compiles a body ahead of its page, unless the cache has it; a cached body is marked as used (see
 * removeStaleCompiledMdx). Returns the compiled body, for what the check asks of it.
 */
export async function precompile(options: CompileOptions, checkedTree?: Root): Promise<CompiledMdx> {
  return compiledBodyInCache(options) ?? cachedCompile(options, checkedTree);
}

/** The compiled body for these options if the cache has it, marked as used (see removeStaleCompiledMdx); undefined if not. */
export function compiledBodyInCache(options: CompileOptions): CompiledMdx | undefined {
  const key = keyOf(options);
  const stored = read(key);
  if (stored) {
    const now = new Date();
    utimesSync(fileOf(key), now, now);
  }
  return stored;
}

/** Removes compiled bodies no build has used for a month (posts since changed or deleted). */
export function removeStaleCompiledMdx(): void {
  const expired = Date.now() - unusedForDays * 24 * 3600 * 1000;
  try {
    for (const name of readdirSync(compiledDir)) {
      const file = path.join(compiledDir, name);
      if (statSync(file).mtimeMs < expired) rmSync(file, { force: true });
    }
  } catch {
    // No cache yet, or one that cannot be written: nothing to remove.
  }
}
