import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { PostListPage } from '@/components/PostListPage';
import { getPostsPage } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { homeUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;

export const metadata: Metadata = pageMetadata({ lang, url: homeUrl(lang) });

export default function HomePage() {
  return (
    <PostListPage
      lang={lang}
      title={labelsFor(lang).latestPosts}
      page={getPostsPage(lang, 1)!}
      pageUrl={(page) => homeUrl(lang, page)}
    />
  );
}
