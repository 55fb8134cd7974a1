import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { PostArticle } from '@/components/PostArticle';
import { PostJsonLd } from '@/components/PostJsonLd';
import { mdxComponents } from '@/components/mdx';
import { getListing, getPost, getPosts } from '@/lib/site-index/queries';
import { getAdjacentPosts, getRelatedPosts } from '@/lib/site-index/related-posts';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { renderPost } from '@/lib/mdx/render';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { postShareImage } from '@/lib/outputs/post-json-ld';
import { decodeRouteParam, postUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
type Params = Promise<{ slug: string[] }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts(lang).map((post) => ({ slug: post.slug }));
}

async function findPost(params: Params) {
  const post = getPost(lang, (await params).slug.map(decodeRouteParam));
  if (!post) notFound();
  return post;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const listing = getListing(await findPost(params));
  const { post } = listing;
  return pageMetadata({
    lang,
    title: post.title,
    description: post.description ?? post.summary,
    url: postUrl(post),
    image: postShareImage(listing),
    article: { publishedTime: post.date, author: post.author, tags: listing.tags.map((tag) => tag.name) },
  });
}

export default async function PostPage({ params }: { params: Params }) {
  const post = await findPost(params);
  const { content, headings } = await renderPost({ ...postCompileOptions(post), components: mdxComponents(post.lang) });
  const listing = getListing(post);
  return (
    <>
      <PostJsonLd listing={listing} />
      <PostArticle listing={listing} headings={headings} adjacent={getAdjacentPosts(post)} related={getRelatedPosts(post)}>
        {content}
      </PostArticle>
    </>
  );
}
