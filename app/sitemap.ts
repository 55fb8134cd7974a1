import type { MetadataRoute } from 'next';
import { siteConfig } from '@/site.config';
import { sitemapEntries } from '@/lib/outputs/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(siteConfig.defaultLanguage);
}
