// `next dev` only (next.config.js): a page-bundle file, read straight from content/ by the rules the
// export copies it by (lib/content/bundle-assets.ts), drafts' files too. The production build has no
// such route: `.dev.ts` is a page extension in `next dev` alone.
import path from 'node:path';
import { publishedAssetTypes } from '@/lib/content/asset-files';
import { devBundleFile } from '@/lib/site-index/store';
import { decodeRouteParam } from '@/lib/urls';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const sitePath = (await params).path.map(decodeRouteParam).join('/');
  const bytes = devBundleFile(sitePath);
  const type = publishedAssetTypes[path.extname(sitePath).toLowerCase()];
  if (!bytes || !type) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
