import { siteConfig } from '@/site.config';
import { formatDay, machineDateTime } from '@/lib/model/dates';
import type { Post } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { postUrl } from '@/lib/urls';
import styles from './PostSources.module.css';

/** The weeklies a hub entry came from, each linked, with its date: "出自周报：SOFA Weekly | … (2020-07-10)". */
export function PostSources({ posts, fragment }: { posts: Post[]; fragment?: string }) {
  const labels = labelsFor(posts[0]!.lang);
  return (
    <p className={styles.sources}>
      {labels.announcedIn}
      {posts.map((post, index) => (
        <span key={post.file}>
          {index > 0 && '、'}
          <a href={`${postUrl(post)}${fragment ? `#${fragment}` : ''}`}>{post.title}</a>{' '}
          <time dateTime={machineDateTime(post.date)}>({formatDay(post.date, siteConfig.timeZone)})</time>
        </span>
      ))}
    </p>
  );
}
