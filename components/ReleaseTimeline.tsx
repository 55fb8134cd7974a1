import { siteConfig } from '@/site.config';
import { formatDay } from '@/lib/model/dates';
import type { ReleaseEntry } from '@/lib/hubs/releases';
import { labelsFor } from '@/lib/model/labels';
import { ComponentChildrenMarkdown } from './ComponentChildrenMarkdown';
import { PostSources } from './PostSources';
import { ReleaseNote } from './mdx/ReleaseNote';
import styles from './ReleaseTimeline.module.css';

interface ReleaseTimelineProps {
  releases: ReleaseEntry[];
  /** The level of each release's heading: one below the heading the timeline sits under. */
  headingLevel: 2 | 3;
}

/** Releases newest first, each as its weekly showed it, with its date and the weeklies that announced it. */
export function ReleaseTimeline({ releases, headingLevel }: ReleaseTimelineProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className={styles.timeline}>
      {releases.map((release) => {
        const labels = labelsFor(release.post.lang);
        return (
          <li key={release.id} id={release.id} className={styles.release}>
            <Heading className={styles.heading}>
              {labels.releaseHeading(release.project, release.version)}{' '}
              <time className={styles.date} dateTime={release.date.toISOString()}>
                {formatDay(release.date, siteConfig.timeZone)}
              </time>
            </Heading>
            <ReleaseNote
              lang={release.post.lang}
              project={release.project}
              version={release.version}
              url={release.url}
              thanks={release.thanks.join(', ') || undefined}
              recommended={release.isRecommended}
            >
              <ComponentChildrenMarkdown post={release.post} written={release.changes} />
            </ReleaseNote>
            <PostSources posts={release.posts} />
          </li>
        );
      })}
    </ol>
  );
}
