import type { Metadata } from 'next';
import { siteConfig, type Language } from '@/site.config';
import type { Post } from '../model/post';
import { getTranslations, hasPosts } from '../site-index/queries';
import { absoluteUrl, feedUrl, postUrl, withBasePath } from '../urls';

/** Shown when a page shares no image of its own (a post without a cover, a list): public/og-image.png. */
export const defaultShareImage = { path: '/og-image.png', width: 1200, height: 630 };

/** A feed a page offers to feed readers. */
export interface FeedLink {
  title: string;
  url: string;
}

/** The site's feeds, which every page names for feed readers to discover. */
export function siteFeedLinks(lang: Language): Record<string, FeedLink[]> {
  const { title } = siteConfig.languages[lang];
  return {
    'application/rss+xml': [{ title: `${title} RSS`, url: absoluteUrl(feedUrl('rss', lang)) }],
    'application/atom+xml': [{ title: `${title} Atom`, url: absoluteUrl(feedUrl('atom', lang)) }],
    'application/feed+json': [{ title: `${title} JSON Feed`, url: absoluteUrl(feedUrl('json', lang)) }],
  };
}

export interface PageMetadataInput {
  lang: Language;
  /** The page's own title; the layout adds the site's name. Without it (the home page) the title is the site's. */
  title?: string;
  description?: string;
  /** The page's URL as lib/urls.ts writes it: its canonical URL. */
  url: string;
  /** An image to share the page with, as a site path or a remote URL; the site's default otherwise. */
  image?: string;
  /** An RSS feed of this page's own (a tag's), offered before the site's. */
  feed?: FeedLink;
  /** A post: its date, author and tags, for OpenGraph's article type. */
  article?: { publishedTime: Date; modifiedTime?: Date; author?: string; tags: string[] };
  /** The page in each language it is written in, itself included, by hreflang (see translationLinks). */
  translations?: Record<string, string>;
  /** False for pages search engines should not list: those that only redirect, and search results. */
  isIndexable?: boolean;
}

/**
 * The head of every page in one shape: title, description, canonical URL, feed links,
 * OpenGraph and Twitter card. A page's `alternates` and `openGraph` replace the layout's whole,
 * so each page gets all of them from here.
 */
export function pageMetadata({ lang, title, description, url, image, feed, article, translations, isIndexable = true }: PageMetadataInput): Metadata {
  const canonical = absoluteUrl(url);
  const site = siteConfig.languages[lang];
  const shareTitle = title ?? site.title;
  const shareDescription = description ?? site.description;
  const images = image
    ? [{ url: absoluteUrl(image) }]
    : [{ url: absoluteUrl(withBasePath(defaultShareImage.path)), width: defaultShareImage.width, height: defaultShareImage.height }];
  const feeds = siteFeedLinks(lang);
  if (feed) feeds['application/rss+xml'] = [feed, ...(feeds['application/rss+xml'] ?? [])];
  return {
    ...(title !== undefined && { title }),
    description: shareDescription,
    alternates: { canonical, types: feeds, ...(translations && { languages: translations }) },
    openGraph: {
      siteName: site.title,
      locale: siteConfig.languages[lang].locale.replace('-', '_'),
      url: canonical,
      title: shareTitle,
      description: shareDescription,
      images,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime.toISOString(),
            ...(article.modifiedTime && { modifiedTime: article.modifiedTime.toISOString() }),
            authors: article.author ? [article.author] : undefined,
            tags: article.tags,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: shareTitle, description: shareDescription, images: images.map((entry) => entry.url) },
    // A language without posts is linked from nowhere and left out of the sitemap; its pages are not for search engines either.
    ...(!(isIndexable && hasPosts(lang)) && { robots: { index: false } }),
  };
}

/**
 * A post's translations for <link rel="alternate" hreflang>, itself included as search engines ask,
 * by hreflang; undefined when it has none.
 */
export function translationLinks(post: Post): Record<string, string> | undefined {
  const translations = getTranslations(post);
  if (translations.size === 0) return undefined;
  const links: Record<string, string> = { [siteConfig.languages[post.lang].htmlLang]: absoluteUrl(postUrl(post)) };
  for (const [lang, translation] of translations) links[siteConfig.languages[lang].htmlLang] = absoluteUrl(postUrl(translation));
  return links;
}
