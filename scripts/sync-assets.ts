// Copies page-bundle files to public/ so that `npm run dev` serves them (npm run build does it too).
import { copyBundleAssets } from '@/lib/content/bundle-assets';
import { loadPosts } from '@/lib/content/load-posts';

const count = copyBundleAssets(loadPosts().posts);
console.log(`assets: copied the files of ${count} page bundle${count === 1 ? '' : 's'} to public/`);
