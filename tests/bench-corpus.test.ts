import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postSource, usesComponents } from '@/scripts/bench/post-source';

// npm run bench builds up to 10,000 generated posts: check must accept them all, and it refuses two
// posts that describe one release or one question differently (lib/hubs/conflicts.ts).
describe('the bench corpus', () => {
  it('gives each post with components a release and a question of its own, at 10,000 posts', () => {
    const releases = new Set<string>();
    const questions = new Set<string>();
    let withComponents = 0;
    for (let index = 0; index < 10_000; index++) {
      if (!usesComponents(index)) continue;
      withComponents += 1;
      const source = postSource(index, 'sofa-weekly-bench');
      const release = /<ReleaseNote project="([^"]+)" version="([^"]+)"/.exec(source);
      const question = /<QA asker="([^"]+)" question="([^"]+)"/.exec(source);
      assert.ok(release && question, `post ${index} has its components`);
      releases.add(`${release[1]} ${release[2]}`);
      questions.add(`${question[1]} ${question[2]}`);
    }
    assert.equal(withComponents, 500);
    assert.equal(releases.size, withComponents);
    assert.equal(questions.size, withComponents);
  });
});
