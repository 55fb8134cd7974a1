import { siteConfig } from '@/site.config';
import { formatDay, machineDateTime } from '@/lib/model/dates';
import type { ReleaseEntry } from '@/lib/hubs/releases';
import { ComponentChildrenMarkdown } from './ComponentChildrenMarkdown';
import { PostSources } from './PostSources';
import { ReleaseNote, versionLabel } from './mdx/ReleaseNote';
import styles from './ReleaseTimeline.module.css';

interface ReleaseTimelineProps {
  releases: ReleaseEntry[];
  /** The level of each release's heading: one below the heading (the project's) the timeline sits under. */
  headingLevel: 2 | 3;
}

/**
 * One project's releases newest first, each as its weekly showed it, headed once by its version and
 * date (the project is the heading above), with the weeklies that announced it.
 */
export function ReleaseTimeline({ releases, headingLevel }: ReleaseTimelineProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className={styles.timeline}>
      {releases.map((release) => (
        <li key={release.id} id={release.id} className={styles.release}>
          <ReleaseNote
            lang={release.post.lang}
            project={release.project}
            version={release.version}
            url={release.url}
            thanks={release.thanks.join(', ') || undefined}
            recommended={release.isRecommended}
            heading={
              <Heading className={styles.heading}>
                <span className={styles.version}>{versionLabel(release.version)}</span>{' '}
                <time className={styles.date} dateTime={machineDateTime(release.date)}>
                  {formatDay(release.date, siteConfig.timeZone)}
                </time>
              </Heading>
            }
          >
            <ComponentChildrenMarkdown post={release.post} component="ReleaseNote" line={release.line} written={release.changes} />
          </ReleaseNote>
          <PostSources posts={release.posts} />
        </li>
      ))}
    </ol>
  );
}
