import { coverSize } from '@/lib/model/post';
import type { PostListing } from '@/lib/site-index/queries';
import { coverUrl, postUrl } from '@/lib/urls';
import { PostMeta } from './PostMeta';
import styles from './PostList.module.css';

/** Posts as a list page shows them: title, date, author, tags, cover and summary; never the body. */
export function PostList({ listings }: { listings: PostListing[] }) {
  return (
    <ol className={styles.list}>
      {listings.map((listing) => {
        const { post } = listing;
        const cover = coverUrl(post);
        const size = coverSize(post);
        return (
          <li key={post.file} className={styles.entry}>
            <article className={cover ? styles.withCover : undefined}>
              <h2 className={styles.title}>
                <a href={postUrl(post)}>{post.title}</a>
              </h2>
              <PostMeta listing={listing} />
              {cover && (
                // Decorative: the title beside it says what it shows. Remote covers' hosts refuse a referrer.
                <img
                  className={styles.cover}
                  src={cover}
                  alt=""
                  width={size?.width}
                  height={size?.height}
                  loading="lazy"
                  decoding="async"
                  referrerPolicy="no-referrer"
                />
              )}
              {post.summary && <p className={styles.summary}>{post.summary}</p>}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
