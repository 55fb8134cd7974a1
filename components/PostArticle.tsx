import type { ReactNode } from 'react';
import { coverSize, type Heading, type Post } from '@/lib/model/post';
import type { PostListing } from '@/lib/site-index/queries';
import type { AdjacentPosts } from '@/lib/site-index/related-posts';
import { labelsFor } from '@/lib/model/labels';
import { coverUrl, postEditUrl } from '@/lib/urls';
import { PostMeta } from './PostMeta';
import { PostNavigation } from './PostNavigation';
import { RelatedPosts } from './RelatedPosts';
import { markEventsByClockScript } from './mdx/EventCard';
import { TableOfContents } from './TableOfContents';
import styles from './PostArticle.module.css';

interface PostArticleProps {
  listing: PostListing;
  children: ReactNode;
  /** The body's h2–h4 headings, for the table of contents. */
  headings?: Heading[];
  adjacent?: AdjacentPosts;
  related?: Post[];
}

/** A post page: title, meta, cover, table of contents, the rendered body, then where to read on. */
export function PostArticle({ listing, children, headings = [], adjacent = {}, related = [] }: PostArticleProps) {
  const { post } = listing;
  const labels = labelsFor(post.lang);
  const cover = coverUrl(post);
  const size = coverSize(post);
  // Pagefind indexes only what is inside data-pagefind-body: a preview build's drafts and future posts stay out.
  const isSearchable = !post.isDraft && post.date.getTime() <= Date.now();
  const editUrl = postEditUrl(post);
  return (
    <article className={`page ${styles.article}`} data-pagefind-body={isSearchable ? '' : undefined}>
      <header className={styles.header}>
        <h1 className={styles.title}>{post.title}</h1>
        {/* A single page (an "about" page) is not dated. */}
        {post.section !== null && <PostMeta listing={listing} onPostPage />}
        {cover && (
          // Remote covers are served by hosts that refuse requests carrying a referrer.
          <img className={styles.cover} src={cover} alt="" width={size?.width} height={size?.height} referrerPolicy="no-referrer" decoding="async" />
        )}
      </header>
      <aside className={styles.toc} data-pagefind-ignore="">
        <TableOfContents headings={headings} lang={post.lang} />
      </aside>
      <div className={styles.body}>{children}</div>
      {post.components.some((use) => use.name === 'EventCard') && <script dangerouslySetInnerHTML={{ __html: markEventsByClockScript }} />}
      {/* Other posts' titles are not this post's text: a search for them must not find it. */}
      <footer className={styles.footer} data-pagefind-ignore="">
        {editUrl && (
          <p className={styles.edit}>
            <a href={editUrl} title={labels.editPostHint}>
              {labels.editPost}
            </a>
          </p>
        )}
        <PostNavigation adjacent={adjacent} lang={post.lang} />
        <RelatedPosts posts={related} lang={post.lang} />
      </footer>
    </article>
  );
}
