// What the hosts' rules phase of the build says about the export's size: a host serves so many files
// and bytes (siteConfig.hostLimits), and one post can add thousands (aliases, tags, bundle files).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectTerms } from '@/lib/model/terms';
import { termKinds, type Post } from '@/lib/model/post';
import { aliasExportFile, exportFileOf, postUrl, termUrl } from '@/lib/urls';
import { siteConfig } from '@/site.config';

/** What a host serves at most: files, bytes in all, and bytes a file (see siteConfig.hostLimits). */
type HostLimits = Record<keyof typeof siteConfig.hostLimits, number>;

/** A file of the export, by its path from out/ with "/" between folders. */
interface ExportFile {
  file: string;
  bytes: number;
}

/** What one post adds to the export, by the kind of file. */
interface PostShare {
  post: Post;
  files: number;
  bytes: number;
  /** Its page and its bundle's files. */
  own: number;
  aliases: number;
  /** Pages and feeds of the tags and categories only this post has. */
  terms: number;
}

function exportFiles(outDir: string): ExportFile[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const stats = statSync(path.join(outDir, name));
    return stats.isFile() ? [{ file: name.split(path.sep).join('/'), bytes: stats.size }] : [];
  });
}

/** The folder of out/ a URL's page is in, as a path from out/ ending in "/". */
const folderOf = (url: string) => `${path.posix.dirname(exportFileOf('', url).replace(/^\//, ''))}/`;

/**
 * Each post's share of the export: the files in its page's folder (not in another post's folder inside
 * it), its alias pages, and the folders of the tags and categories only it has.
 */
function postShares(files: ExportFile[], posts: Post[]): PostShare[] {
  const shares = new Map<Post, PostShare>(posts.map((post) => [post, { post, files: 0, bytes: 0, own: 0, aliases: 0, terms: 0 }]));
  const owners = new Map<string, { share: PostShare; kind: 'own' | 'aliases' | 'terms' }>();
  for (const post of posts) {
    const share = shares.get(post)!;
    owners.set(folderOf(postUrl(post)), { share, kind: 'own' });
    for (const alias of post.aliases) {
      const target = aliasExportFile(alias);
      if ('file' in target) owners.set(target.file.replace(/^\//, ''), { share, kind: 'aliases' });
    }
  }
  const languages = [...new Set(posts.map((post) => post.lang))];
  for (const lang of languages) {
    const ofLanguage = posts.filter((post) => post.lang === lang);
    for (const kind of termKinds) {
      // A term of one post is named as that post spells it.
      const postOfName = new Map(ofLanguage.flatMap((post) => post[kind].map((name) => [name, post] as const)));
      for (const term of collectTerms(ofLanguage, kind).terms.filter((each) => each.count === 1)) {
        const post = postOfName.get(term.name);
        if (post) owners.set(folderOf(termUrl(term, lang)), { share: shares.get(post)!, kind: 'terms' });
      }
    }
  }
  for (const { file, bytes } of files) {
    // The nearest owner: the file itself (an alias page), else its folder or the folder around that.
    let owner = owners.get(file);
    for (let folder = path.posix.dirname(file); !owner && folder !== '.'; folder = path.posix.dirname(folder)) owner = owners.get(`${folder}/`);
    if (!owner) continue;
    owner.share.files += 1;
    owner.share.bytes += bytes;
    owner.share[owner.kind] += 1;
  }
  return [...shares.values()];
}

const number = (n: number) => n.toLocaleString('en-US');
// In the units hosts state their limits in: 1 GB is 10⁹ bytes.
const size = (bytes: number) =>
  bytes < 1e6 ? `${number(Math.ceil(bytes / 1e3))} KB` : bytes < 1e9 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e9).toFixed(2)} GB`;
const fileCount = (count: number) => `${number(count)} file${count === 1 ? '' : 's'}`;

function shareLine({ post, files: count, bytes, own, aliases, terms }: PostShare): string {
  const parts = [`${number(own)} of its page and bundle`, ...(aliases > 0 ? [`${number(aliases)} alias pages`] : []), ...(terms > 0 ? [`${number(terms)} of tags or categories only it has`] : [])];
  return `  ${post.file}: ${fileCount(count)}, ${size(bytes)} (${parts.join(', ')})`;
}

/**
 * The warnings for an export past the host's limits (siteConfig.hostLimits): too many files or bytes
 * in all, each naming the three posts that add the most, and each file too large to serve.
 */
export function exportSizeWarnings(outDir: string, posts: Post[], limits: HostLimits = siteConfig.hostLimits): string[] {
  const files = exportFiles(outDir);
  const warnings = files
    .filter(({ bytes }) => bytes > limits.fileBytes)
    .map(({ file, bytes }) => `warning: ${path.join(outDir, file)} is ${size(bytes)}, more than the ${size(limits.fileBytes)} a file the host serves (siteConfig.hostLimits.fileBytes); make it smaller, or link to it where it is hosted`);
  const totalBytes = files.reduce((sum, { bytes }) => sum + bytes, 0);
  const isOverFiles = files.length > limits.files;
  const isOverBytes = totalBytes > limits.bytes;
  if (!isOverFiles && !isOverBytes) return warnings;
  const shares = postShares(files, posts);
  const top = (key: 'files' | 'bytes') => [...shares].sort((a, b) => b[key] - a[key] || a.post.file.localeCompare(b.post.file)).slice(0, 3).filter((share) => share[key] > 0).map(shareLine);
  if (isOverFiles) {
    warnings.push([`warning: ${outDir}/ holds ${fileCount(files.length)}, more than the ${number(limits.files)} the host serves (siteConfig.hostLimits.files); the posts that add the most:`, ...top('files')].join('\n'));
  }
  if (isOverBytes) {
    warnings.push([`warning: ${outDir}/ holds ${size(totalBytes)}, more than the ${size(limits.bytes)} the host serves (siteConfig.hostLimits.bytes); the posts that add the most:`, ...top('bytes')].join('\n'));
  }
  return warnings;
}
