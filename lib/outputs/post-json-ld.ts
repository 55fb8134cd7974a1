import type { BlogPosting, WithContext } from 'schema-dts';
import { siteConfig } from '@/site.config';
import { formatIsoInZone } from '../model/dates';
import type { PostListing } from '../site-index/queries';
import { defaultShareImage } from './page-metadata';
import { absoluteUrl, coverUrl, homeUrl, postUrl, withBasePath } from '../urls';

/** The image a post is shared with: its cover, else the site's default, as an absolute URL. */
export function postShareImage(listing: PostListing): string | undefined {
  const { post } = listing;
  const cover = coverUrl(post);
  return cover && absoluteUrl(cover);
}

/** schema.org's BlogPosting for a post page, the structured data search engines read. */
export function postJsonLd(listing: PostListing): WithContext<BlogPosting> {
  const { post, tags } = listing;
  const url = absoluteUrl(postUrl(post));
  const published = formatIsoInZone(post.date, siteConfig.timeZone);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description ?? post.summary,
    url,
    mainEntityOfPage: url,
    datePublished: published,
    // A lastmod before the date (a copy-paste slip) would say the post changed before it was out.
    dateModified: post.lastModified && post.lastModified > post.date ? formatIsoInZone(post.lastModified, siteConfig.timeZone) : published,
    inLanguage: siteConfig.languages[post.lang].htmlLang,
    image: postShareImage(listing) ?? absoluteUrl(withBasePath(defaultShareImage.path)),
    keywords: tags.map((tag) => tag.name),
    author: post.author
      ? { '@type': 'Person', name: post.author, ...(post.authorlink && { url: post.authorlink }) }
      : { '@type': 'Organization', name: siteConfig.languages[post.lang].title, url: absoluteUrl(homeUrl(post.lang)) },
    publisher: { '@type': 'Organization', name: siteConfig.languages[post.lang].title, url: absoluteUrl(homeUrl(post.lang)) },
  };
}
