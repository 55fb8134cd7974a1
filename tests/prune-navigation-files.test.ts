import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pruneNavigationFiles } from '../scripts/prune-navigation-files';
import { filesOf, writeFiles } from './fixture-files';

// What Next.js writes for client-side navigation, as a build of this site exports it.
const navigationFiles = {
  'index.txt': 'flight data of the home page',
  '__next._tree.txt': 'tree',
  '__next._full.txt': 'flight data of the home page',
  '__next.__PAGE__.txt': 'page',
  'blog/sofa-weekly-20200710/index.txt': 'flight data of a post',
  'blog/sofa-weekly-20200710/__next.blog.$c$slug.txt': 'segment',
  'blog/sofa-weekly-20200710/__next.blog.$c$slug.__PAGE__.txt': 'page segment',
  '_not-found/__next._not-found.txt': 'segment',
  'tags/社区活动/index.txt': 'flight data of a tag',
};

// Everything else an export holds, public/'s own .txt files among them.
const siteFiles = {
  'index.html': '<html>',
  '404.html': '<html>',
  '_not-found/index.html': '<html>',
  'blog/sofa-weekly-20200710/index.html': '<html>',
  'blog/sofa-meetup-hangzhou/cover.svg': '<svg/>',
  'tags/社区活动/index.html': '<html>',
  'tags/社区活动/feed.xml': '<rss/>',
  'page/1/index.html': '<meta http-equiv="refresh">',
  'events/calendar.ics': 'BEGIN:VCALENDAR',
  'feed.xml': '<rss/>',
  'sitemap.xml': '<urlset/>',
  'robots.txt': 'User-agent: *',
  '_next/static/chunks/polyfills.js': '',
  'pagefind/pagefind.js': '',
  'notes/index.txt': 'a file of public/ that happens to share the name',
  '__next.verification.txt': 'another file of public/',
  'keybase.txt': 'a file of public/',
};

describe('pruning navigation files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'prune-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it("deletes exactly Next.js's index.txt and __next.*.txt files, and says how many and how large", () => {
    const outDir = path.join(root, 'out');
    const publicDir = path.join(root, 'public');
    writeFiles(outDir, { ...navigationFiles, ...siteFiles });
    writeFiles(publicDir, { 'notes/index.txt': 'x', '__next.verification.txt': 'x', 'keybase.txt': 'x' });

    const pruned = pruneNavigationFiles(outDir, publicDir);

    assert.deepEqual(filesOf(outDir), Object.keys(siteFiles).sort());
    assert.equal(pruned.files, Object.keys(navigationFiles).length);
    assert.equal(pruned.bytes, Object.values(navigationFiles).reduce((sum, text) => sum + Buffer.byteLength(text), 0));
  });

  it('finds nothing to delete in an export already pruned', () => {
    assert.deepEqual(pruneNavigationFiles(path.join(root, 'out'), path.join(root, 'public')), { files: 0, bytes: 0 });
  });
});
