import { seoTests } from './seo-tests';

// The sitemap, robots.txt and page heads of the export served at the root.
seoTests('', 'out');
