import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { bundleAssetAt, copyBundleAssets, oldDevCopiesWarning } from '@/lib/content/bundle-assets';
import { publishedAssetTypes } from '@/lib/content/asset-files';
import { readBundleFiles } from '@/lib/content/bundle-files';
import { loadPosts } from '@/lib/content/load-posts';
import type { Post } from '@/lib/model/post';
import { fixturesDir } from './load-fixture';

// `next dev` serves page-bundle files from content/ by bundleAssetAt(); the export copies them with
// copyBundleAssets(). Both must publish the same files at the same paths.
const fixture = path.join(fixturesDir, 'dev-bundle-files');
const listAssets = (bundleDir: string) => readBundleFiles(bundleDir).assets;

/** The bundle file `next dev` serves at a decoded site path, relative to its content folder, or undefined. */
function servedFile(posts: Post[], root: string, sitePath: string): string | undefined {
  const asset = bundleAssetAt(posts, sitePath, listAssets);
  return asset && path.relative(root, asset.absolutePath);
}

describe('next dev serves a page bundle\'s files from content/', () => {
  const { posts } = loadPosts(fixture);
  const served = (sitePath: string) => servedFile(posts, fixture, sitePath);

  it('serves an image at the post\'s URL folder, in subfolders, with Chinese names', () => {
    assert.equal(served('/blog/图片包/图片.png'), 'zh/blog/图片包/图片.png');
    assert.equal(served('blog/图片包/images/deep.png'), 'zh/blog/图片包/images/deep.png');
  });

  it('serves a draft\'s files, which the export leaves out', () => {
    assert.equal(served('/blog/draft-post/pic.png'), 'zh/blog/draft-post/pic.png');
    const exported = mkdtempSync(path.join(tmpdir(), 'dev-bundle-export-'));
    copyBundleAssets(posts, exported);
    assert.throws(() => readFileSync(path.join(exported, 'blog/draft-post/pic.png')));
    assert.equal(readFileSync(path.join(exported, 'blog/图片包/图片.png'), 'utf8'), 'png bytes of 图片\n');
  });

  it('never serves Markdown, HTML, scripts, other files, hidden files or the post itself', () => {
    for (const name of ['index.mdx', 'notes.md', 'page.html', 'script.js', 'data.csv', '.hidden.png', 'images', 'missing.png']) {
      assert.equal(served(`/blog/图片包/${name}`), undefined, name);
    }
  });

  it('compares names as a static host does: exactly, after . and .. are applied', () => {
    assert.equal(served('/blog/图片包/图片.PNG'), undefined);
    assert.equal(served('/blog/other/../图片包/./图片.png'), 'zh/blog/图片包/图片.png');
    assert.equal(served('/图片包/图片.png'), undefined);
    assert.equal(served('/blog/图片包'), undefined);
  });

  it('never reaches a file outside a bundle, or outside content/', () => {
    for (const sitePath of ['/blog/图片包/../../../zh/blog/图片包/index.mdx', '/../../../../etc/passwd', '/blog/图片包/../../../../../../etc/hostname', '/blog/图片包/\0.png']) {
      assert.equal(served(sitePath), undefined, sitePath);
    }
  });
});

describe('next dev serves bundle files whatever the form of their names', () => {
  it('serves a file whose name is stored decomposed (NFD) at its NFC and NFD paths', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dev-bundle-nfd-'));
    cpSync(fixture, root, { recursive: true });
    const bundle = path.join(root, 'zh/blog/图片包');
    const decomposed = 'café.png'.normalize('NFD');
    writeFileSync(path.join(bundle, decomposed), 'accented');
    const { posts } = loadPosts(root);
    assert.equal(servedFile(posts, root, '/blog/图片包/café.png'.normalize('NFC')), path.join('zh/blog/图片包', decomposed));
    assert.equal(servedFile(posts, root, '/blog/图片包/café.png'.normalize('NFD')), path.join('zh/blog/图片包', decomposed));
  });

  it('never serves a symbolic link, nor a file through a linked folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dev-bundle-links-'));
    cpSync(fixture, root, { recursive: true });
    const outside = mkdtempSync(path.join(tmpdir(), 'dev-bundle-outside-'));
    writeFileSync(path.join(outside, 'secret.png'), 'secret');
    const bundle = path.join(root, 'zh/blog/图片包');
    symlinkSync(path.join(outside, 'secret.png'), path.join(bundle, 'linked.png'));
    symlinkSync(outside, path.join(bundle, 'linked-folder'));
    const { posts } = loadPosts(root);
    assert.equal(servedFile(posts, root, '/blog/图片包/linked.png'), undefined);
    assert.equal(servedFile(posts, root, '/blog/图片包/linked-folder/secret.png'), undefined);
  });

  it('serves a post\'s files at its url: folder, not at its file\'s', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'dev-bundle-url-'));
    cpSync(fixture, root, { recursive: true });
    const index = path.join(root, 'zh/blog/图片包/index.mdx');
    writeFileSync(index, readFileSync(index, 'utf8').replace('title:', 'url: /blog/专题/图集/\ntitle:'));
    const { posts } = loadPosts(root);
    assert.equal(servedFile(posts, root, '/blog/专题/图集/图片.png'), 'zh/blog/图片包/图片.png');
    assert.equal(servedFile(posts, root, '/blog/图片包/图片.png'), undefined);
  });

});

describe('copies an older next dev left in public/', () => {
  it('are named, never deleted, and their list goes once none is left', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dev-old-copies-'));
    const list = path.join(folder, 'dev-bundle-copies.json');
    const kept = path.join(folder, 'public/blog/post/pic.png');
    mkdirSync(path.dirname(kept), { recursive: true });
    writeFileSync(kept, 'a copy, or the site\'s own file');
    writeFileSync(list, JSON.stringify([kept, path.join(folder, 'public/blog/gone/pic.png')]));
    const warning = oldDevCopiesWarning(list);
    assert.match(warning ?? '', /an older next dev copied page-bundle files into public\//);
    assert.ok(warning?.includes(kept));
    assert.ok(!warning?.includes('gone'));
    assert.equal(readFileSync(kept, 'utf8'), 'a copy, or the site\'s own file');
    assert.ok(existsSync(list));
    rmSync(kept);
    assert.equal(oldDevCopiesWarning(list), undefined);
    assert.ok(!existsSync(list));
  });

  it('are no concern when there is no list, or it is not one', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dev-old-copies-'));
    assert.equal(oldDevCopiesWarning(path.join(folder, 'missing.json')), undefined);
    writeFileSync(path.join(folder, 'broken.json'), '{"not": "a list"');
    assert.equal(oldDevCopiesWarning(path.join(folder, 'broken.json')), undefined);
  });
});

describe('next.config.js', () => {
  const configOf = async (phase: string) => {
    const { default: config } = (await import(pathToFileURL('next.config.js').href)) as { default: (phase: string) => Record<string, unknown> };
    return config(phase);
  };

  it('sends the paths of every published extension to the bundle-file route in next dev', async () => {
    const config = await configOf('phase-development-server');
    assert.ok((config.pageExtensions as string[]).includes('dev.ts'));
    const { afterFiles } = await (config.rewrites as () => Promise<{ afterFiles: { source: string; destination: string }[] }>)();
    assert.equal(afterFiles.length, 1);
    assert.match(afterFiles[0]!.destination, /^\/dev-bundle-files\//);
    const extensions = afterFiles[0]!.source.match(/\(\?:([^)]*)\)/)![1]!.split('|').map((extension) => `.${extension}`);
    assert.deepEqual(extensions.sort(), Object.keys(publishedAssetTypes).sort());
  });

  it('has no such route or rewrite in the production build, which copies bundle files into out/', async () => {
    const config = await configOf('phase-production-build');
    assert.equal(config.output, 'export');
    assert.equal(config.rewrites, undefined);
    assert.equal(config.pageExtensions, undefined);
  });
});
