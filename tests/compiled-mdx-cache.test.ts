import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '@/components/mdx';
import { checkAndCompileContent } from '@/lib/content/check-content';
import { cacheDir } from '@/lib/mdx/compile-cache';
import { renderPost } from '@/lib/mdx/render';
import { writeCorpus } from '@/scripts/bench/corpus';
import { threadedLoader } from '@/scripts/content-threads';

const compiledDir = path.join(cacheDir, 'compiled');

async function html(source: string, assetBase = '/blog/cached/') {
  const { content } = await renderPost({ source, format: 'mdx', file: 'content/zh/blog/cached.mdx', lang: 'zh', components: mdxComponents('zh'), assetBase });
  return renderToStaticMarkup(content);
}

const postText = (marker: string, body = `正文 ${marker}。`) => `---
title: "缓存 ${marker}"
date: 2020-07-10T15:00:00+08:00
tags: ["SOFA Weekly"]
---

${body}
`;

describe('compiled post bodies kept between builds', () => {
  it('show a body as it is now: an edited post is compiled again, not served from the cache', async () => {
    const marker = `第一版-${process.pid}-${Date.now()}`;
    assert.match(await html(`${marker}\n`), new RegExp(marker));
    assert.match(await html(`${marker}\n`), new RegExp(marker));
    assert.match(await html(`第二版 ${marker}\n`), new RegExp(`第二版 ${marker}`));
  });

  it('are kept per place the post is served from: a bundle image resolves under each base path', async () => {
    const source = `![图](./diagram-${process.pid}.png)\n`;
    assert.match(await html(source, '/blog/cached/'), /src="\/blog\/cached\/diagram-\d+\.png"/);
    assert.match(await html(source, '/weekly/blog/cached/'), /src="\/weekly\/blog\/cached\/diagram-\d+\.png"/);
  });

  it('are written by the content check, so that a page only runs the compiled code', async () => {
    const marker = `检查时编译-${process.pid}-${Date.now()}`;
    const root = mkdtempSync(path.join(tmpdir(), 'compiled-cache-'));
    mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
    writeFileSync(path.join(root, 'zh', 'blog', 'cached.mdx'), postText(marker));
    const { errors } = await checkAndCompileContent(root);
    assert.deepEqual(errors, []);
    const compiled = readdirSync(compiledDir).filter((name) => readFileSync(path.join(compiledDir, name), 'utf8').includes(marker));
    assert.equal(compiled.length, 1, 'one compiled body holds the post text');
  });
});

describe('the content check spread over threads', () => {
  it('reports the same posts, errors and warnings, in the same order, as the check in one thread', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-threads-'));
    writeCorpus(root, 220, `threads-${process.pid}-${Date.now()}`);
    writeFileSync(path.join(root, 'zh', 'blog', 'broken.mdx'), postText('坏', '今年是 {new Date().getFullYear()} 年'));
    writeFileSync(path.join(root, 'zh', 'blog', 'stray.txt'), 'not a post');
    writeFileSync(path.join(root, 'zh', 'blog', 'warned.mdx'), postText('警告', '<img src="https://example.org/a.png" />'));
    const summary = ({ posts, errors, warnings }: Awaited<ReturnType<typeof checkAndCompileContent>>) => ({
      posts: posts.map((post) => `${post.file} ${post.title} ${post.date.toISOString()}`),
      errors: errors.map((error) => error.message),
      warnings: warnings.map((warning) => warning.message),
    });
    // Two threads whatever the machine; then one thread, which reads the parse cache the threads left.
    const threaded = summary(await checkAndCompileContent(root, threadedLoader(2)));
    const sequential = summary(await checkAndCompileContent(root));
    assert.equal(threaded.posts.length, 221);
    assert.match(threaded.warnings.join('\n'), /warned\.mdx:7:1  warning  the image https:\/\/example\.org\/a\.png has no alt text/);
    assert.match(threaded.errors.join('\n'), /broken\.mdx:7:\d+  error  JavaScript expressions are not allowed/);
    assert.match(threaded.warnings.join('\n'), /stray\.txt  warning  ignored/);
    assert.deepEqual(threaded, sequential);
    // Now every post but the broken one is in both caches: loaded in this thread, the broken one in a thread, merged in order.
    assert.deepEqual(summary(await checkAndCompileContent(root, threadedLoader(2))), threaded);
  });
});
