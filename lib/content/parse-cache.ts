import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentCodeVersion } from '../mdx/compile-cache';

// Parsing a post (its front matter, its Markdown, the checks on its syntax tree) is most of the
// time `npm run check` and the build spend on content, and depends on nothing but the file's text
// and this code. So its result is kept on disk, keyed by both: a rebuild after one post changed
// parses one post. Whatever depends on other files or on the clock is checked again every time.
const unusedForDays = 30;

const keyOf = (file: string, text: string) => createHash('sha256').update(file).update('\0').update(text).digest('hex');

/** The parsed posts of one content folder, read from disk and written back with what this run used. */
export class ParseCache<T> {
  private readonly file: string;
  private readonly stored: Map<string, T>;
  private readonly used = new Map<string, T>();

  constructor(contentRoot: string, private readonly revive: (value: T) => T) {
    this.file = path.join(cacheDir, `posts-${createHash('sha256').update(contentRoot).digest('hex').slice(0, 16)}.json`);
    this.stored = new Map(this.read());
  }

  private read(): [string, T][] {
    try {
      const { version, entries } = JSON.parse(readFileSync(this.file, 'utf8')) as { version: string; entries: [string, T][] };
      return version === contentCodeVersion() ? entries : [];
    } catch {
      return [];
    }
  }

  /** The cached result for this text, or the result of parse(), kept for next time. Errors are not cached. */
  get(file: string, text: string, parse: () => T): T {
    const key = keyOf(file, text);
    const stored = this.stored.get(key);
    const value = stored === undefined ? parse() : this.revive(stored);
    this.used.set(key, stored ?? value);
    return value;
  }

  /** The cached result for this text, kept for next time; undefined when there is none. */
  cached(file: string, text: string): T | undefined {
    const key = keyOf(file, text);
    const stored = this.stored.get(key);
    if (stored === undefined) return undefined;
    this.used.set(key, stored);
    return this.revive(stored);
  }

  /** The entries this run used, for a cache in another thread to adopt(). */
  usedEntries(): [string, T][] {
    return [...this.used];
  }

  /** Takes the entries another thread's cache used as used here, so that save() writes them. */
  adopt(entries: [string, T][]): void {
    for (const [key, value] of entries) this.used.set(key, value);
  }

  /** Writes what this run used (so deleted posts leave the cache), and removes caches of folders unused for a month. */
  save(): void {
    const isUnchanged = this.used.size === this.stored.size && [...this.used.keys()].every((key) => this.stored.has(key));
    if (isUnchanged) return;
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(this.file, JSON.stringify({ version: contentCodeVersion(), entries: [...this.used] }));
      const expired = Date.now() - unusedForDays * 24 * 3600 * 1000;
      for (const name of readdirSync(cacheDir)) {
        const other = path.join(cacheDir, name);
        const stats = statSync(other);
        if (stats.isFile() && stats.mtimeMs < expired) rmSync(other, { force: true });
      }
    } catch (error) {
      // A read-only node_modules costs speed, never a build.
      console.warn(`content cache not written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
