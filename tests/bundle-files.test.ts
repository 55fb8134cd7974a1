import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { copyBundleAssets, copyPostAssets } from '@/lib/content/bundle-assets';
import { checkContent } from '@/lib/content/check-content';
import { loadPosts } from '@/lib/content/load-posts';
import { findSvgProblems } from '@/lib/content/svg-safety';
import { fixturesDir } from './load-fixture';

const fixture = (name: string) => path.join(fixturesDir, 'hostile-bundles', name);
const svgFixture = (name: string) => readFileSync(path.join(fixturesDir, 'hostile-bundles/svg', name), 'utf8');
const tempFolder = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const symbolicLinkReason = 'is a symbolic link; content must be real files and folders (a link would publish whatever it points at): copy the file or folder here instead';
const postText = (title: string, body = 'text') => `---\ntitle: "${title}"\ndate: 2020-07-10T15:00:00+08:00\n---\n\n${body}\n`;

/** Every file under a folder, relative to it, sorted; symbolic links are listed too (with " -> link"). */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)) + (entry.isSymbolicLink() ? ' -> link' : ''))
    .sort();
}

/** Each problem as "<file relative to the fixture>  <severity>  <reason>", for exact comparisons. */
function problemsOf(root: string, problems: { file: string; severity: string; reason: string }[]): string[] {
  return problems.map((problem) => `${path.relative(root, path.resolve(problem.file))}  ${problem.severity}  ${problem.reason}`);
}

describe('symbolic links under the content folder are errors, and are never followed', () => {
  const root = tempFolder('hostile-links-');
  const outside = tempFolder('hostile-outside-');
  const token = randomBytes(16).toString('hex');
  const tokenFile = path.join(outside, 'secret.png');
  writeFile(tokenFile, token);
  writeFile(path.join(outside, 'folder', 'token.png'), token);
  writeFile(path.join(outside, 'post.mdx'), postText('Linked post', token));
  writeFile(path.join(outside, 'bundle', 'index.mdx'), postText('Linked bundle', token));
  writeFile(path.join(root, 'zh/blog/post/index.mdx'), postText('Bundle with links'));
  writeFile(path.join(root, 'zh/blog/post/real.png'), 'a real picture');
  symlinkSync(tokenFile, path.join(root, 'zh/blog/post/pic.png'));
  symlinkSync(path.join(outside, 'folder'), path.join(root, 'zh/blog/post/images'));
  symlinkSync(path.join(outside, 'post.mdx'), path.join(root, 'zh/blog/linked.mdx'));
  symlinkSync(path.join(outside, 'bundle'), path.join(root, 'zh/blog/linked-bundle'));
  symlinkSync(path.join(root, 'zh', 'blog'), path.join(root, 'zh/blog/loop'));
  symlinkSync(path.join(root, 'zh/blog/post'), path.join(root, 'zh/blog/post/inner-loop'));

  const report = checkContent(root);

  it('names each link, a post file, a folder, a bundle file and a loop, as an error', () => {
    const linkErrors = report.errors.filter((error) => error.reason === symbolicLinkReason);
    assert.deepEqual(
      linkErrors.map((error) => path.relative(root, path.resolve(error.file))).sort(),
      ['zh/blog/linked-bundle', 'zh/blog/linked.mdx', 'zh/blog/loop', 'zh/blog/post/images', 'zh/blog/post/inner-loop', 'zh/blog/post/pic.png'],
    );
  });

  it('loads no post through a link', () => {
    assert.deepEqual(report.posts.map((post) => post.slug.join('/')), ['post']);
    assert.ok(report.posts.every((post) => !post.body.includes(token)));
  });

  it('never copies a linked file into the output, even for a post check let through', () => {
    const publicDir = tempFolder('hostile-public-');
    copyBundleAssets(report.posts, publicDir);
    assert.deepEqual(filesUnder(publicDir), ['blog/post/real.png']);
    for (const file of filesUnder(publicDir)) {
      assert.ok(!readFileSync(path.join(publicDir, file), 'utf8').includes(token), `${file} holds the token`);
    }
  });

  it('refuses a language folder that is itself a link', () => {
    const linkedRoot = tempFolder('hostile-linked-language-');
    symlinkSync(path.join(root, 'zh', 'blog'), path.join(linkedRoot, 'zh'));
    const { errors, posts } = checkContent(linkedRoot);
    assert.deepEqual(posts, []);
    assert.deepEqual(problemsOf(linkedRoot, errors), [`zh  error  ${symbolicLinkReason}`]);
  });
});

describe('a page bundle publishes its assets only', () => {
  it('warns about every file it keeps back, but not about Markdown resources or hidden files', () => {
    const root = fixture('unlisted-files');
    const { errors, warnings } = checkContent(root);
    assert.deepEqual(errors, []);
    const notListed = 'not published: only images, audio, video and PDF files of a bundle are copied';
    const active = `${notListed}; HTML, XML and script files never are, since a browser would run them on the site's origin`;
    assert.deepEqual(problemsOf(root, warnings), [
      `zh/blog/post/data.csv  warning  ${notListed}; link to it from elsewhere, or delete it`,
      "zh/blog/post/index.html  warning  not published: the post's page is made from its index.mdx (or index.md), and a bundle's own index.html is never copied; move what it says into index.mdx, or delete it",
      `zh/blog/post/page.html  warning  ${active}`,
      `zh/blog/post/script.js  warning  ${active}`,
    ]);
  });

  it('copies the listed files only, subfolders and upper-case extensions included', () => {
    const publicDir = tempFolder('hostile-public-');
    copyBundleAssets(loadPosts(fixture('unlisted-files')).posts, publicDir);
    assert.deepEqual(filesUnder(publicDir), ['blog/post/pic.png', 'blog/post/sub/deep.PNG']);
  });

  it('copies a published post\'s files into the export, never a draft\'s or a future post\'s (next dev serves those: dev-bundle-files.test.ts)', () => {
    const { posts } = loadPosts(fixture('draft-bundle'));
    const exported = tempFolder('hostile-export-');
    copyBundleAssets(posts, exported);
    assert.deepEqual(filesUnder(exported), ['blog/live/pic.png']);
  });

  it('refuses an SVG with a script at its line, and never copies it', () => {
    const root = fixture('svg-in-bundle');
    const { errors, posts } = checkContent(root);
    assert.equal(errors.length, 1);
    assert.equal(path.relative(root, path.resolve(errors[0]!.file)), 'zh/blog/post/logo.svg');
    assert.equal(errors[0]!.line, 3);
    assert.match(errors[0]!.reason, /^<script> runs script; an SVG in a post may only draw/);
    const publicDir = tempFolder('hostile-public-');
    copyBundleAssets(posts, publicDir);
    assert.deepEqual(filesUnder(publicDir), []);
  });
});

describe('nothing in the content folder is dropped without a word', () => {
  it('warns about a page bundle inside a page bundle', () => {
    const root = fixture('nested-bundle');
    const { posts, errors, warnings } = checkContent(root);
    assert.deepEqual(posts.map((post) => post.slug.join('/')), ['outer']);
    assert.deepEqual(errors, []);
    assert.deepEqual(problemsOf(root, warnings), [
      'zh/blog/outer/inner/index.md  warning  ignored: a page bundle inside another page bundle is not a post; move its folder out, beside the outer bundle, to publish it',
    ]);
  });

  it('refuses index.md beside index.mdx', () => {
    const root = fixture('two-index');
    assert.deepEqual(problemsOf(root, checkContent(root).errors), [
      'zh/blog/post/index.mdx  error  the bundle has two post files, index.md and index.mdx, and only one can be its post; merge them into one and delete the other',
    ]);
  });

  it('warns about _name.mdx and .name.mdx, but not about _index.md or .gitkeep', () => {
    const root = fixture('hidden-and-underscore');
    const { posts, errors, warnings } = checkContent(root);
    assert.deepEqual(posts.map((post) => post.slug.join('/')), ['ok']);
    assert.deepEqual(errors, []);
    assert.deepEqual(problemsOf(root, warnings), [
      'zh/blog/_draft.mdx  warning  ignored: a name starting with "_" is not a post (only _index.md, a Hugo section page, is expected); rename it without the "_" to publish it, or delete it',
      'zh/blog/.hidden.mdx  warning  ignored: a hidden file (its name starts with ".") is not a post; rename it without the dot to publish it, or delete it',
    ]);
  });
});

describe('image, cover and link paths stay inside the bundle or public/', () => {
  const root = fixture('escaping-images');
  const { errors } = checkContent(root);
  const reasonAt = (line: number) => errors.find((error) => error.line === line)?.reason;

  it('refuses each way out: ../, /../, %2e%2e, %2f and %5c, and the cover too', () => {
    assert.deepEqual(errors.map((error) => error.line), [4, 7, 9, 11, 13, 15, 17]);
    for (const error of errors) assert.match(error.reason, /leads out of (the post's page bundle|public\/)/);
  });

  it('says the same whether the file outside exists or not, and publishes neither', () => {
    const site = tempFolder('hostile-escape-');
    writeFile(path.join(site, 'outside.png'), 'a picture outside content/');
    const postDir = path.join(site, 'content/zh/blog/post');
    writeFile(path.join(postDir, 'index.mdx'), postText('Escaping', '![a](../../../../outside.png)\n\n![b](../../../../no-such-file.png)'));
    assert.ok(existsSync(path.resolve(postDir, '../../../../outside.png')));
    const { errors: escapeErrors, posts } = checkContent(path.join(site, 'content'));
    const bundleReason = (url: string) => `the image ${url} leads out of the post's page bundle; put the image in the bundle's folder and write its path from there, like ./x.png`;
    assert.deepEqual(escapeErrors.map((error) => [error.line, error.reason]), [
      [6, bundleReason('../../../../outside.png')],
      [8, bundleReason('../../../../no-such-file.png')],
    ]);
    const publicDir = tempFolder('hostile-public-');
    for (const post of posts) copyPostAssets(post, publicDir);
    assert.deepEqual(filesUnder(publicDir), []);
  });

  it('refuses a link whose %2f climbs out of public/, whether the file exists or not', () => {
    // The links climb from public/a/ to the site's folder, where package.json exists and no-such-file.json does not.
    const site = tempFolder('hostile-escape-links-');
    cpSync(fixture('escaping-links'), path.join(site, 'content'), { recursive: true });
    writeFile(path.join(site, 'package.json'), '{}');
    mkdirSync(path.join(site, 'public/a'), { recursive: true });
    const cwd = process.cwd();
    process.chdir(site);
    try {
      assert.ok(existsSync('public/a/../../package.json'));
      const reason = (url: string) => `links to ${url}, which is not a page or file of this site; check the post's slug, or the tag or category name`;
      assert.deepEqual(checkContent('content').errors.map((error) => [error.line, error.reason]), [
        [6, reason('/a/..%2f..%2fpackage.json')],
        [8, reason('/a/..%2f..%2fno-such-file.json')],
      ]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses a public/ SVG used as an image or a cover when it could run script', () => {
    const site = tempFolder('hostile-public-svg-');
    writeFile(path.join(site, 'public/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg">\n<a xlink:href="javascript:alert(1)" xmlns:xlink="http://www.w3.org/1999/xlink"/></svg>');
    writeFile(path.join(site, 'public/plain.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>');
    writeFile(path.join(site, 'content/zh/blog/post.mdx'), '---\ntitle: "x"\ndate: 2020-07-10T15:00:00+08:00\ncover: /evil.svg\n---\n\n![a](/plain.svg)\n\n![b](/evil.svg)\n');
    const cwd = process.cwd();
    process.chdir(site);
    try {
      const { errors: svgErrors } = loadPosts(path.join(site, 'content'));
      assert.deepEqual(svgErrors.map((error) => error.line), [4, 9]);
      for (const error of svgErrors) {
        assert.match(error.reason, /^the image \/evil\.svg may not be shown: public\/evil\.svg:2:\d+ xlink:href on <a> is a javascript: URL/);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('an SVG may only draw', () => {
  const refusals: [string, RegExp][] = [
    ['script-default.svg', /^<script> runs script/],
    ['script-svg-prefix.svg', /^<x:script> runs script/],
    ['script-xhtml.svg', /^<h:script> runs script/],
    ['handler-odd-case.svg', /^oNcLiCk on <rect> is an event handler/],
    ['handler-namespaced.svg', /^s:onload on <rect> is an event handler/],
    ['foreign-object.svg', /^<foreignObject> embeds HTML/],
    ['animate-prefixed.svg', /^<svg:animate> is an animation/],
    ['set.svg', /^<set> is an animation/],
    ['animate-motion.svg', /^<animateMotion> is an animation/],
    ['animate-transform.svg', /^<animateTransform> is an animation/],
    ['discard.svg', /^<discard> is an animation element/],
    ['xlink-javascript.svg', /^xlink:href on <a> is a javascript: URL/],
    ['href-other-prefix.svg', /^l:href on <use> refers to "https:\/\/evil\.example\/sprite\.svg#a", outside this SVG/],
    ['image-remote.svg', /^href on <image> refers to "https:\/\/evil\.example\/track\.png"/],
    ['use-data-svg.svg', /^href on <use> refers to "data:image\/svg\+xml/],
    ['fill-url-remote.svg', /^fill on <rect> refers to a file outside this SVG with url\(\)/],
    ['style-attribute-escaped-url.svg', /^style on <rect> refers to a file outside this SVG with url\(\)/],
    ['style-import.svg', /^<style> imports a style sheet/],
    ['style-url-remote.svg', /^<style> refers to a file outside this SVG with url\(\)/],
    ['style-image-set.svg', /^<style> loads an image by CSS/],
    ['style-javascript.svg', /^<style> holds a javascript: URL/],
    ['doctype-entity.svg', /^the DOCTYPE declares its own entities/],
    ['xml-stylesheet.svg', /^<\?xml-stylesheet\?> loads a style sheet or an XSLT transform/],
    ['html-iframe.svg', /^<h:iframe> is an HTML element/],
    ['not-xml.svg', /^is not well-formed XML/],
    ['undeclared-prefix.svg', /^is not well-formed XML/],
    ['not-svg-root.svg', /^is not an SVG image/],
  ];
  for (const [file, reason] of refusals) {
    it(`refuses ${file}`, () => {
      const problems = findSvgProblems(svgFixture(file));
      assert.ok(problems.length > 0, `${file} passed`);
      assert.match(problems[0]!.reason, reason);
    });
  }

  it('refuses a file with more tags than it checks, before parsing it', () => {
    const huge = `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(50_000)}</svg>`;
    const started = performance.now();
    assert.match(findSvgProblems(huge)[0]?.reason ?? '', /^has 50002 tags, more than the 50000 that are checked; save a drawing this large as PNG or WebP/);
    assert.ok(performance.now() - started < 1000);
  });

  it('gives the line and column of the element', () => {
    assert.deepEqual(findSvgProblems(svgFixture('script-xhtml.svg')).map(({ line, column }) => [line, column]), [[2, 1], [2, 1]]);
  });

  it('accepts a drawing with gradients, #links, <style>, editor metadata and an inline PNG', () => {
    assert.deepEqual(findSvgProblems(svgFixture('safe-drawing.svg')), []);
  });

  it('accepts every SVG of the site itself, in public/ and app/', () => {
    const svgFiles = ['public', 'app'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.svg') && !lstatSync(path.join(entry.parentPath, entry.name)).isSymbolicLink())
        .map((entry) => path.join(entry.parentPath, entry.name)));
    assert.ok(svgFiles.includes(path.join('app', 'icon.svg')));
    for (const file of svgFiles) assert.deepEqual(findSvgProblems(readFileSync(file, 'utf8')), [], file);
  });
});
