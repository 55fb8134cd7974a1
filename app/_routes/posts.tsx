import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig, type Language } from '@/site.config';
import { PostArticle } from '@/components/PostArticle';
import { PostJsonLd } from '@/components/PostJsonLd';
import { mdxComponents } from '@/components/mdx';
import type { Post } from '@/lib/model/post';
import { getListing, getPost, getPosts, getSections, getSinglePages } from '@/lib/site-index/queries';
import { getAdjacentPosts, getRelatedPosts } from '@/lib/site-index/related-posts';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { renderPost } from '@/lib/mdx/render';
import { pageMetadata, translationLinks } from '@/lib/outputs/page-metadata';
import { postShareImage } from '@/lib/outputs/post-json-ld';
import { atLeastOneParam, decodeRouteParam, placeholderSegment, postUrl } from '@/lib/urls';
import { LanguagePage } from './frame';
import { notFoundRoute } from './not-found';
import { sectionListUrl, sectionMetadata, SectionList } from './lists';

function postMetadata(post: Post): Metadata {
  const listing = getListing(post);
  return pageMetadata({
    lang: post.lang,
    title: post.title,
    description: post.description ?? post.summary,
    url: postUrl(post),
    image: postShareImage(listing),
    translations: translationLinks(post),
    ...(post.section !== null && {
      article: { publishedTime: post.date, modifiedTime: post.lastModified, author: post.author, tags: listing.tags.map((tag) => tag.name) },
    }),
  });
}

async function PostPage({ post }: { post: Post }) {
  const { content, headings } = await renderPost({ ...postCompileOptions(post), components: mdxComponents(post.lang) });
  const listing = getListing(post);
  return (
    <LanguagePage lang={post.lang} post={post}>
      {post.section !== null && <PostJsonLd listing={listing} />}
      <PostArticle listing={listing} headings={headings} adjacent={getAdjacentPosts(post)} related={post.section === null ? [] : getRelatedPosts(post)}>
        {content}
      </PostArticle>
    </LanguagePage>
  );
}

type PostParams = Promise<{ section: string; path: string[] }>;

/** A post of a section: /<section>/<path>/. */
export function postRoute(lang: Language) {
  const notFoundPage = notFoundRoute(lang);
  const isNotFoundPage = async (params: PostParams) => (await params).section === placeholderSegment;
  const findPost = async (params: PostParams) => {
    const { section, path } = await params;
    return getPost(lang, decodeRouteParam(section), path.map(decodeRouteParam)) ?? notFound();
  };
  return {
    generateStaticParams: () => [
      ...getPosts(lang).map((post) => ({ section: post.section!, path: post.slug })),
      // A page that is not found: the build makes it the export's 404.html (notFoundPageUrl).
      ...(lang === siteConfig.defaultLanguage || getPosts(lang).length === 0 ? [{ section: placeholderSegment, path: [placeholderSegment] }] : []),
    ],
    // The not-found page is rendered whole here: notFound() during a static export leaves an empty error shell.
    generateMetadata: async ({ params }: { params: PostParams }) => ((await isNotFoundPage(params)) ? notFoundPage.metadata : postMetadata(await findPost(params))),
    async PostRoutePage({ params }: { params: PostParams }) {
      if (await isNotFoundPage(params)) return <notFoundPage.NotFound />;
      return <PostPage post={await findPost(params)} />;
    },
  };
}

type TopParams = Promise<{ section: string }>;

/**
 * /<name>/: a section's list, or a single page (a file directly in the language folder). One route
 * serves both: Next.js allows one dynamic segment name at a level, and check keeps the two apart.
 */
export function sectionOrPageRoute(lang: Language) {
  const singlePage = async (params: TopParams) => getPost(lang, null, [decodeRouteParam((await params).section)]);
  return {
    generateStaticParams: () =>
      atLeastOneParam(
        [...getSections(lang).map((section) => ({ section: section.name })), ...getSinglePages(lang).map((post) => ({ section: post.slug[0]! }))],
        { section: placeholderSegment },
      ),
    async generateMetadata({ params }: { params: TopParams }): Promise<Metadata> {
      const page = await singlePage(params);
      if (page) return postMetadata(page);
      return (await sectionMetadata(lang, params)) ?? notFound();
    },
    async SectionOrPage({ params }: { params: TopParams }) {
      const page = await singlePage(params);
      if (page) return <PostPage post={page} />;
      return (
        <LanguagePage lang={lang} url={await sectionListUrl(lang, params)}>
          {(await SectionList({ lang, params })) ?? notFound()}
        </LanguagePage>
      );
    },
  };
}
