import { siteConfig } from '@/site.config';
import { getTerms, pageParams } from '@/lib/site-index/queries';
import { termKinds } from '@/lib/model/post';

export { default, generateMetadata } from '../../page';

const lang = siteConfig.defaultLanguage;

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(termKinds.flatMap((kind) => getTerms(lang, kind).map((term) => ({ params: { kind, term: term.segment }, itemCount: term.count }))));
}
