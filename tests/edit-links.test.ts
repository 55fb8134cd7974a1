import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { siteConfig } from '../site.config';
import { postEditUrl } from '../lib/urls';

describe('a post\'s "edit this post" link', () => {
  it('leads to its file in the repository, a Chinese name percent-encoded', () => {
    assert.equal(postEditUrl({ file: 'content/zh/blog/社区周报.mdx' }), `${siteConfig.editUrl}content/zh/blog/%E7%A4%BE%E5%8C%BA%E5%91%A8%E6%8A%A5.mdx`);
  });

  it('is left out for a file outside the project\'s folder (CONTENT_DIR elsewhere), where no path of the repository leads', () => {
    for (const file of ['../../tmp/site/content/zh/blog/a.mdx', '/srv/content/zh/blog/a.mdx', 'C:\\content\\zh\\blog\\a.mdx']) {
      assert.equal(postEditUrl({ file }), undefined, file);
    }
  });
});
