import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { imageSizeOf } from '@/lib/content/image-sizes';
import { loadPosts } from '@/lib/content/load-posts';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { renderPost } from '@/lib/mdx/render';
import { mdxComponents } from '@/components/mdx';

const u16 = (n: number) => [n >> 8, n & 255];
const u32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];

/** The signature and header chunk of a PNG: all that its size is read from. */
function png(width: number, height: number): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...u32(13), 0x49, 0x48, 0x44, 0x52, ...u32(width), ...u32(height), 8, 2, 0, 0, 0, 0, 0, 0, 0]);
}

/** A JPEG's frame header, after an EXIF block with this orientation. */
function jpeg(width: number, height: number, orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 0x2a, ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  const exif = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const frame = [8, ...u16(height), ...u16(width), 1, 1, 0x11, 0];
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe1, ...u16(exif.length + 2), ...exif, 0xff, 0xc0, ...u16(frame.length + 2), ...frame, 0xff, 0xd9]);
}

const u16le = (n: number) => [n & 255, n >> 8];
const u32le = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];

/** A BMP's file and info headers, without pixels. */
function bmp(width: number, height: number): Uint8Array {
  return new Uint8Array([0x42, 0x4d, ...u32le(54), 0, 0, 0, 0, ...u32le(54), ...u32le(40), ...u32le(width), ...u32le(height), ...u16le(1), ...u16le(24), ...new Array<number>(24).fill(0)]);
}

/** A GIF's header and logical screen, without a frame. */
function gif(width: number, height: number): Uint8Array {
  return new Uint8Array([...new TextEncoder().encode('GIF89a'), ...u16le(width), ...u16le(height), 0, 0, 0, 0x3b]);
}

const svg = (attributes: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" ${attributes}><rect width="1" height="1"/></svg>`);

describe('an image file gives the size a browser lays it out at', () => {
  it('reads a PNG, and an SVG from its width and height or else its viewBox', () => {
    assert.deepEqual(imageSizeOf(png(1200, 630)), { width: 1200, height: 630 });
    assert.deepEqual(imageSizeOf(svg('width="640" height="120"')), { width: 640, height: 120 });
    assert.deepEqual(imageSizeOf(svg('viewBox="0 0 720 300"')), { width: 720, height: 300 });
  });

  it('swaps width and height of a JPEG its EXIF turns a quarter, as browsers show it', () => {
    assert.deepEqual(imageSizeOf(jpeg(40, 30, 1)), { width: 40, height: 30 });
    assert.deepEqual(imageSizeOf(jpeg(40, 30, 6)), { width: 30, height: 40 });
  });

  it('calls a side that is not a finite number of pixels from 1 to 20,000 unusable, whatever the header declares', () => {
    assert.deepEqual(imageSizeOf(png(1, 1_000_000_000)), { unusable: 'declares 1 × 1,000,000,000 px, not a size from 1 to 20,000 px a side' });
    assert.deepEqual(imageSizeOf(bmp(1_000_000_000, 2)), { unusable: 'declares 1,000,000,000 × 2 px, not a size from 1 to 20,000 px a side' });
    assert.deepEqual(imageSizeOf(gif(65_535, 10)), { unusable: 'declares 65,535 × 10 px, not a size from 1 to 20,000 px a side' });
    assert.deepEqual(imageSizeOf(svg('width="1e999" height="10"')), { unusable: 'declares Infinity × 10 px, not a size from 1 to 20,000 px a side' });
    assert.deepEqual(imageSizeOf(svg('width="10" height="20001"')), { unusable: 'declares 10 × 20,001 px, not a size from 1 to 20,000 px a side' });
    assert.deepEqual(imageSizeOf(png(20_000, 1)), { width: 20_000, height: 1 });
    assert.deepEqual(imageSizeOf(gif(300, 200)), { width: 300, height: 200 });
    assert.deepEqual(imageSizeOf(bmp(300, 200)), { width: 300, height: 200 });
  });

  it('gives nothing for a damaged file or an SVG without a size, rather than failing the build', () => {
    assert.equal(imageSizeOf(new TextEncoder().encode('not an image')), undefined);
    assert.equal(imageSizeOf(png(1200, 630).slice(0, 12)), undefined);
    assert.equal(imageSizeOf(svg('')), undefined);
  });
});

describe('a post\'s local images carry their measured width and height', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const bundle = path.join(root, 'zh', 'blog', 'bundle');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(path.join(bundle, 'wide.png'), png(800, 200));
  writeFileSync(path.join(bundle, '架构图.svg'), svg('viewBox="0 0 720 300"'));
  writeFileSync(path.join(bundle, 'index.mdx'), [
    '---',
    'title: "图片"',
    'date: 2020-07-10T15:00:00+08:00',
    'cover: wide.png',
    '---',
    '',
    '![宽图](./wide.png)',
    '',
    '![架构图](./架构图.svg)',
    '',
    '<img src="wide.png" alt="半宽" width="400" />',
    '',
    '<img src="/og-image.png" alt="分享图" />',
    '',
    '![远程图](https://example.com/remote.png)',
    '',
    '<img src="https://example.com/sized.png" alt="远程图，作者给了大小" width="320" height="180" />',
    '',
  ].join('\n'));

  const load = () => {
    const { posts, errors } = loadPosts(root);
    assert.deepEqual(errors, []);
    return posts[0]!;
  };

  it('measures the bundle\'s files, the cover and public/\'s files when the post is read', () => {
    assert.deepEqual(load().imageSizes, {
      'wide.png': { width: 800, height: 200 },
      './wide.png': { width: 800, height: 200 },
      './架构图.svg': { width: 720, height: 300 },
      '/og-image.png': { width: 1200, height: 630 },
    });
  });

  it('writes them on the page, keeps an author\'s width in proportion, and leaves remote images as written', async () => {
    const post = load();
    const { content } = await renderPost({ ...postCompileOptions(post), components: mdxComponents('zh') });
    const images = [...renderToStaticMarkup(content).matchAll(/<img [^>]*>/g)].map(([tag]) => {
      const attribute = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
      return `${attribute('alt')}: ${attribute('width')}×${attribute('height')}`;
    });
    assert.deepEqual(images, [
      '宽图: 800×200',
      '架构图: 720×300',
      '半宽: 400×100',
      '分享图: 1200×630',
      '远程图: undefined×undefined',
      '远程图，作者给了大小: 320×180',
    ]);
  });
});

describe('raw HTML images in a .md post are checked and measured as Markdown images are', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const bundle = path.join(root, 'zh', 'blog', 'hugo-post');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(path.join(bundle, 'wide.png'), png(800, 200));
  const write = (body: string[]) =>
    writeFileSync(path.join(bundle, 'index.md'), ['---', 'title: "从 Hugo 搬来"', 'date: 2019-05-10T10:00:00+08:00', '---', '', ...body, ''].join('\n'));

  it('writes the measured size on a raw <img>, and warns at its line when it has no alt', async () => {
    write(['<p align="center"><img src="wide.png" alt="架构" /></p>', '', '<img src="./wide.png">']);
    const { posts, errors, warnings } = loadPosts(root);
    assert.deepEqual(errors, []);
    assert.deepEqual(posts[0]!.imageSizes, { 'wide.png': { width: 800, height: 200 }, './wide.png': { width: 800, height: 200 } });
    const { content } = await renderPost({ ...postCompileOptions(posts[0]!), components: mdxComponents('zh') });
    const sizes = [...renderToStaticMarkup(content).matchAll(/<img [^>]*>/g)].map(([tag]) => `${/width="(\d+)"/.exec(tag)?.[1]}×${/height="(\d+)"/.exec(tag)?.[1]}`);
    assert.deepEqual(sizes, ['800×200', '800×200']);
    assert.deepEqual(warnings.map((warning) => `${warning.line}: ${warning.reason}`), [
      '8: the image ./wide.png has no alt text; describe it for readers who cannot see it: <img src="./wide.png" alt="what it shows">',
    ]);
  });

  it('lists a Markdown image beside raw HTML once: one error for a missing file, one size for a found one', () => {
    write(['<br>', '', '![横幅](./wide.png)', '', '![丢了](./missing%20file.png)']);
    const { errors } = loadPosts(root);
    assert.deepEqual(errors.map((error) => error.line), [10]);
    write(['<br>', '', '![横幅](./wide.png)']);
    assert.deepEqual(loadPosts(root).posts[0]!.imageSizes, { './wide.png': { width: 800, height: 200 } });
  });

  it('refuses a raw <img> whose file is missing, at its line, as it refuses a Markdown image', () => {
    write(['正文。', '', '<img src="missing.png" alt="丢了" />']);
    const { posts, errors } = loadPosts(root);
    assert.equal(posts.length, 0);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.line, 8);
    assert.match(errors[0]!.reason, /missing\.png/);
  });
});

describe('an image whose file declares a size no page can use', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const bundle = path.join(root, 'zh', 'blog', 'tall');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(path.join(bundle, 'tall.png'), png(1, 1_000_000_000));
  writeFileSync(path.join(bundle, 'wide.bmp'), bmp(1_000_000_000, 2));
  writeFileSync(path.join(bundle, 'wide.gif'), gif(65_535, 10));
  writeFileSync(path.join(bundle, 'endless.svg'), svg('width="1e999" height="10"'));
  writeFileSync(path.join(bundle, 'fine.png'), png(800, 200));
  writeFileSync(path.join(bundle, 'index.mdx'), [
    '---',
    'title: "尺寸"',
    'date: 2020-07-10T15:00:00+08:00',
    'cover: tall.png',
    '---',
    '',
    '![高](./tall.png)',
    '',
    '![宽](./wide.bmp) ![宽动图](./wide.gif)',
    '',
    '<img src="endless.svg" alt="无尽" />',
    '',
    '<img src="fine.png" alt="作者写的" width="1000000000" />',
    '',
  ].join('\n'));

  it('is shown without a width and height, with a warning naming the image file at each line that uses it', async () => {
    const { posts, errors, warnings } = loadPosts(root);
    assert.deepEqual(errors, []);
    const post = posts[0]!;
    assert.deepEqual(post.imageSizes, { 'fine.png': { width: 800, height: 200 } });
    const bundleFile = (name: string) => path.relative(process.cwd(), path.join(bundle, name));
    assert.deepEqual(warnings.filter((warning) => warning.kind === 'unusable-image-size').map((warning) => `${warning.line}:${warning.column}: ${warning.reason}`), [
      `4:1: the image tall.png (${bundleFile('tall.png')}) declares 1 × 1,000,000,000 px, not a size from 1 to 20,000 px a side, so the page gives it no width and height; save it at its real size`,
      `7:1: the image ./tall.png (${bundleFile('tall.png')}) declares 1 × 1,000,000,000 px, not a size from 1 to 20,000 px a side, so the page gives it no width and height; save it at its real size`,
      `9:1: the image ./wide.bmp (${bundleFile('wide.bmp')}) declares 1,000,000,000 × 2 px, not a size from 1 to 20,000 px a side, so the page gives it no width and height; save it at its real size`,
      `9:18: the image ./wide.gif (${bundleFile('wide.gif')}) declares 65,535 × 10 px, not a size from 1 to 20,000 px a side, so the page gives it no width and height; save it at its real size`,
      `11:1: the image endless.svg (${bundleFile('endless.svg')}) declares Infinity × 10 px, not a size from 1 to 20,000 px a side, so the page gives it no width and height; save it at its real size`,
    ]);
    const { content } = await renderPost({ ...postCompileOptions(post), components: mdxComponents('zh') });
    const images = [...renderToStaticMarkup(content).matchAll(/<img [^>]*>/g)].map(([tag]) => {
      const attribute = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(tag)?.[1];
      return `${attribute('alt')}: ${attribute('width')}×${attribute('height')}`;
    });
    // The author's own width past the bound is left off too, and the measured size is given instead.
    assert.deepEqual(images, ['高: undefined×undefined', '宽: undefined×undefined', '宽动图: undefined×undefined', '无尽: undefined×undefined', '作者写的: 800×200']);
  });
});
