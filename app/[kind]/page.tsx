import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { TermList } from '@/components/TermList';
import { getTerms } from '@/lib/site-index/queries';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { termKinds } from '@/lib/model/post';
import { termIndexUrl, termKindParam } from '@/lib/urls';

// /tags/ and /categories/: one route for both kinds of term.
const lang = siteConfig.defaultLanguage;
type Params = Promise<{ kind: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return termKinds.map((kind) => ({ kind }));
}

async function titleOf(params: Params) {
  const kind = termKindParam((await params).kind) ?? notFound();
  const labels = labelsFor(lang);
  return { kind, title: kind === 'tags' ? labels.allTags : labels.allCategories };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { kind, title } = await titleOf(params);
  return pageMetadata({ lang, title, url: termIndexUrl(kind, lang) });
}

export default async function TermIndexPage({ params }: { params: Params }) {
  const { kind, title } = await titleOf(params);
  return (
    <div className="page">
      <h1 className="page-title">{title}</h1>
      <TermList terms={getTerms(lang, kind)} lang={lang} />
    </div>
  );
}
