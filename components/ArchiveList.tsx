import { siteConfig, type Language } from '@/site.config';
import type { ArchiveYear } from '@/lib/site-index/archives';
import { formatDay, machineDateTime } from '@/lib/model/dates';
import { labelsFor } from '@/lib/model/labels';
import { postUrl } from '@/lib/urls';
import styles from './ArchiveList.module.css';

/** Every post by year: a heading with the year's count, then each post's date and title. */
export function ArchiveList({ years, lang }: { years: ArchiveYear[]; lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <div className={styles.archives}>
      {years.map(({ year, listings }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className={styles.year}>
            {year}{' '}
            <span className={styles.count}>{labels.postCount(listings.length)}</span>
          </h2>
          <ol className={styles.posts}>
            {listings.map(({ post }) => (
              <li key={post.file} className={styles.entry}>
                <time className={styles.date} dateTime={machineDateTime(post.date)}>
                  {formatDay(post.date, siteConfig.timeZone)}
                </time>
                <a href={postUrl(post)}>{post.title}</a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
