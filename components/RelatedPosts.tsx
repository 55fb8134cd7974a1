import { siteConfig, type Language } from '@/site.config';
import { formatDay, machineDateTime } from '@/lib/model/dates';
import type { Post } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { postUrl } from '@/lib/urls';
import styles from './RelatedPosts.module.css';

/** Posts that share tags with this one, as lib/site-index/related-posts.ts ranks them. */
export function RelatedPosts({ posts, lang }: { posts: Post[]; lang: Language }) {
  if (posts.length === 0) return null;
  const labels = labelsFor(lang);
  return (
    <section className={styles.related} aria-labelledby="related-posts">
      <h2 id="related-posts" className={styles.heading}>
        {labels.relatedPosts}
      </h2>
      <ul className={styles.list}>
        {posts.map((post) => (
          <li key={post.file}>
            <a href={postUrl(post)}>{post.title}</a>{' '}
            <time className={styles.date} dateTime={machineDateTime(post.date)}>
              {formatDay(post.date, siteConfig.timeZone)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
