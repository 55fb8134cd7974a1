import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '@/site.config';
import { aliasExportFile, foldExportPath, exportPathOf, listFileNames, postUrl, sectionUrl, termUrl } from '../urls';
import { readBundleFiles } from './bundle-files';
import { ContentError } from '../model/content-error';
import { isInSection, isPublished, termKinds, type Post } from '../model/post';
import { urlize } from '../model/names';
import { collectTerms } from '../model/terms';

/** One file of the export and who writes it. */
export interface ExportClaim {
  /** The file's decoded path from the export's root: /blog/a/index.html, /og-image.png. */
  path: string;
  /** Who writes it, for a message: "the page of content/zh/blog/a.md", "public/og-image.png". */
  owner: string;
  /** The post whose front matter or files made the claim, and the line to change; none for public/ and the site's lists. */
  post?: Post;
  line: number;
  /** What the post's author changes to free the path. */
  fix: string;
}


/** Each folder above a path: /a/b/c.png → /a, /a/b. */
function foldersAbove(exportPath: string): string[] {
  const segments = exportPath.split('/').slice(1, -1);
  return segments.map((_segment, index) => `/${segments.slice(0, index + 1).join('/')}`);
}

/** Every regular file under public/, as export paths; symbolic links are never followed. */
function publicClaims(publicDir: string): ExportClaim[] {
  const claims: ExportClaim[] = [];
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const exportPath = `${prefix}/${entry.name.normalize('NFC')}`;
      if (entry.isDirectory()) walk(path.join(folder, entry.name), exportPath);
      else if (entry.isFile()) claims.push({ path: exportPath, owner: `${path.join(publicDir, ...exportPath.split('/').slice(1))}, a file of public/`, line: 0, fix: '' });
    }
  };
  if (lstatSync(publicDir, { throwIfNoEntry: false })?.isDirectory()) walk(publicDir, '');
  return claims;
}

const postFolder = (post: Post) => exportPathOf(postUrl(post));

/** A post's page. */
const pageClaim = (post: Post): ExportClaim => ({
  path: `${postFolder(post)}index.html`,
  owner: `the page of ${post.file}`,
  post,
  line: 0,
  fix: 'rename its file or folder, or set another slug: or url:',
});

/** A post's bundle files, published beside its page. */
function bundleClaims(post: Post): ExportClaim[] {
  if (post.bundleDir === null) return [];
  return readBundleFiles(post.bundleDir, { isSvgChecked: false }).assets.map((asset) => {
    const inBundle = asset.segments.join('/');
    return { path: `${postFolder(post)}${inBundle}`, owner: `the file ${inBundle} of the bundle of ${post.file}`, post, line: 0, fix: `rename or move ${inBundle} in the bundle` };
  });
}

/** The redirect pages of a post's aliases (url: outside its section included). */
function aliasClaims(post: Post): ExportClaim[] {
  return post.aliases.flatMap((alias) => {
    const target = aliasExportFile(alias);
    return 'file' in target
      ? [{ path: target.file, owner: `the alias ${alias} of ${post.file}`, post, line: post.aliasesLine, fix: `remove ${alias} from aliases: (or url:)` }]
      : [];
  });
}

/**
 * Every claim, in the order that decides who is told of a clash: what the site has (public/, the
 * lists), then bundle files (a file is where it is), pages (whose slug: or url: can move) and aliases.
 */
const allClaims = (posts: Post[], languages: readonly Language[], publicDir: string): ExportClaim[] => [
  ...publicClaims(publicDir),
  ...listClaims(posts, languages),
  ...posts.flatMap(bundleClaims),
  ...posts.map(pageClaim),
  ...posts.flatMap(aliasClaims),
];

/** What the site writes for the posts' sections and terms: their lists, later pages and feeds. */
function listClaims(posts: Post[], languages: readonly Language[]): ExportClaim[] {
  const claims: ExportClaim[] = [];
  const claimList = (listUrl: string, owner: string, post: Post | undefined) => {
    const folder = exportPathOf(listUrl);
    const fix = 'rename the section\'s folder, or the tag or category';
    for (const name of ['index.html', ...listFileNames]) claims.push({ path: `${folder}${name}`, owner, post, line: 0, fix });
  };
  for (const lang of languages) {
    const listed = posts.filter((post) => post.lang === lang).filter(isInSection);
    const sections = new Map(listed.map((post) => [post.section, post]));
    for (const [section, post] of sections) claimList(sectionUrl(section, lang), `the list of the section ${section}`, post);
    const published = listed.filter((post) => isPublished(post));
    for (const kind of termKinds) {
      for (const term of collectTerms(published, kind).terms) {
        const post = published.find((candidate) => candidate[kind].some((name) => urlize(name) === term.segment));
        claimList(termUrl(term, lang), `the page of the ${kind === 'tags' ? 'tag' : 'category'} ${term.name}`, post);
      }
    }
  }
  return claims;
}

/** Why a claim cannot have its path, given another's: the same file, or a file where the other needs a folder. */
function clashReason(claim: ExportClaim, other: ExportClaim, kind: 'same-file' | 'other-needs-folder' | 'needs-folder', at: string): string {
  const what = `${claim.owner.replace(` of ${claim.post?.file}`, '')} (${claim.path})`;
  if (kind === 'same-file') return `${what} is written by ${other.owner} too; ${claim.fix}`;
  if (kind === 'other-needs-folder') return `${what} is a file where ${other.owner} (${other.path}) needs a folder; ${claim.fix}`;
  return `${what} needs ${at} as a folder, where ${other.owner} writes a file; ${claim.fix}`;
}

/**
 * Every file of the export has one owner. Before Next.js runs, the paths every post, page bundle,
 * alias, list and file of public/ will write are laid side by side as a static host serves them
 * (decoded, NFC, letter case folded, /x/ and /x/index.html one path): a path written twice, or a file
 * where another owner needs a folder (a page at /og-image.png/ beside public/og-image.png), is an error
 * on the post that makes it, naming both owners. Drafts claim their paths too, so that publishing one
 * later cannot break the build.
 */
export function findExportClashes(posts: Post[], languages: readonly Language[], publicDir = 'public'): ContentError[] {
  const files = new Map<string, ExportClaim>();
  const folders = new Map<string, ExportClaim>();
  const errors: ContentError[] = [];
  const report = (claim: ExportClaim, other: ExportClaim, kind: Parameters<typeof clashReason>[2], at = '') => {
    // The post that comes later is told; a clash between the site's own files is not a post's to fix.
    const blamed = claim.post !== undefined ? claim : other;
    const blamedOther = blamed === claim ? other : claim;
    if (blamed.post === undefined) return;
    const blamedKind = blamed === claim ? kind : kind === 'other-needs-folder' ? 'needs-folder' : kind === 'needs-folder' ? 'other-needs-folder' : kind;
    errors.push(new ContentError(blamed.post.file, blamed.line, blamed.line === 0 ? 0 : 1, clashReason(blamed, blamedOther, blamedKind, at)));
  };
  for (const claim of allClaims(posts, languages, publicDir)) {
    const key = foldExportPath(claim.path);
    const sameFile = files.get(key);
    if (sameFile !== undefined) {
      if (sameFile.post !== claim.post || sameFile.owner !== claim.owner) report(claim, sameFile, 'same-file');
      continue;
    }
    const needsFolder = folders.get(key);
    if (needsFolder !== undefined) {
      report(claim, needsFolder, 'other-needs-folder');
      continue;
    }
    const blockingFolder = foldersAbove(claim.path).find((folder) => files.has(foldExportPath(folder)));
    if (blockingFolder !== undefined) {
      report(claim, files.get(foldExportPath(blockingFolder))!, 'needs-folder', blockingFolder);
      continue;
    }
    files.set(key, claim);
    for (const folder of foldersAbove(claim.path)) if (!folders.has(foldExportPath(folder))) folders.set(foldExportPath(folder), claim);
  }
  return errors;
}

/**
 * Who claims a path of the export, or a file above or below it: for the message of a build phase that
 * met a path written twice (EEXIST, EISDIR, ENOTDIR), which findExportClashes should have refused.
 */
export function exportClaimsAt(exportPath: string, posts: Post[], languages: readonly Language[], publicDir = 'public'): ExportClaim[] {
  const key = foldExportPath(exportPath.replace(/\/$/, ''));
  return allClaims(posts, languages, publicDir).filter((claim) => {
    const claimed = foldExportPath(claim.path);
    return claimed === key || claimed.startsWith(`${key}/`) || key.startsWith(`${claimed}/`);
  });
}
