import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadPosts } from '@/lib/content/load-posts';
import { exportSizeWarnings } from '@/scripts/export-size';

const post = (extra: string) => `---\ntitle: "文章"\ndate: 2020-07-10T15:00:00+08:00\n${extra}---\n\n正文。\n`;

/** A content folder of three posts, and an export holding what the build writes for them. */
function site() {
  const content = mkdtempSync(path.join(tmpdir(), 'content-'));
  const blog = path.join(content, 'zh', 'blog');
  mkdirSync(path.join(blog, 'bundle'), { recursive: true });
  const aliases = Array.from({ length: 8 }, (_, index) => `/old/${index}/`);
  writeFileSync(path.join(blog, 'aliases.md'), post(`aliases: ${JSON.stringify(aliases)}\ntags: ["独有", "共有"]\n`));
  writeFileSync(path.join(blog, 'bundle', 'index.md'), post('tags: ["共有"]\n'));
  writeFileSync(path.join(blog, 'plain.md'), post(''));
  const { posts, errors } = loadPosts(content);
  assert.deepEqual(errors, []);

  const out = mkdtempSync(path.join(tmpdir(), 'out-'));
  const write = (file: string, bytes = 10) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), 'x'.repeat(bytes));
  };
  for (const file of ['index.html', 'sitemap.xml', 'blog/index.html', 'tags/共有/index.html', 'tags/共有/feed.xml']) write(file);
  write('blog/aliases/index.html');
  for (const alias of aliases) write(`${alias.slice(1)}index.html`);
  for (const file of ['index.html', 'feed.xml', 'index.xml']) write(`tags/独有/${file}`);
  write('blog/bundle/index.html');
  for (const file of ['a.png', 'b.png', 'c.png']) write(`blog/bundle/${file}`, 1000);
  write('blog/plain/index.html');
  return { out, posts };
}

describe('the export past a host\'s limits', () => {
  it('names the three posts that add the most files, by page, aliases and tags only they have', () => {
    const { out, posts } = site();
    const warnings = exportSizeWarnings(out, posts, { files: 20, bytes: 1_000_000, fileBytes: 1_000_000 });
    const file = (name: string) => path.join(path.relative(process.cwd(), path.join(path.dirname(posts[0]!.file), name)));
    assert.deepEqual(warnings, [[
      `warning: ${out}/ holds 22 files, more than the 20 the host serves (siteConfig.hostLimits.files); the posts that add the most:`,
      `  ${file('aliases.md')}: 12 files, 1 KB (1 of its page and bundle, 8 alias pages, 3 of tags or categories only it has)`,
      `  ${file('bundle/index.md')}: 4 files, 4 KB (4 of its page and bundle)`,
      `  ${file('plain.md')}: 1 file, 1 KB (1 of its page and bundle)`,
    ].join('\n')]);
  });

  it('names the posts that add the most bytes, and each file too large to serve', () => {
    const { out, posts } = site();
    const warnings = exportSizeWarnings(out, posts, { files: 20_000, bytes: 2_000, fileBytes: 999 });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0]!, /blog\/bundle\/a\.png is 1 KB, more than the 1 KB a file the host serves/);
    assert.match(warnings[3]!, /holds 4 KB, more than the 2 KB the host serves \(siteConfig\.hostLimits\.bytes\); the posts that add the most:\n  .*bundle\/index\.md: 4 files/);
  });

  it('says nothing when the export is within the limits', () => {
    const { out, posts } = site();
    assert.deepEqual(exportSizeWarnings(out, posts), []);
  });
});
