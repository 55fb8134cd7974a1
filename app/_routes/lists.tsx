import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig, type Language } from '@/site.config';
import { PostListPage } from '@/components/PostListPage';
import { RedirectPage } from '@/components/RedirectPage';
import { getHomePage, getHomePosts, getSectionPage, getSections, pageParams } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { absoluteUrl, atLeastOneParam, decodeRouteParam, placeholderSegment, homeUrl, pageParam, sectionFeedUrl, sectionUrl } from '@/lib/urls';
import { LanguagePage } from './frame';

type PageParams = Promise<{ page: string }>;

/** The home page (/, /en/): the posts of the main sections. */
export function homeRoute(lang: Language) {
  const generateMetadata = (): Metadata => pageMetadata({ lang, url: homeUrl(lang) });
  function HomePage() {
    return (
      <LanguagePage lang={lang} url={homeUrl(lang)}>
        <PostListPage lang={lang} title={labelsFor(lang).latestPosts} page={getHomePage(lang, 1)!} pageUrl={(page) => homeUrl(lang, page)} />
      </LanguagePage>
    );
  }
  return { generateMetadata, HomePage };
}

/** /page/<n>/ of the home page. */
export function homeLaterPagesRoute(lang: Language) {
  const labels = labelsFor(lang);
  return {
    generateStaticParams: () => pageParams([{ params: {}, itemCount: getHomePosts(lang).length }]),
    async generateMetadata({ params }: { params: PageParams }): Promise<Metadata> {
      const page = pageParam((await params).page);
      return pageMetadata({ lang, title: labels.withPageNumber(labels.latestPosts, page), url: homeUrl(lang, page), isIndexable: page !== 1 });
    },
    async HomeLaterPage({ params }: { params: PageParams }) {
      const page = getHomePage(lang, pageParam((await params).page)) ?? notFound();
      return (
        <LanguagePage lang={lang} url={homeUrl(lang, page.page)} listedOn={homeUrl(lang)}>
          {page.page === 1 ? (
            <RedirectPage to={homeUrl(lang)} />
          ) : (
            <PostListPage lang={lang} title={labels.latestPosts} page={page} pageUrl={(n) => homeUrl(lang, n)} />
          )}
        </LanguagePage>
      );
    },
  };
}

type SectionParams = Promise<{ section: string; page?: string }>;

async function findSectionPage(lang: Language, params: SectionParams) {
  const { section, page = '1' } = await params;
  return getSectionPage(lang, decodeRouteParam(section), pageParam(page));
}

/** The URL of a section's list page, for the navigation to mark. */
export async function sectionListUrl(lang: Language, params: SectionParams): Promise<string> {
  const { section, page = '1' } = await params;
  return sectionUrl(decodeRouteParam(section), lang, pageParam(page));
}


export async function sectionMetadata(lang: Language, params: SectionParams): Promise<Metadata | undefined> {
  const found = await findSectionPage(lang, params);
  if (!found) return undefined;
  const { section, listings } = found;
  const labels = labelsFor(lang);
  const title = labels.withPageNumber(section.title, listings.page);
  return pageMetadata({
    lang,
    title,
    description: section.page?.description ?? `${title}，${labels.postCount(section.posts.length)}。${siteConfig.languages[lang].description}`,
    url: sectionUrl(section.name, lang, listings.page),
    feed: { title: `${section.title} | ${siteConfig.languages[lang].title} RSS`, url: absoluteUrl(sectionFeedUrl(section.name, lang)) },
    isIndexable: (await params).page !== '1',
  });
}

/** A section's list (/<section>/, /<section>/page/<n>/), or undefined when there is no such section. */
export async function SectionList({ lang, params }: { lang: Language; params: SectionParams }) {
  const found = await findSectionPage(lang, params);
  if (!found) return undefined;
  const { section, listings } = found;
  if ((await params).page === '1') return <RedirectPage to={sectionUrl(section.name, lang)} />;
  return <PostListPage lang={lang} title={section.title} page={listings} pageUrl={(page) => sectionUrl(section.name, lang, page)} />;
}

/** /<section>/page/<n>/. */
export function sectionLaterPagesRoute(lang: Language) {
  return {
    generateStaticParams: () =>
      atLeastOneParam(
        pageParams(getSections(lang).map((section) => ({ params: { section: section.name }, itemCount: section.posts.length }))),
        { section: placeholderSegment, page: '1' },
      ),
    generateMetadata: async ({ params }: { params: SectionParams }): Promise<Metadata> => (await sectionMetadata(lang, params)) ?? notFound(),
    async SectionLaterPage({ params }: { params: SectionParams }) {
      return (
        <LanguagePage lang={lang} url={await sectionListUrl(lang, params)}>
          {(await SectionList({ lang, params })) ?? notFound()}
        </LanguagePage>
      );
    },
  };
}
