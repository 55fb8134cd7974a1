import type { Language } from '@/site.config';
import type { AdjacentPosts } from '@/lib/site-index/related-posts';
import { labelsFor } from '@/lib/model/labels';
import { postUrl } from '@/lib/urls';
import styles from './PostNavigation.module.css';

/** Links to the older and the newer post, by date. */
export function PostNavigation({ adjacent, lang }: { adjacent: AdjacentPosts; lang: Language }) {
  const { previous, next } = adjacent;
  if (!previous && !next) return null;
  const labels = labelsFor(lang);
  return (
    <nav className={styles.navigation} aria-label={labels.postNavigation}>
      {previous && (
        <a className={styles.previous} href={postUrl(previous)} rel="prev">
          <span className={styles.direction}>← {labels.previousPost}</span>
          <span className={styles.title}>{previous.title}</span>
        </a>
      )}
      {next && (
        <a className={styles.next} href={postUrl(next)} rel="next">
          <span className={styles.direction}>{labels.nextPost} →</span>
          <span className={styles.title}>{next.title}</span>
        </a>
      )}
    </nav>
  );
}
