import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig, type Language } from '@/site.config';
import { PostListPage } from '@/components/PostListPage';
import { RedirectPage } from '@/components/RedirectPage';
import { TermList } from '@/components/TermList';
import { getTermPage, getTerms, pageParams } from '@/lib/site-index/queries';
import type { TermKind } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { absoluteUrl, atLeastOneParam, decodeRouteParam, placeholderSegment, pageParam, termFeedUrl, termIndexUrl, termUrl } from '@/lib/urls';
import { LanguagePage } from './frame';

/** /tags/ or /categories/: every term of the kind. */
export function termIndexRoute(lang: Language, kind: TermKind) {
  const labels = labelsFor(lang);
  const title = kind === 'tags' ? labels.allTags : labels.allCategories;
  const generateMetadata = (): Metadata => pageMetadata({ lang, title, url: termIndexUrl(kind, lang) });
  function TermIndexPage() {
    return (
      <LanguagePage lang={lang} url={termIndexUrl(kind, lang)}>
        <div className="page">
          <h1 className="page-title">{title}</h1>
          <TermList terms={getTerms(lang, kind)} lang={lang} />
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, TermIndexPage };
}

type Params = Promise<{ term: string; page?: string }>;

/** /tags/<tag>/ and /categories/<category>/, and their /page/<n>/ pages. */
export function termRoute(lang: Language, kind: TermKind) {
  const labels = labelsFor(lang);
  const titleOf = (name: string) => (kind === 'tags' ? labels.postsWithTag(name) : labels.postsInCategory(name));
  const findPage = async (params: Params) => {
    const { term, page = '1' } = await params;
    return getTermPage(lang, kind, decodeRouteParam(term), pageParam(page)) ?? notFound();
  };
  return {
    generateStaticParams: () => atLeastOneParam(getTerms(lang, kind).map((term) => ({ term: term.segment })), { term: placeholderSegment }),
    laterPageParams: () =>
      atLeastOneParam(pageParams(getTerms(lang, kind).map((term) => ({ params: { term: term.segment }, itemCount: term.count }))), { term: placeholderSegment, page: '1' }),
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { term, listings } = await findPage(params);
      const title = labels.withPageNumber(titleOf(term.name), listings.page);
      return pageMetadata({
        lang,
        title,
        description: `${title}，${labels.postCount(term.count)}。${siteConfig.languages[lang].description}`,
        url: termUrl(term, lang, listings.page),
        feed: { title: `${titleOf(term.name)} | ${siteConfig.languages[lang].title} RSS`, url: absoluteUrl(termFeedUrl(term, lang)) },
        isIndexable: (await params).page !== '1',
      });
    },
    async TermPostsPage({ params }: { params: Params }) {
      const { term, listings } = await findPage(params);
      return (
        <LanguagePage lang={lang} url={termUrl(term, lang, listings.page)}>
          {(await params).page === '1' ? (
            <RedirectPage to={termUrl(term, lang)} />
          ) : (
            <PostListPage lang={lang} title={titleOf(term.name)} page={listings} pageUrl={(page) => termUrl(term, lang, page)} />
          )}
        </LanguagePage>
      );
    },
  };
}
