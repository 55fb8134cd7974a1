import { siteConfig } from '@/site.config';
import { getReleaseProject, getReleaseProjects } from '@/lib/site-index/hubs';
import { releaseFeedXml } from '@/lib/outputs/release-feed';
import { atLeastOneParam, decodeRouteParam, placeholderSegment } from '@/lib/urls';

// /releases/<project>/feed.xml: written once into the export as a static file.
const lang = siteConfig.defaultLanguage;

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOneParam(getReleaseProjects(lang).map((project) => ({ project: project.segment })), { project: placeholderSegment });
}

export async function GET(_request: Request, { params }: { params: Promise<{ project: string }> }) {
  const project = getReleaseProject(lang, decodeRouteParam((await params).project));
  if (!project) return new Response('Not found', { status: 404 });
  return new Response(releaseFeedXml(project), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
