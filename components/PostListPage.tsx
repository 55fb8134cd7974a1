import type { Language } from '@/site.config';
import type { Page, PostListing } from '@/lib/site-index/queries';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

interface PostListPageProps {
  lang: Language;
  title: string;
  page: Page<PostListing>;
  pageUrl: (page: number) => string;
}

/** A paginated list of posts under a heading: the home page, a tag, a category. */
export function PostListPage({ lang, title, page, pageUrl }: PostListPageProps) {
  return (
    <div className="page">
      <h1 className="page-title">{title}</h1>
      <PostList listings={page.items} />
      <Pagination lang={lang} page={page.page} pageCount={page.pageCount} pageUrl={pageUrl} />
    </div>
  );
}
