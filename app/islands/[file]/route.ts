import { islandFiles } from '@/lib/outputs/islands';

// The islands' files (lib/outputs/islands.ts): bundled on request in `next dev`, written into the export by `next build`.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ file: string }[]> {
  return (await islandFiles()).map((island) => ({ file: island.fileName }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const island = (await islandFiles()).find((candidate) => candidate.fileName === file);
  if (!island) return new Response('Not found', { status: 404 });
  return new Response(island.code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
