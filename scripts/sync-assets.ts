// Copies the files of each page bundle (content/zh/<slug>/cover.png) to public/blog/<slug>/,
// so that `next dev` serves them and the export puts them beside the post's index.html.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadPosts } from '@/lib/content/load-posts';
import { postUrl, basePath } from '@/lib/urls';

const publicBlog = path.resolve('public/blog');
rmSync(publicBlog, { recursive: true, force: true });
let copied = 0;
for (const post of loadPosts().posts) {
  if (!post.bundleDir) continue;
  const urlPath = decodeURIComponent(postUrl(post).slice(basePath.length));
  cpSync(post.bundleDir, path.join('public', urlPath), {
    recursive: true,
    filter: (source) => !/\/index\.mdx?$/.test(source),
  });
  copied += 1;
}
console.log(`assets: copied ${copied} page bundle${copied === 1 ? '' : 's'} to public/blog/`);
