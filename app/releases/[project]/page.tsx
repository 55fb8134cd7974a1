import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { ReleaseTimeline } from '@/components/ReleaseTimeline';
import { getReleaseProject, getReleaseProjects } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { absoluteUrl, atLeastOneParam, decodeRouteParam, placeholderSegment, releaseFeedUrl, releaseProjectUrl } from '@/lib/urls';

// /releases/<project>/: one project's releases, newest first, and the link to their feed.
const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);
type Params = Promise<{ project: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOneParam(getReleaseProjects(lang).map((project) => ({ project: project.segment })), { project: placeholderSegment });
}

async function findProject(params: Params) {
  return getReleaseProject(lang, decodeRouteParam((await params).project)) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const project = await findProject(params);
  return pageMetadata({
    lang,
    title: labels.releasesOf(project.name),
    description: labels.releasesOfDescription(project.name),
    url: releaseProjectUrl(project.segment, lang),
    feed: { url: absoluteUrl(releaseFeedUrl(project.segment, lang)), title: labels.releasesOf(project.name) },
  });
}

export default async function ReleaseProjectPage({ params }: { params: Params }) {
  const project = await findProject(params);
  return (
    <div className="page">
      <h1 className="page-title">{labels.releasesOf(project.name)}</h1>
      <p>
        <a href={releaseFeedUrl(project.segment, lang)}>{labels.releaseFeed(project.name)}</a>
      </p>
      <ReleaseTimeline releases={project.releases} headingLevel={2} />
    </div>
  );
}
