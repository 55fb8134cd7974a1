// Copies page-bundle files to public/ so that `npm run dev` serves them (npm run build does it too,
// for published posts only); drafts and future posts are copied here because `next dev` shows them.
import { copyBundleAssets } from '@/lib/content/bundle-assets';
import { loadPosts } from '@/lib/content/load-posts';

const count = copyBundleAssets(loadPosts().posts, { includeUnpublished: true });
console.log(`assets: copied the files of ${count} page bundle${count === 1 ? '' : 's'} to public/`);
