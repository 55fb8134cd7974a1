import type { ReactNode } from 'react';
import type { PostListing } from '@/lib/content/queries';
import { postAssetBase, resolvePostUrl } from '@/lib/urls';
import { PostMeta } from './PostMeta';
import styles from './PostArticle.module.css';

/** A post page: title, meta, cover and the rendered body. */
export function PostArticle({ listing, children }: { listing: PostListing; children: ReactNode }) {
  const { post } = listing;
  const cover = post.cover && resolvePostUrl(post.cover, postAssetBase(post));
  // Pagefind indexes only what is inside data-pagefind-body: a preview build's drafts and future posts stay out.
  const isSearchable = !post.isDraft && post.date.getTime() <= Date.now();
  return (
    <article className="page" data-pagefind-body={isSearchable ? '' : undefined}>
      <header className={styles.header}>
        <h1 className={styles.title}>{post.title}</h1>
        <PostMeta listing={listing} />
        {cover && (
          // Remote covers are served by hosts that refuse requests carrying a referrer.
          <img className={styles.cover} src={cover} alt="" referrerPolicy="no-referrer" decoding="async" />
        )}
      </header>
      <div className={styles.body}>{children}</div>
    </article>
  );
}
