// Imported first by tests that query the fixture site: site.config.ts and the content
// queries read these variables when they are first evaluated.
import path from 'node:path';

process.env.CONTENT_DIR = path.resolve('tests/fixtures/site');
process.env.POSTS_PER_PAGE = '2';
