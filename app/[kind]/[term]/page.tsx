import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { PostListPage } from '@/components/PostListPage';
import { RedirectPage } from '@/components/RedirectPage';
import { getTermPage, getTerms } from '@/lib/site-index/queries';
import { termKinds, type TermKind } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { absoluteUrl, decodeRouteParam, pageParam, termFeedUrl, termKindParam, termUrl } from '@/lib/urls';

// /tags/<tag>/ and /categories/<category>/, and their /page/<n>/ pages (page/[page]/ re-exports this).
const lang = siteConfig.defaultLanguage;
type Params = Promise<{ kind: string; term: string; page?: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return termKinds.flatMap((kind) => getTerms(lang, kind).map((term) => ({ kind, term: term.segment })));
}

async function findPage(params: Params) {
  const { kind, term, page = '1' } = await params;
  const termKind = termKindParam(kind) ?? notFound();
  return getTermPage(lang, termKind, decodeRouteParam(term), pageParam(page)) ?? notFound();
}

function titleOf(kind: TermKind, name: string): string {
  const labels = labelsFor(lang);
  return kind === 'tags' ? labels.postsWithTag(name) : labels.postsInCategory(name);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { term, listings } = await findPage(params);
  const labels = labelsFor(lang);
  const title = labels.withPageNumber(titleOf(term.kind, term.name), listings.page);
  return pageMetadata({
    lang,
    title,
    description: `${title}，${labels.postCount(term.count)}。${siteConfig.description}`,
    url: termUrl(term, lang, listings.page),
    feed: { title: `${titleOf(term.kind, term.name)} | ${siteConfig.title} RSS`, url: absoluteUrl(termFeedUrl(term, lang)) },
    isIndexable: (await params).page !== '1',
  });
}

export default async function TermPostsPage({ params }: { params: Params }) {
  const { term, listings } = await findPage(params);
  if ((await params).page === '1') return <RedirectPage to={termUrl(term, lang)} />;
  return (
    <PostListPage
      lang={lang}
      title={titleOf(term.kind, term.name)}
      page={listings}
      pageUrl={(page) => termUrl(term, lang, page)}
    />
  );
}
