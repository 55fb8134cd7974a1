import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '@/lib/content/check-content';
import { findExportClashes } from '@/lib/content/export-owners';
import { loadPosts } from '@/lib/content/load-posts';
import { pathClashMessage } from '@/scripts/build';
import { contentSite } from './content-site';

const post = (title: string, extra = '') => `---\ntitle: "${title}"\ndate: 2020-07-10T15:00:00+08:00\n${extra}---\n\n正文。\n`;
const page = (title: string) => `---\ntitle: "${title}"\n---\n\n正文。\n`;

/** The clashes of a content folder against a public/ folder of these files, as "file:line reason" with the temporary folders cut. */
function clashes(content: Record<string, string>, publicFiles: Record<string, string> = {}): string[] {
  const root = contentSite(content);
  const publicDir = contentSite(publicFiles);
  const { posts, errors } = loadPosts(root);
  assert.deepEqual(errors.map((error) => error.message), [], 'every post reads on its own');
  return findExportClashes(posts, ['zh', 'en'], publicDir).map((error) =>
    `${path.relative(root, path.resolve(error.file))}:${error.line} ${error.reason.replaceAll(`${path.relative(process.cwd(), root)}/`, '').replaceAll(publicDir, 'public')}`);
}

describe('every file of the export has one owner', () => {
  it('refuses a single page named like a file of public/, which its page would need as a folder', () => {
    assert.deepEqual(clashes({ 'zh/og-image.png.md': page('图') }, { 'og-image.png': 'png' }), [
      'zh/og-image.png.md:0 the page (/og-image.png/index.html) needs /og-image.png as a folder, where public/og-image.png, a file of public/ writes a file; rename its file or folder, or set another slug: or url:',
    ]);
  });

  it('refuses a url: onto another bundle\'s file', () => {
    assert.deepEqual(clashes({
      'zh/blog/a/index.md': post('甲'),
      'zh/blog/a/pic.png': 'png',
      'zh/blog/b.md': post('乙', 'url: /blog/a/pic.png/\n'),
    }), [
      'zh/blog/b.md:0 the page (/blog/a/pic.png/index.html) needs /blog/a/pic.png as a folder, where the file pic.png of the bundle of zh/blog/a/index.md writes a file; rename its file or folder, or set another slug: or url:',
    ]);
  });

  it('refuses two bundles that write one file, whatever its letter case', () => {
    assert.deepEqual(clashes({
      'zh/blog/x/index.md': post('甲'),
      'zh/blog/x/y/Pic.png': 'png',
      'zh/blog/z/index.md': post('乙', 'url: /blog/x/y/\n'),
      'zh/blog/z/pic.png': 'png',
    }), [
      'zh/blog/z/index.md:0 the file pic.png of the bundle (/blog/x/y/pic.png) is written by the file y/Pic.png of the bundle of zh/blog/x/index.md too; rename or move pic.png in the bundle',
    ]);
  });

  it('refuses a bundle file that would replace a file of public/, its name in another Unicode form', () => {
    const nfd = 'cafe\u0301.png';
    assert.deepEqual(clashes({ 'zh/images/logo/index.md': post('标志'), [`zh/images/logo/${nfd}`]: 'png' }, { 'images/logo/café.png': 'png' }), [
      `zh/images/logo/index.md:0 the file ${nfd} of the bundle (/images/logo/${nfd}) is written by public/images/logo/café.png, a file of public/ too; rename or move ${nfd} in the bundle`,
    ]);
  });

  it('refuses a tag whose page a file of public/ takes, at the first post with the tag', () => {
    assert.deepEqual(clashes({ 'zh/blog/a.md': post('甲', 'tags: ["Golang"]\n') }, { 'tags/golang/index.html': '<p>x</p>' }), [
      'zh/blog/a.md:0 the page of the tag Golang (/tags/golang/index.html) is written by public/tags/golang/index.html, a file of public/ too; rename the section\'s folder, or the tag or category',
    ]);
  });

  it('refuses an alias onto a bundle\'s file, and tells only the post that comes later', () => {
    const found = clashes({
      'zh/blog/a/index.md': post('甲'),
      'zh/blog/a/pic.png': 'png',
      'zh/blog/b.md': post('乙', 'aliases: ["/blog/a/pic.png/"]\n'),
    });
    assert.deepEqual(found, [
      'zh/blog/b.md:4 the alias /blog/a/pic.png/ (/blog/a/pic.png/index.html) needs /blog/a/pic.png as a folder, where the file pic.png of the bundle of zh/blog/a/index.md writes a file; remove /blog/a/pic.png/ from aliases: (or url:)',
    ]);
  });

  it('leaves posts, bundles and public/ that share folders but no file', () => {
    assert.deepEqual(clashes({
      'zh/blog/a/index.md': post('甲'),
      'zh/blog/a/images/pic.png': 'png',
      'zh/blog/a/b.md': post('乙'),
      'zh/images/about.md': post('关于'),
    }, { 'images/logo.png': 'png', 'og-image.png': 'png' }), []);
  });

  it('is part of check, after the other checks across posts', () => {
    const { errors } = checkContent(contentSite({ 'zh/og-image.png.md': page('图') }));
    assert.equal(errors.length, 1, 'the site\'s own public/og-image.png');
    assert.match(errors[0]!.reason, /^the page \(\/og-image\.png\/index\.html\) needs \/og-image\.png as a folder, where public\/og-image\.png, a file of public\/ writes a file/);
  });
});

describe('a build phase that meets a path written twice', () => {
  it('names the path and its owners, as a bug to report, instead of a stack trace', () => {
    const root = contentSite({ 'zh/blog/a/index.md': post('甲'), 'zh/blog/a/pic.png': 'png' });
    const report = loadPosts(root);
    const error = Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR', path: path.join('out', 'blog', 'a', 'pic.png') });
    const message = pathClashMessage(error, { outDir: 'out', report }) ?? '';
    const lines = message.split('\n');
    assert.equal(lines[0], `build stopped: EISDIR at ${path.join('out', 'blog', 'a', 'pic.png')}, a path of the export that two owners write. The check should have refused this; please report it as a bug, with these owners:`);
    assert.match(lines[1]!, /^ {2}\/blog\/a\/pic\.png: the file pic\.png of the bundle of \S+zh\/blog\/a\/index\.md$/);
    assert.equal(lines.length, 2);
  });

  it('leaves other errors to the build', () => {
    assert.equal(pathClashMessage(Object.assign(new Error('no'), { code: 'ENOENT', path: 'out/x' }), { outDir: 'out' }), undefined);
    assert.equal(pathClashMessage(new Error('EISDIR'), { outDir: 'out' }), undefined);
  });
});
