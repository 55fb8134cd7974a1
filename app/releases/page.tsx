import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { ReleaseTimeline } from '@/components/ReleaseTimeline';
import { getReleaseProjects } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { releaseFeedUrl, releaseProjectUrl, releasesUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

export const metadata: Metadata = pageMetadata({ lang, title: labels.releasesTitle, description: labels.releasesDescription, url: releasesUrl(lang) });

export default function ReleasesPage() {
  return (
    <div className="page">
      <h1 className="page-title">{labels.releasesTitle}</h1>
      <p>{labels.releasesDescription}</p>
      {getReleaseProjects(lang).map((project) => (
        <section key={project.segment} aria-labelledby={`project-${project.segment}`}>
          <h2 id={`project-${project.segment}`}>
            <a href={releaseProjectUrl(project.segment, lang)}>{project.name}</a>
          </h2>
          <p>
            <a href={releaseFeedUrl(project.segment, lang)}>{labels.releaseFeed(project.name)}</a>
          </p>
          <ReleaseTimeline releases={project.releases} headingLevel={3} />
        </section>
      ))}
    </div>
  );
}
