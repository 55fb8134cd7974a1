import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadPosts } from '@/lib/content/load-posts';

const post = (title: string) => `---
title: "${title}"
date: 2020-07-10T15:00:00+08:00
descripton: "misspelt on purpose"
tags: ["SOFA Weekly"]
---

<QA asker="甲" question="乙？">

![](/no-such-image.png)

</QA>
`;

/** What a load gives a reader of its result: posts as data, problems as messages. */
function summaryOf({ posts, errors, warnings }: ReturnType<typeof loadPosts>) {
  return { posts: JSON.stringify(posts), errors: errors.map((error) => error.message), warnings: warnings.map((warning) => warning.message) };
}

describe('posts parsed in an earlier run', () => {
  it('give the same posts, warnings and errors as a first parse, and a changed file is parsed again', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'parse-cache-'));
    mkdirSync(path.join(root, 'zh', 'blog'), { recursive: true });
    const file = path.join(root, 'zh', 'blog', 'cached.mdx');
    writeFileSync(file, post('第一版'));
    const first = loadPosts(root);
    const second = loadPosts(root);
    assert.deepEqual(summaryOf(second), summaryOf(first));
    assert.ok(second.errors[0]?.message.includes('the image /no-such-image.png does not exist'));

    writeFileSync(file, post('第二版').replace('![](/no-such-image.png)', '答案。'));
    const changed = loadPosts(root);
    assert.deepEqual(summaryOf(loadPosts(root)), summaryOf(changed));
    assert.deepEqual(changed.errors, []);
    assert.match(changed.warnings.map((warning) => warning.message).join('\n'), /cached\.mdx:4:1  warning  unknown front matter key "descripton"; did you mean description\?/);
    assert.equal(changed.posts[0]!.title, '第二版');
    assert.ok(changed.posts[0]!.date instanceof Date);
    assert.equal(changed.posts[0]!.date.toISOString(), '2020-07-10T07:00:00.000Z');
    assert.deepEqual(changed.posts[0]!.components.map((use) => use.name), ['QA']);
  });
});
