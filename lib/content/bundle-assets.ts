import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/site.config';
import type { Post } from './post';

/**
 * Copies each page bundle's files (content/zh/<slug>/cover.png) to public/blog/<slug>/, so that
 * `next dev` serves them and the export puts them beside the post's index.html.
 * public/blog/ is generated: it is emptied first and ignored by git.
 */
export function copyBundleAssets(posts: Post[], publicDir = 'public'): number {
  rmSync(path.join(publicDir, 'blog'), { recursive: true, force: true });
  for (const lang of Object.keys(siteConfig.languages)) {
    if (lang !== siteConfig.defaultLanguage) rmSync(path.join(publicDir, lang, 'blog'), { recursive: true, force: true });
  }
  const bundles = posts.filter((post) => post.bundleDir !== null);
  for (const post of bundles) {
    const prefix = post.lang === siteConfig.defaultLanguage ? [] : [post.lang];
    cpSync(post.bundleDir!, path.join(publicDir, ...prefix, 'blog', ...post.slug), {
      recursive: true,
      filter: (source) => !/[/\\]index\.mdx?$/.test(source),
    });
  }
  return bundles.length;
}
