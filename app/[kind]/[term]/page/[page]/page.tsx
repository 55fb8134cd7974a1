import { siteConfig } from '@/site.config';
import { getTerms, pageParams } from '@/lib/content/queries';
import type { TermKind } from '@/lib/content/post';

export { default, generateMetadata } from '../../page';

const lang = siteConfig.defaultLanguage;

export const dynamicParams = false;

export function generateStaticParams() {
  const kinds: TermKind[] = ['tags', 'categories'];
  return pageParams(kinds.flatMap((kind) => getTerms(lang, kind).map((term) => ({ params: { kind, term: term.segment }, itemCount: term.count }))));
}
