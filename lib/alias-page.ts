import { siteConfig } from '@/site.config';
import type { Post } from './content/post';
import { absoluteUrl, postUrl } from './urls';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page written at each of a post's old paths (`aliases:`): static hosts cannot redirect,
 * so, as Hugo does, it refreshes to the post at once and names it as the canonical URL.
 */
export function aliasPageHtml(post: Post): string {
  const href = escapeHtml(postUrl(post));
  const title = escapeHtml(post.title);
  return `<!DOCTYPE html>
<html lang="${siteConfig.languages[post.lang].htmlLang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="canonical" href="${escapeHtml(absoluteUrl(postUrl(post)))}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p><a href="${href}">${title}</a></p>
</body>
</html>
`;
}
