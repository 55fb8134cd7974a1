import { siteConfig } from '@/site.config';
import { formatDay, machineDateTime } from '@/lib/model/dates';
import { foldName } from '@/lib/model/names';
import type { PostListing } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { termUrl } from '@/lib/urls';
import styles from './PostMeta.module.css';

/**
 * The line under a post's title, as a post page and a list entry show it: date · author (· reading
 * time on a post page), then its categories and tags as chips. A tag named like one of the post's
 * categories ("SOFA Weekly" twice, as Hugo posts often have it) shows once, as the category.
 * Only a post's own page is in the search index (data-pagefind-body), so only there does the line
 * carry the index's markers; on a list they would be bytes Pagefind never reads.
 */
export function PostMeta({ listing, onPostPage = false }: { listing: PostListing; onPostPage?: boolean }) {
  const { post, categories } = listing;
  const labels = labelsFor(post.lang);
  const isFuture = post.date.getTime() > Date.now();
  const categoryNames = new Set(categories.map((term) => foldName(term.name)));
  const tags = listing.tags.filter((term) => !categoryNames.has(foldName(term.name)));
  const tagNames = new Set(listing.tags.map((term) => foldName(term.name)));
  const tagFilter = onPostPage ? 'tag' : undefined;
  return (
    // The search index takes the date and tags from here as result data, not as searchable text.
    <div className={styles.meta} data-pagefind-ignore={onPostPage ? '' : undefined}>
      <p className={styles.facts}>
        {post.isDraft && <span className={styles.badge}>{labels.draft}</span>}
        {!post.isDraft && isFuture && <span className={styles.badge}>{labels.scheduled}</span>}
        <time dateTime={machineDateTime(post.date)} data-pagefind-meta={onPostPage ? 'date' : undefined}>
          {formatDay(post.date, siteConfig.timeZone)}
        </time>
        {post.author && (
          <span>
            <span className="visually-hidden">{labels.by} </span>
            {post.authorlink ? (
              <a className={styles.author} href={post.authorlink}>
                {post.author}
              </a>
            ) : (
              <span className={styles.author}>{post.author}</span>
            )}
          </span>
        )}
        {onPostPage && (
          <span>
            <span className="visually-hidden">{labels.readingTimeLabel} </span>
            {labels.readingTime(post.readingMinutes)}
          </span>
        )}
      </p>
      {categories.length > 0 && (
        <ul className={styles.terms} aria-label={labels.categories}>
          {categories.map((term) => (
            <li key={term.segment}>
              {/* The tag it stands for still reaches the search index's tag filter. */}
              <a className={styles.category} href={termUrl(term, post.lang)} data-pagefind-filter={tagNames.has(foldName(term.name)) ? tagFilter : undefined}>
                {term.name}
              </a>
            </li>
          ))}
        </ul>
      )}
      {tags.length > 0 && (
        <ul className={styles.terms} aria-label={labels.tags}>
          {tags.map((term) => (
            <li key={term.segment}>
              <a className={styles.tag} href={termUrl(term, post.lang)} data-pagefind-filter={tagFilter}>
                {term.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
