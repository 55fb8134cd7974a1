import { siteConfig, type Language } from '@/site.config';
import { termKinds, type Post } from '../model/post';
import { getSections, getTerms } from '../site-index/queries';
import { absoluteUrl, firstPageUrl, homeUrl, postUrl, sectionUrl, termUrl } from '../urls';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A page that sends the reader on to `to` (a URL with the base path) at once. Static hosts cannot
 * redirect, so this is what Hugo writes too: a meta refresh, the target as canonical URL, kept out
 * of search indexes, and a plain link.
 */
export function redirectPageHtml(lang: Language, to: string, title: string): string {
  const href = escapeHtml(to);
  return `<!DOCTYPE html>
<html lang="${siteConfig.languages[lang].htmlLang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(absoluteUrl(to))}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p><a href="${href}">${escapeHtml(title)}</a></p>
</body>
</html>
`;
}

/** The page written at each of a post's old paths (`aliases:`). */
export function aliasPageHtml(post: Post): string {
  return redirectPageHtml(post.lang, postUrl(post), post.title);
}

/** Each paginated list's /page/1/ (a URL with the base path) and the list it leads to: the home page, each section, tag and category. */
export function firstPageRedirects(lang: Language): { from: string; to: string }[] {
  const lists = [
    homeUrl(lang),
    ...getSections(lang).map((section) => sectionUrl(section.name, lang)),
    ...termKinds.flatMap((kind) => getTerms(lang, kind).map((term) => termUrl(term, lang))),
  ];
  return lists.map((to) => ({ from: firstPageUrl(to), to }));
}
