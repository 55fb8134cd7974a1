import { seoTests } from './seo-tests';

// The export built with BASE_PATH=/weekly: the sitemap, canonical and share URLs carry the base path.
seoTests('/weekly', '.e2e/sub-path/weekly');
