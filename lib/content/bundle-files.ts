import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFileKind, isSvgFile } from './asset-files';
import { ContentError } from '../model/content-error';
import { findSvgProblems } from './svg-safety';

/** A file of a page bundle that the export publishes beside the post. */
export interface BundleAsset {
  absolutePath: string;
  /** Folder and file names inside the bundle: ["images", "a.png"]. */
  segments: string[];
}

/** What a page bundle holds: the files to publish, and what keeps the others back. */
export interface BundleFiles {
  assets: BundleAsset[];
  errors: ContentError[];
  warnings: ContentError[];
}

const relativePath = (absolutePath: string) => path.relative(process.cwd(), absolutePath);
const isPostFile = (name: string) => /^index\.mdx?$/.test(name);
const svgProblemsShown = 10;

/** The error for a symbolic link anywhere under the content folder: the link is never followed. */
export function symbolicLinkError(absolutePath: string): ContentError {
  return new ContentError(
    relativePath(absolutePath),
    0,
    0,
    'is a symbolic link; content must be real files and folders (a link would publish whatever it points at): copy the file or folder here instead',
  );
}

/**
 * The bytes of a regular file, or undefined when the path is a symbolic link (O_NOFOLLOW), or anything
 * but a regular file (a FIFO opened non-blocking does not hang the build), or cannot be read.
 */
export function readRegularFile(absolutePath: string): Buffer | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(absolutePath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    return fstatSync(descriptor).isFile() ? readFileSync(descriptor) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

/** The problems of an SVG file's bytes, as errors at the SVG's own lines. */
export function svgErrors(bytes: Buffer, absolutePath: string): ContentError[] {
  const problems = findSvgProblems(new TextDecoder().decode(bytes));
  return problems.slice(0, svgProblemsShown).map(({ line, column, reason }) =>
    new ContentError(relativePath(absolutePath), line, column, `${reason}; an SVG in a post may only draw: remove that part, or save the drawing as PNG`));
}

const notPublished = 'not published: only images, audio, video and PDF files of a bundle are copied';

function walkBundle(folder: string, segments: string[], files: BundleFiles, isSvgChecked: boolean): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const nestedIndex = segments.length > 0 ? entries.find((entry) => entry.isFile() && isPostFile(entry.name)) : undefined;
  if (nestedIndex) {
    files.warnings.push(new ContentError(relativePath(path.join(folder, nestedIndex.name)), 0, 0,
      'ignored: a page bundle inside another page bundle is not a post; move its folder out, beside the outer bundle, to publish it', 'warning'));
  }
  for (const entry of entries) {
    const absolutePath = path.join(folder, entry.name);
    const file = relativePath(absolutePath);
    if (entry.isSymbolicLink()) {
      files.errors.push(symbolicLinkError(absolutePath));
      continue;
    }
    // Hidden files (.DS_Store, .gitkeep) are an editor's or a tool's, never meant for readers.
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      walkBundle(absolutePath, [...segments, entry.name], files, isSvgChecked);
      continue;
    }
    if (!entry.isFile()) {
      files.warnings.push(new ContentError(file, 0, 0, `${notPublished}; this is not even a regular file`, 'warning'));
      continue;
    }
    const kind = bundleFileKind(entry.name);
    if (kind === 'resource') continue;
    if (kind === 'active') {
      const reason = segments.length === 0 && /^index\./i.test(entry.name)
        ? "not published: the post's page is made from its index.mdx (or index.md), and a bundle's own index.html is never copied; move what it says into index.mdx, or delete it"
        : `${notPublished}; HTML, XML and script files never are, since a browser would run them on the site's origin`;
      files.warnings.push(new ContentError(file, 0, 0, reason, 'warning'));
      continue;
    }
    if (kind === 'other') {
      files.warnings.push(new ContentError(file, 0, 0, `${notPublished}; link to it from elsewhere, or delete it`, 'warning'));
      continue;
    }
    if (isSvgChecked && isSvgFile(entry.name)) {
      const bytes = readRegularFile(absolutePath);
      const errors = bytes ? svgErrors(bytes, absolutePath) : [new ContentError(file, 0, 0, 'cannot be read as a regular file')];
      if (errors.length > 0) {
        files.errors.push(...errors);
        continue;
      }
    }
    files.assets.push({ absolutePath, segments: [...segments, entry.name] });
  }
}

/**
 * Reads a page bundle's folder without following a single link: the files the export publishes, an
 * error for each symbolic link and each SVG that could run script, and a warning for each file that is
 * kept back (Markdown resources and hidden files excepted, which are never meant for readers).
 * With `isSvgChecked` false, SVG files are listed unread, for a caller that checks the bytes it copies.
 */
export function readBundleFiles(bundleDir: string, { isSvgChecked = true } = {}): BundleFiles {
  const files: BundleFiles = { assets: [], errors: [], warnings: [] };
  walkBundle(bundleDir, [], files, isSvgChecked);
  return files;
}
