import { siteConfig } from '@/site.config';
import { getTerms, pageNumbers } from '@/lib/content/queries';
import type { TermKind } from '@/lib/content/post';

export { default, generateMetadata } from '../../page';

const lang = siteConfig.defaultLanguage;

export const dynamicParams = false;

export function generateStaticParams() {
  const kinds: TermKind[] = ['tags', 'categories'];
  return kinds.flatMap((kind) =>
    getTerms(lang, kind).flatMap((term) => pageNumbers(term.count).map((page) => ({ kind, term: term.segment, page: String(page) }))),
  );
}
