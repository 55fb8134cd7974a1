import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { SearchBox } from '@/components/SearchBox';
import { labelsFor } from '@/lib/labels';
import { absoluteUrl, searchIndexLocation, searchUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

export const metadata: Metadata = { title: labels.search, alternates: { canonical: absoluteUrl(searchUrl()) } };

export default function SearchPage() {
  return (
    <div className="page">
      <h1 className="page-title">{labels.search}</h1>
      <SearchBox lang={lang} location={searchIndexLocation()} actionUrl={searchUrl()} label={labels.searchPosts} isSearchPage />
      <noscript>
        <p>{labels.searchNeedsScript}</p>
      </noscript>
    </div>
  );
}
