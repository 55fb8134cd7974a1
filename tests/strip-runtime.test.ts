import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { stripRuntime, UnknownRuntimeMarkupError } from '../scripts/strip-runtime';
import { filesOf, writeFiles } from './fixture-files';

// A page as Next.js 16 (Turbopack) exports this site's post, shortened: what the phase keeps, and what it removes.
const kept = {
  head: '<!DOCTYPE html><html lang="zh"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  theme: "<script>(function () { var root = document.documentElement; })();</script>",
  jsonLd: '<script type="application/ld+json">{"headline":"How self.__next_f and /_next/ work"}</script>',
  body: '</head><body><main><h1>标题 &amp; 正文</h1><p>一个<!-- 不是 React 的注释 -->注释</p><pre>&lt;script src="/_next/static/x.js"&gt;</pre></main>',
  islands: '<script>addEventListener("focusin", function () { import("/islands/search-ABC.js"); });</script><script type="module" src="/islands/search-ABC.js"></script>',
  end: '</body></html>',
};
const runtime = {
  preload: '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  scripts: '<script src="/_next/static/chunks/main.js" async=""></script><script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  turbopack: '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/main.js"]})</script>',
  flight: '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
};
// React's hydration comments, a Suspense boundary's and a text separator's, inside what is kept, and its stylesheets' precedence.
const hydration = {
  stylesheet: '<link rel="stylesheet" href="/_next/static/chunks/b.css"${marker: data-precedence="next"}/>',
  boundary: '${marker:<div hidden=""><!--$--><!--/$--></div>}<div hidden="">作者写的隐藏内容</div><div hidden=""><!-- 作者的注释 --></div>',
  author: '<p>作者${marker:<!-- -->} 王</p>',
};
const withMarkers = (markup: string, keep: boolean) => markup.replace(/\$\{marker:(.*?)\}/g, (_, marker: string) => (keep ? marker : ''));
const hydrated = (keep: boolean) => withMarkers(hydration.stylesheet, keep) + withMarkers(hydration.boundary, keep) + withMarkers(hydration.author, keep);
const page = kept.head + runtime.preload + runtime.scripts + kept.theme + kept.jsonLd + kept.body + hydrated(true) + kept.islands + runtime.turbopack + runtime.flight + kept.end;
const strippedPage = kept.head + kept.theme + kept.jsonLd + kept.body + hydrated(false) + kept.islands + kept.end;

describe('stripping the runtime from an export', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'strip-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it("removes Next.js's scripts, preloads, chunk registration, flight data and React's hydration comments, byte for byte, then the script files no page names", async () => {
    assert.ok(page.includes('<!--$--><!--/$-->') && page.includes('作者<!-- --> 王') && strippedPage.includes('作者 王'));
    assert.ok(page.includes('b.css" data-precedence="next"/>') && strippedPage.includes('<link rel="stylesheet" href="/_next/static/chunks/b.css"/>'));
    const outDir = path.join(root, 'out');
    const publicDir = path.join(root, 'public');
    writeFiles(outDir, {
      'index.html': page,
      'blog/post/index.html': page,
      'old/index.html': '<!DOCTYPE html><meta http-equiv="refresh" content="0; url=/blog/post/">',
      'kept.html': '<script src="/_next/static/chunks/main.js"></script>',
      '_next/static/chunks/main.js': 'main',
      '_next/static/chunks/polyfills.js': 'polyfills',
      '_next/static/build-id/_buildManifest.js': 'manifest',
      '_next/static/chunks/a.css': 'css',
      '_next/static/chunks/b.css': 'css',
      '_next/static/media/font.woff2': 'font',
      'islands/search-ABC.js': 'island',
    });
    writeFiles(publicDir, { 'kept.html': 'a file of public/, left as it is' });

    const stripped = await stripRuntime(outDir, publicDir);

    assert.equal(readFileSync(path.join(outDir, 'index.html'), 'utf8'), strippedPage);
    assert.equal(readFileSync(path.join(outDir, 'blog/post/index.html'), 'utf8'), strippedPage);
    assert.equal(readFileSync(path.join(outDir, 'kept.html'), 'utf8'), '<script src="/_next/static/chunks/main.js"></script>');
    assert.deepEqual(filesOf(outDir), ['_next/static/chunks/a.css', '_next/static/chunks/b.css', '_next/static/media/font.woff2', 'blog/post/index.html', 'index.html', 'islands/search-ABC.js', 'kept.html', 'old/index.html']);
    assert.deepEqual(stripped, { pages: 2, pageBytes: 2 * (page.length - strippedPage.length), files: 3, fileBytes: 'main'.length + 'polyfills'.length + 'manifest'.length });
  });

  it('finds nothing to remove in an export already stripped', async () => {
    const outDir = path.join(root, 'twice');
    writeFiles(outDir, { 'index.html': page, '_next/static/chunks/main.js': 'main' });
    assert.equal((await stripRuntime(outDir, path.join(root, 'public'))).pages, 1);
    assert.deepEqual(await stripRuntime(outDir, path.join(root, 'public')), { pages: 0, pageBytes: 0, files: 0, fileBytes: 0 });
    assert.equal(readFileSync(path.join(outDir, 'index.html'), 'utf8'), strippedPage);
  });

  for (const [what, markup] of [
    ['a script of Next.js the phase does not know', '<script>(self.__next_s=self.__next_s||[]).push(["x"])</script>'],
    ['a script file of Next.js outside its static folder', '<script src="/_next/runtime.js"></script>'],
    ['a module preload of another folder', '<link rel="modulepreload" href="/vendor/react.js"/>'],
  ] as const) {
    it(`stops on ${what}, naming the page and the markup`, async () => {
      const outDir = path.join(root, `unknown-${what.length}`);
      writeFiles(outDir, { 'blog/post/index.html': kept.head + kept.body + markup + runtime.flight + kept.end });
      await assert.rejects(stripRuntime(outDir, path.join(root, 'public')), (error: unknown) => {
        assert.ok(error instanceof UnknownRuntimeMarkupError);
        assert.match(error.message, /blog\/post\/index\.html: Next\.js's runtime markup the "strip runtime" phase does not recognise/);
        assert.ok(error.message.includes(JSON.stringify(markup).slice(1, 40)), error.message);
        return true;
      });
      // Nothing was written: the build stops with the export as Next.js left it.
      assert.ok(readFileSync(path.join(outDir, 'blog/post/index.html'), 'utf8').includes('self.__next_f'));
    });
  }
});
