import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { PostListPage } from '@/components/PostListPage';
import { RedirectPage } from '@/components/RedirectPage';
import { getPosts, getPostsPage, pageParams } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { homeUrl, pageParam } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
type Params = Promise<{ page: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams([{ params: {}, itemCount: getPosts(lang).length }]);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const labels = labelsFor(lang);
  const page = pageParam((await params).page);
  return pageMetadata({ lang, title: labels.withPageNumber(labels.latestPosts, page), url: homeUrl(lang, page), isIndexable: page !== 1 });
}

export default async function HomeLaterPage({ params }: { params: Params }) {
  const page = getPostsPage(lang, pageParam((await params).page)) ?? notFound();
  if (page.page === 1) return <RedirectPage to={homeUrl(lang)} />;
  return <PostListPage lang={lang} title={labelsFor(lang).latestPosts} page={page} pageUrl={(n) => homeUrl(lang, n)} />;
}
