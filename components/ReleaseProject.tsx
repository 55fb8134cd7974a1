import type { Language } from '@/site.config';
import type { ReleaseProject as Project } from '@/lib/hubs/releases';
import { labelsFor } from '@/lib/model/labels';
import { releaseFeedUrl, releaseProjectUrl } from '@/lib/urls';
import { ReleaseTimeline } from './ReleaseTimeline';
import styles from './ReleaseProject.module.css';

/** One project on /releases/: its name as the section's heading, small links to its own page and feed, then its releases. */
export function ReleaseProject({ project, lang }: { project: Project; lang: Language }) {
  const labels = labelsFor(lang);
  const headingId = `project-${project.segment}`;
  return (
    <section className={styles.project} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.name}>
          {project.name}
        </h2>
        <p className={styles.links}>
          <a href={releaseProjectUrl(project.segment, lang)} aria-label={labels.releaseAllOf(project.name)}>
            {labels.releaseAll}
          </a>
          <a href={releaseFeedUrl(project.segment, lang)} aria-label={labels.releaseFeed(project.name)}>
            RSS
          </a>
        </p>
      </div>
      <ReleaseTimeline releases={project.releases} headingLevel={3} />
    </section>
  );
}
