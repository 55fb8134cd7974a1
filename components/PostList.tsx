import type { PostListing } from '@/lib/site-index/queries';
import { postUrl } from '@/lib/urls';
import { PostMeta } from './PostMeta';
import styles from './PostList.module.css';

/** Posts as a list page shows them: title, date, author, tags and summary; never the body. */
export function PostList({ listings }: { listings: PostListing[] }) {
  return (
    <ol className={styles.list}>
      {listings.map((listing) => (
        <li key={listing.post.file} className={styles.entry}>
          <article>
            <h2 className={styles.title}>
              <a href={postUrl(listing.post)}>{listing.post.title}</a>
            </h2>
            <PostMeta listing={listing} />
            {listing.post.summary && <p className={styles.summary}>{listing.post.summary}</p>}
          </article>
        </li>
      ))}
    </ol>
  );
}
