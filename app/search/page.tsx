import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { SearchBox } from '@/components/SearchBox';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { searchIndexLocation, searchUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

// A page of search results has nothing of its own for a search engine to list.
export const metadata: Metadata = pageMetadata({ lang, title: labels.search, url: searchUrl(), isIndexable: false });

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
