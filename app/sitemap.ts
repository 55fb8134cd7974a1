import type { MetadataRoute } from 'next';
import { siteConfig, type Language } from '@/site.config';
import { sitemapEntries } from '@/lib/outputs/sitemap';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return (Object.keys(siteConfig.languages) as Language[]).flatMap(sitemapEntries);
}
