import { siteConfig } from '@/site.config';
import { formatDay } from '@/lib/model/dates';
import type { PostListing } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { termUrl } from '@/lib/urls';
import styles from './PostMeta.module.css';

/** Date, author, categories and tags of a post, as a post page and a list entry show them; a post page adds the reading time. */
export function PostMeta({ listing, showReadingTime = false }: { listing: PostListing; showReadingTime?: boolean }) {
  const { post, tags, categories } = listing;
  const labels = labelsFor(post.lang);
  const isFuture = post.date.getTime() > Date.now();
  return (
    // The search index takes the date and tags from here as result data, not as searchable text.
    <div className={styles.meta} data-pagefind-ignore="">
      {post.isDraft && <span className={styles.badge}>{labels.draft}</span>}
      {!post.isDraft && isFuture && <span className={styles.badge}>{labels.scheduled}</span>}
      <time dateTime={post.date.toISOString()} data-pagefind-meta="date">{formatDay(post.date, siteConfig.timeZone)}</time>
      {showReadingTime && (
        <span>
          <span className="visually-hidden">{labels.readingTimeLabel} </span>
          {labels.readingTime(post.readingMinutes)}
        </span>
      )}
      {post.author && (
        <span>
          <span className="visually-hidden">{labels.by} </span>
          {post.authorlink ? <a href={post.authorlink}>{post.author}</a> : post.author}
        </span>
      )}
      {categories.length > 0 && (
        <ul className={styles.terms} aria-label={labels.categories}>
          {categories.map((term) => (
            <li key={term.segment}>
              <a href={termUrl(term, post.lang)}>{term.name}</a>
            </li>
          ))}
        </ul>
      )}
      {tags.length > 0 && (
        <ul className={styles.terms} aria-label={labels.tags}>
          {tags.map((term) => (
            <li key={term.segment}>
              <a className={styles.tag} href={termUrl(term, post.lang)} data-pagefind-filter="tag">
                {term.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
