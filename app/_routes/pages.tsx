import type { Metadata } from 'next';
import type { Language } from '@/site.config';
import { ArchiveList } from '@/components/ArchiveList';
import { SearchBox } from '@/components/SearchBox';
import { getArchiveYears } from '@/lib/site-index/archives';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { archivesUrl, searchIndexLocation, searchUrl } from '@/lib/urls';
import { LanguagePage } from './frame';

/** /archives/: every post of every section, by year. */
export function archivesRoute(lang: Language) {
  const labels = labelsFor(lang);
  const generateMetadata = (): Metadata => pageMetadata({ lang, title: labels.archives, description: labels.archivesDescription, url: archivesUrl(lang) });
  function ArchivesPage() {
    return (
      <LanguagePage lang={lang} url={archivesUrl(lang)}>
        <div className="page">
          <h1 className="page-title">{labels.archives}</h1>
          <ArchiveList years={getArchiveYears(lang)} lang={lang} />
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, ArchivesPage };
}

/** /search/: Pagefind's index of the page's language (it picks the index by <html lang>). */
export function searchRoute(lang: Language) {
  const labels = labelsFor(lang);
  // A page of search results has nothing of its own for a search engine to list.
  const generateMetadata = (): Metadata => pageMetadata({ lang, title: labels.search, url: searchUrl(lang), isIndexable: false });
  function SearchPage() {
    return (
      <LanguagePage lang={lang} url={searchUrl(lang)}>
        <div className="page">
          <h1 className="page-title">{labels.search}</h1>
          <SearchBox lang={lang} location={searchIndexLocation()} actionUrl={searchUrl(lang)} label={labels.searchPosts} isSearchPage />
          <noscript>
            <p>{labels.searchNeedsScript}</p>
          </noscript>
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, SearchPage };
}
