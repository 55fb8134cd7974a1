import type { Language } from '@/site.config';
import type { SearchIndexLocation } from '@/lib/search/search-posts';
import { islandUrl } from '@/lib/outputs/islands';
import styles from './SearchBox.module.css';

/**
 * A search form that shows results as the reader types (search-box-island.ts enhances it). In the
 * header it is a small box whose results drop down below it; on the search page (`isSearchPage`) it
 * fills the page and keeps the query in the URL. Without JavaScript the form submits to the search page with ?q=.
 */
export async function SearchBox({ lang, location, actionUrl, label, isSearchPage = false }: {
  lang: Language;
  location: SearchIndexLocation;
  actionUrl: string;
  /** Names the form and the input: a page may have two search forms. */
  label: string;
  isSearchPage?: boolean;
}) {
  const island = await islandUrl('search');
  const inputId = isSearchPage ? 'search-page-input' : 'search-header-input';
  return (
    <>
      <form
        role="search"
        aria-label={label}
        action={actionUrl}
        method="get"
        className={`${isSearchPage ? styles.pageForm : styles.headerForm} ${styles.results}`}
        data-search={isSearchPage ? 'page' : 'header'}
        data-search-lang={lang}
        data-search-index={location.scriptUrl}
        data-search-base={location.baseUrl}
      >
        <label htmlFor={inputId} className="visually-hidden">
          {label}
        </label>
        <input id={inputId} className={styles.input} type="search" name="q" placeholder={label} autoComplete="off" enterKeyHint="search" />
      </form>
      {/* The header's box loads the island when a reader first focuses it (IslandScripts.tsx); the search page at once. */}
      {isSearchPage && <script type="module" src={island} />}
    </>
  );
}
