import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a static export weighs: its pages, its files and its bytes (what static hosts count and cap). */
export interface ExportSize {
  /** index.html files: one per page. */
  pages: number;
  files: number;
  bytes: number;
}

export function exportSize(folder: string): ExportSize {
  const size: ExportSize = { pages: 0, files: 0, bytes: 0 };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        size.files += 1;
        size.bytes += statSync(full).size;
        if (entry.name === 'index.html') size.pages += 1;
      }
    }
  };
  walk(folder);
  return size;
}

/** The JavaScript one page makes a browser load, gzipped (zlib's default level). */
export interface PageJavaScript {
  /** Sum over the distinct <script src> files, each gzipped on its own (each is its own request). */
  scriptFilesGzBytes: number;
  /** The part of scriptFilesGzBytes in <script nomodule> files, which modern browsers skip. */
  noModuleGzBytes: number;
  /** The inline scripts (the theme script and Next's RSC payload), gzipped together as the HTML that carries them is. */
  inlineGzBytes: number;
  totalGzBytes: number;
  /**
   * The code a modern browser runs: the script files but the nomodule ones, and the inline scripts but
   * Next's flight data (self.__next_f), which is the page's content once more and grows with the post
   * like the HTML does. The per-page JavaScript budget is this figure.
   */
  codeGzBytes: number;
  scriptFiles: string[];
  inlineScripts: number;
}

const nonJavaScriptType = /\btype="(?!text\/javascript|module)[^"]*"/i;

/** Measures the scripts of `pageFile` (an index.html in `exportRoot`); `basePath` is stripped from script URLs. */
export function pageJavaScript(exportRoot: string, pageFile: string, basePath = ''): PageJavaScript {
  const html = readFileSync(pageFile, 'utf8');
  const files = new Map<string, boolean>();
  const inline: string[] = [];
  for (const [, attributes = '', content = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(attributes)?.[1];
    if (src !== undefined) {
      files.set(src.split(/[?#]/)[0]!, /\bnomodule\b/i.test(attributes));
    } else if (!nonJavaScriptType.test(attributes) && content.trim() !== '') {
      inline.push(content);
    }
  }
  let scriptFilesGzBytes = 0;
  let noModuleGzBytes = 0;
  for (const [src, isNoModule] of files) {
    const relative = decodeURIComponent(src.startsWith(basePath) ? src.slice(basePath.length) : src);
    const size = gzipSync(readFileSync(path.join(exportRoot, relative))).length;
    scriptFilesGzBytes += size;
    if (isNoModule) noModuleGzBytes += size;
  }
  const gzippedTogether = (scripts: string[]) => (scripts.length === 0 ? 0 : gzipSync(scripts.join('\n')).length);
  const inlineGzBytes = gzippedTogether(inline);
  const inlineCode = inline.filter((content) => !content.startsWith('self.__next_f'));
  return {
    scriptFilesGzBytes,
    noModuleGzBytes,
    inlineGzBytes,
    totalGzBytes: scriptFilesGzBytes + inlineGzBytes,
    codeGzBytes: scriptFilesGzBytes - noModuleGzBytes + gzippedTogether(inlineCode),
    scriptFiles: [...files.keys()],
    inlineScripts: inline.length,
  };
}
