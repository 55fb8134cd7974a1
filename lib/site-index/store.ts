// The site's one piece of state: the index of checked posts that pages, feeds and the sitemap read.
// Astro's content layer is the model: the content layer (lib/content) is a loader that returns a
// value; this store keeps it, and the queries (./queries.ts, ./hubs.ts) read it.
//
// Where the index comes from depends on the run, and is decided here alone:
// - the build's own process is handed the check's value (useCheckedContent);
// - `next build`'s workers, which share no memory, read the file the build's check wrote (./index-file.ts);
// - `next dev` keeps the index in memory across requests and route bundles (on globalThis) and,
//   once per request, re-reads only the post files that were added, removed or changed;
// - anything else (unit tests, scripts) reads and checks the content folder once.
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { bundleAssetAt, oldDevCopiesWarning, publishedBytes } from '../content/bundle-assets';
import { readBundleFiles, type BundleFiles } from '../content/bundle-files';
import { checkAcrossPosts } from '../content/check-across-posts';
import { checkContent } from '../content/check-content';
import { addToReport, contentDir, findPostSources, loadPostSource, newParseCache, type LoadedSource, type PostSource } from '../content/load-posts';
import { isDevServer } from '../model/build-mode';
import { ContentErrors } from '../model/content-error';
import { isPublished, newestFirst, type ContentReport, type Post } from '../model/post';
import { indexLanguage, type LanguageIndex } from './language-index';
import { readContentIndex } from './index-file';

/** The index pages read, and what has been derived from it (hub entries), computed once per index. */
interface SiteIndex {
  languages: Map<Language, LanguageIndex>;
  memos: Map<string, unknown>;
}

function siteIndexOf({ posts, sectionPages, errors }: ContentReport): SiteIndex {
  if (errors.length > 0) throw new ContentErrors(errors);
  const languages = new Map<Language, LanguageIndex>();
  for (const lang of Object.keys(siteConfig.languages) as Language[]) {
    const shown = posts.filter((post) => post.lang === lang && isPublished(post)).sort(newestFirst);
    languages.set(lang, indexLanguage(shown, sectionPages.filter((page) => page.lang === lang)));
  }
  return { languages, memos: new Map() };
}

let loaded: SiteIndex | undefined;

/** Hands the store the posts the build's check just read, so that the build's own later phases (redirects, feeds) do not read them again. */
export function useCheckedContent(report: ContentReport): void {
  loaded = siteIndexOf(report);
}

/** One post file as last read in `next dev`: what it gave, and the stat it was read at. */
interface TrackedSource {
  stamp: string;
  result: LoadedSource;
}

/** A stamp of a file: it changes when the file is edited (or appears, or goes). */
function fileStamp(file: string): string {
  const entry = lstatSync(file, { throwIfNoEntry: false });
  return entry ? `${entry.mtimeMs}:${entry.size}` : '-';
}

/** A stamp of a folder's files, its subfolders' included: it changes when any of them is edited, added or removed. */
function folderStamp(folder: string): string {
  const names = readdirSync(folder, { recursive: true }).map(String).sort();
  return names.map((name) => `${name}=${fileStamp(path.join(folder, name))}`).join('|');
}

/** A stamp of a post: of its file, or of every file of its page bundle. */
function stampOf({ source }: PostSource): string {
  return source.bundleDir === null ? fileStamp(source.absolutePath) : folderStamp(source.bundleDir);
}

/**
 * The content folder as `next dev` keeps it: each post file is read when it is new or its stamp
 * changed, and the checks across posts run again only when something did. A listing and a stat
 * of every file cost milliseconds at 1,000 posts; reading and parsing every post cost seconds.
 */
class DevContent {
  private readonly sources = new Map<string, TrackedSource>();
  // Each page bundle's files as last read (each SVG among them parsed and checked), by the bundle's stamp.
  private readonly bundles = new Map<string, { stamp: string; files: BundleFiles }>();
  private readonly parseCache;
  private index: SiteIndex | undefined;
  private foundProblems = '';
  private problem: ContentErrors | undefined;

  constructor(private readonly root: string) {
    this.parseCache = newParseCache(root);
    const warning = oldDevCopiesWarning();
    if (warning) console.warn(warning);
  }

  private readBundle(bundleDir: string): BundleFiles {
    const stamp = folderStamp(bundleDir);
    let known = this.bundles.get(bundleDir);
    if (known?.stamp !== stamp) {
      known = { stamp, files: readBundleFiles(bundleDir) };
      this.bundles.set(bundleDir, known);
    }
    return known.files;
  }

  refresh(): SiteIndex {
    const report: ContentReport = { posts: [], sectionPages: [], errors: [], warnings: [] };
    const found = findPostSources(this.root, report, (bundleDir) => this.readBundle(bundleDir));
    // What the listing found besides posts (a link, a stray file) counts as a change too.
    const foundProblems = [...report.errors, ...report.warnings].map((problem) => problem.message).join('\n');
    let isChanged = (this.index === undefined && this.problem === undefined) || foundProblems !== this.foundProblems;
    this.foundProblems = foundProblems;
    const seen = new Set<string>();
    for (const postSource of found) {
      const key = postSource.source.absolutePath;
      seen.add(key);
      const stamp = stampOf(postSource);
      let tracked = this.sources.get(key);
      if (tracked?.stamp !== stamp) {
        tracked = { stamp, result: loadPostSource(postSource, this.parseCache) };
        this.sources.set(key, tracked);
        isChanged = true;
      }
      addToReport(report, tracked.result);
    }
    const bundleDirs = new Set(found.map(({ source }) => source.bundleDir));
    for (const bundleDir of this.bundles.keys()) {
      if (!bundleDirs.has(bundleDir)) this.bundles.delete(bundleDir);
    }
    for (const [key, tracked] of this.sources) {
      if (seen.has(key)) continue;
      this.sources.delete(key);
      isChanged = true;
    }
    if (isChanged) {
      // Keeping the parse cache written lets the next `next dev` start from it.
      if (this.index === undefined && this.problem === undefined) this.parseCache.save();
      try {
        this.index = siteIndexOf(checkAcrossPosts(report));
        this.problem = undefined;
      } catch (error) {
        if (!(error instanceof ContentErrors)) throw error;
        this.index = undefined;
        this.problem = error;
      }
    }
    // A broken edit is shown as Next.js's error overlay, naming the file and the line, until it is fixed.
    if (this.problem) throw this.problem;
    return this.index!;
  }

  /**
   * The bytes of the page-bundle file at a decoded site path, read from content/ now, drafts' and
   * future posts' files too. A content error elsewhere does not hide a post's images: pages show it.
   */
  bundleFileAt(sitePath: string): Buffer | undefined {
    try {
      this.refresh();
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
    }
    const posts = [...this.sources.values()].flatMap(({ result }) => (result.post ? [result.post] : []));
    const listAssets = (bundleDir: string) => {
      try {
        return this.readBundle(bundleDir).assets;
      } catch {
        return []; // The bundle's folder went since the refresh above.
      }
    };
    const asset = bundleAssetAt(posts, sitePath, listAssets);
    return asset && publishedBytes(asset);
  }
}

// One store for every route bundle of the dev server: Next.js evaluates this module once per bundle.
const devStoreKey = Symbol.for('sofa-weekly.site-index.dev-content');
function devContent(): DevContent {
  const global = globalThis as { [devStoreKey]?: DevContent };
  return (global[devStoreKey] ??= new DevContent(contentDir()));
}

// React's cache() lasts one request: every query of a page shares one refresh.
const refreshForRequest = cache(() => devContent().refresh());

/**
 * In `next dev`: the bytes of the published page-bundle file at a decoded site path (base path left
 * out), served straight from content/ by app/dev-bundle-files/; undefined when the export would have
 * no such bundle file. Nothing is copied anywhere (docs/architecture.md, How a post travels).
 */
export function devBundleFile(sitePath: string): Buffer | undefined {
  return devContent().bundleFileAt(sitePath);
}

function currentIndex(): SiteIndex {
  if (isDevServer()) return refreshForRequest();
  return (loaded ??= siteIndexOf(readContentIndex() ?? checkContent()));
}

/** One language's part of the index. */
export function languageIndex(lang: Language): LanguageIndex {
  return currentIndex().languages.get(lang)!;
}

/** What `make` derives from the current index (a hub's entries), computed once per index. */
export function memoOfIndex<T>(key: string, make: () => T): T {
  const { memos } = currentIndex();
  if (!memos.has(key)) memos.set(key, make());
  return memos.get(key) as T;
}
