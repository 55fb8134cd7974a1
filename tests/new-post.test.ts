import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadPosts } from '@/lib/content/load-posts';

function runNew(contentDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-post.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function postsIn(contentDir: string) {
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = contentDir;
  try {
    return loadPosts();
  } finally {
    if (saved === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = saved;
  }
}

describe('npm run new', () => {
  it('writes a post into the blog section that passes the check, with every component, and prints its path and URL', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    const { status, output } = runNew(root, ['SOFA Weekly | 本周 MOSN 发布', '--tags', 'SOFA Weekly, MOSN']);
    assert.equal(status, 0, output);
    const file = path.join(root, 'zh', 'blog', 'sofa-weekly-本周-mosn-发布.mdx');
    assert.match(output, /wrote .*zh\/blog\/sofa-weekly-本周-mosn-发布\.mdx/);
    assert.match(output, /its URL: https?:\/\/[^/]+\/blog\/sofa-weekly-本周-mosn-发布\//);
    const source = readFileSync(file, 'utf8');
    for (const component of ['<QA ', '<ReleaseNote ', '<EventCard ']) assert.ok(source.includes(component), component);
    assert.match(source, /^date: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/m);

    const { posts, errors } = postsIn(root);
    assert.deepEqual(errors.map((error) => error.message), []);
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.title, 'SOFA Weekly | 本周 MOSN 发布');
    assert.deepEqual(posts[0]!.tags, ['SOFA Weekly', 'MOSN']);
    assert.equal(posts[0]!.author, 'SOFA 团队');
  });

  it('writes a draft, and says to remove draft: true to publish it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    const { status, output } = runNew(root, ['Draft', '--slug', 'draft']);
    assert.equal(status, 0, output);
    assert.match(readFileSync(path.join(root, 'zh', 'blog', 'draft.mdx'), 'utf8'), /^draft: true$/m);
    assert.match(output, /remove the line draft: true/);
    assert.equal(postsIn(root).posts[0]!.isDraft, true);
  });

  it('writes into the section given with --section, with its URL', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    const { status, output } = runNew(root, ['Meetup', '--section', 'activities', '--slug', 'meetup-hangzhou']);
    assert.equal(status, 0, output);
    assert.ok(existsSync(path.join(root, 'zh', 'activities', 'meetup-hangzhou.mdx')));
    assert.match(output, /its URL: https?:\/\/[^/]+\/activities\/meetup-hangzhou\/\n/);
  });

  it('writes a page bundle with --bundle and --slug', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    const { status, output } = runNew(root, ['Meetup 回顾', '--bundle', '--slug', 'meetup-review']);
    assert.equal(status, 0, output);
    assert.ok(existsSync(path.join(root, 'zh', 'blog', 'meetup-review', 'index.mdx')));
    assert.match(output, /\/blog\/meetup-review\//);
  });

  it('never overwrites a post with the same URL, as a file or as a bundle', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    assert.equal(runNew(root, ['First', '--slug', 'taken']).status, 0);
    const file = path.join(root, 'zh', 'blog', 'taken.mdx');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nedited by hand\n');
    const edited = readFileSync(file, 'utf8');

    for (const args of [['Second', '--slug', 'taken'], ['Third', '--slug', 'taken', '--bundle']]) {
      const { status, output } = runNew(root, args);
      assert.equal(status, 1);
      assert.match(output, /a post with the URL https?:\/\/[^/]+\/blog\/taken\/ exists already .*nothing was written/);
    }
    assert.equal(readFileSync(file, 'utf8'), edited);
    assert.equal(existsSync(path.join(root, 'zh', 'blog', 'taken')), false);
  });

  it('never writes a second post at a URL another file takes with its slug:, and allows the same slug in another section', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    assert.equal(runNew(root, ['First', '--slug', 'first']).status, 0);
    const first = path.join(root, 'zh', 'blog', 'first.mdx');
    writeFileSync(first, readFileSync(first, 'utf8').replace('draft: true', 'draft: true\nslug: taken'));

    const { status, output } = runNew(root, ['Second', '--slug', 'taken']);
    assert.equal(status, 1, output);
    assert.match(output, /a post with the URL https?:\/\/[^/]+\/blog\/taken\/ exists already \(.*first\.mdx\)/);
    assert.equal(runNew(root, ['Elsewhere', '--slug', 'taken', '--section', 'activities']).status, 0);
  });

  for (const section of ['', 'a/b', '../zh', 'two words']) {
    it(`refuses the section name ${JSON.stringify(section)} and writes nothing`, () => {
      const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
      const { status, output } = runNew(root, ['Hello', '--section', section]);
      assert.equal(status, 1, output);
      assert.match(output, /is not a section name; use letters, digits, - and _ only/);
      assert.deepEqual(readdirSync(root), []);
    });
  }

  for (const section of ['tags', 'Search', 'en', 'page']) {
    it(`refuses the section name ${section}, whose URL the site's own pages take`, () => {
      const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
      const { status, output } = runNew(root, ['Hello', '--section', section]);
      assert.equal(status, 1, output);
      assert.match(output, /would be served where the site has its own pages/);
      assert.deepEqual(readdirSync(root), []);
    });
  }

  it('writes an English post under content/en/, served under /en/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'new-post-'));
    const { status, output } = runNew(root, ['Hello World', '--lang', 'en']);
    assert.equal(status, 0, output);
    assert.ok(existsSync(path.join(root, 'en', 'blog', 'hello-world.mdx')));
    assert.match(output, /\/en\/blog\/hello-world\//);
  });

  it('refuses a language the site does not have', () => {
    const { status, output } = runNew(mkdtempSync(path.join(tmpdir(), 'new-post-')), ['Hello', '--lang', 'fr']);
    assert.equal(status, 1);
    assert.match(output, /unknown language "fr"/);
  });
});
