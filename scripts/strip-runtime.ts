import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { SAXParser, type StartTag } from 'parse5-sax-parser';
import { isPublicFile } from '@/lib/content/asset-files';
import { nextRuntimeMarkup, withBasePath } from '@/lib/urls';

/** What the phase removed from an export. */
export interface StrippedRuntime {
  pages: number;
  /** Bytes removed from the pages. */
  pageBytes: number;
  /** Script files deleted from _next/static/ because no page names them any more. */
  files: number;
  fileBytes: number;
}

/** A page holding runtime markup the phase does not recognise: the build stops on it. */
export class UnknownRuntimeMarkupError extends Error {}

type Range = { start: number; end: number };

const scriptFolder = withBasePath(nextRuntimeMarkup.scriptFolder);
const attribute = (tag: StartTag, name: string): string | undefined => tag.attrs.find((attr) => attr.name === name)?.value;
const isJavaScript = (type: string | undefined) => type === undefined || type === '' || /^(text\/javascript|module)$/i.test(type);
const excerpt = (html: string, { start, end }: Range) => JSON.stringify(html.slice(start, Math.min(end, start + 160)));

/**
 * The ranges of `html` (source offsets from a spec-compliant HTML tokenizer, parse5) that are Next.js's
 * runtime (nextRuntimeMarkup in lib/urls.ts), and the URLs the kept <script src> and <link href> name.
 * Everything else is left as it was, byte for byte: the bytes between the ranges are copied, never re-serialised.
 */
async function runtimeRanges(html: string, page: string): Promise<{ ranges: Range[]; kept: string[] }> {
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  const ranges: Range[] = [];
  const kept: string[] = [];
  const problems: string[] = [];
  let script: { tag: StartTag; text: string } | undefined;
  // Next.js's hidden <div> for streamed metadata, while nothing but React's comments has been seen in it.
  let outlet: { start: number; rangesBefore: number } | undefined;

  parser.on('startTag', (tag) => {
    const location = tag.sourceCodeLocation!;
    const isOutlet = tag.tagName === nextRuntimeMarkup.metadataOutlet.tagName && tag.attrs.length === 1 && tag.attrs[0]!.name === 'hidden';
    outlet = isOutlet ? { start: location.startOffset, rangesBefore: ranges.length } : undefined;
    if (tag.tagName === 'script') {
      script = { tag, text: '' };
    } else if (tag.tagName === 'link') {
      const href = attribute(tag, 'href') ?? '';
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
      const isScriptPreload = (rel === 'preload' && attribute(tag, 'as')?.toLowerCase() === 'script') || rel === 'modulepreload';
      const range = { start: location.startOffset, end: location.endOffset };
      if (isScriptPreload && href.startsWith(scriptFolder)) ranges.push(range);
      else if (isScriptPreload) problems.push(`a script preload the phase does not know: ${excerpt(html, range)}`);
      else kept.push(href);
      if (rel === 'stylesheet') {
        for (const name of nextRuntimeMarkup.stylesheetAttributes) {
          const attributeRange = (location as typeof location & { attrs?: Record<string, { startOffset: number; endOffset: number }> }).attrs?.[name];
          // With the white space before it, which parse5's location leaves out.
          if (attributeRange && /\s/.test(html[attributeRange.startOffset - 1] ?? '')) ranges.push({ start: attributeRange.startOffset - 1, end: attributeRange.endOffset });
        }
      }
    }
  });
  parser.on('text', (text) => {
    if (script) script.text += text.text;
    outlet = undefined;
  });
  parser.on('comment', (comment) => {
    const location = comment.sourceCodeLocation!;
    if ((nextRuntimeMarkup.hydrationComments as readonly string[]).includes(comment.text)) ranges.push({ start: location.startOffset, end: location.endOffset });
    else outlet = undefined;
  });
  parser.on('endTag', (tag) => {
    if (outlet && tag.tagName === nextRuntimeMarkup.metadataOutlet.tagName) {
      // The whole element goes, and with it the ranges of the comments inside.
      ranges.splice(outlet.rangesBefore, ranges.length - outlet.rangesBefore, { start: outlet.start, end: tag.sourceCodeLocation!.endOffset });
    }
    outlet = undefined;
    if (tag.tagName !== 'script' || !script) return;
    const range = { start: script.tag.sourceCodeLocation!.startOffset, end: tag.sourceCodeLocation!.endOffset };
    const src = attribute(script.tag, 'src');
    const text = script.text.trimStart();
    const type = attribute(script.tag, 'type');
    script = undefined;
    if (src !== undefined ? src.startsWith(scriptFolder) : nextRuntimeMarkup.inlineScriptStarts.some((start) => text.startsWith(start))) {
      ranges.push(range);
      return;
    }
    if (src !== undefined) kept.push(src);
    // JSON-LD is data a post's words may fill; only code can be the runtime.
    if (isJavaScript(type) && nextRuntimeMarkup.fingerprints.some((fingerprint) => (src ?? text).includes(fingerprint))) {
      problems.push(`a script the phase does not know: ${excerpt(html, range)}`);
    }
  });

  parser.resume();
  parser.end(html);
  await finished(parser);
  if (problems.length > 0) {
    throw new UnknownRuntimeMarkupError(
      `${page}: Next.js's runtime markup the "strip runtime" phase does not recognise (nextRuntimeMarkup in lib/urls.ts):\n  ${problems.join('\n  ')}`,
    );
  }
  return { ranges, kept };
}

function withoutRanges(html: string, ranges: Range[]): string {
  let result = '';
  let from = 0;
  for (const { start, end } of ranges) {
    result += html.slice(from, start);
    from = end;
  }
  return result + html.slice(from);
}

/**
 * Removes Next.js's runtime from every HTML page of an export (the site's own public/ files are left
 * as they are), with the comments, stylesheet attributes and hidden container React's and Next.js's client alone read, then the script files of _next/static/ that no page names any more. CSS, fonts and
 * images stay, and so do the pages' own scripts: JSON-LD, the theme's, the events clock's, the islands'.
 */
export async function stripRuntime(outDir: string, publicDir = 'public'): Promise<StrippedRuntime> {
  const stripped: StrippedRuntime = { pages: 0, pageBytes: 0, files: 0, fileBytes: 0 };
  const named = new Set<string>();
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((name) => name.split(path.sep).join('/'));
  for (const relative of files) {
    if (!relative.endsWith('.html') || isPublicFile(relative, publicDir)) continue;
    const file = path.join(outDir, relative);
    if (!statSync(file).isFile()) continue;
    const html = readFileSync(file, 'utf8');
    const { ranges, kept } = await runtimeRanges(html, file);
    for (const url of kept) named.add(url.split(/[?#]/)[0]!);
    if (ranges.length === 0) continue;
    const page = withoutRanges(html, ranges);
    writeFileSync(file, page);
    stripped.pages += 1;
    stripped.pageBytes += Buffer.byteLength(html) - Buffer.byteLength(page);
  }
  const staticFolder = nextRuntimeMarkup.scriptFolder.slice(1);
  for (const relative of files) {
    if (!relative.startsWith(staticFolder) || !/\.m?js$/.test(relative) || named.has(withBasePath(`/${relative}`))) continue;
    const file = path.join(outDir, relative);
    stripped.files += 1;
    stripped.fileBytes += statSync(file).size;
    rmSync(file);
  }
  // Folders left empty (the build's own folder of manifests) go with them, the deepest first.
  for (const relative of files.filter((name) => name.startsWith(staticFolder)).sort((a, b) => b.length - a.length)) {
    const folder = path.join(outDir, relative);
    if (statSync(folder, { throwIfNoEntry: false })?.isDirectory() && readdirSync(folder).length === 0) rmSync(folder, { recursive: true });
  }
  return stripped;
}
