'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/labels';
import type { SearchHit, SearchIndexLocation } from '@/lib/search/search-posts';
import styles from './SearchBox.module.css';

type IndexState = 'not-loaded' | 'loading' | 'loaded' | 'missing';

// The Pagefind code is imported on demand, so a page carries none of it until the reader opens search.
const importSearch = () => import('@/lib/search/search-posts');

/**
 * A search form that shows results as the reader types. In the header it is a small box whose
 * results drop down below it; on the search page (`isSearchPage`) it fills the page and keeps the
 * query in the URL. Without JavaScript the form still submits to the search page with ?q=.
 * Keys: ↓ and ↑ move between the input and the results, Enter opens a result, Escape clears.
 */
export function SearchBox({ lang, location, actionUrl, isSearchPage = false }: {
  lang: Language;
  location: SearchIndexLocation;
  actionUrl: string;
  isSearchPage?: boolean;
}) {
  const labels = labelsFor(lang);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const latestQuery = useRef('');
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [indexState, setIndexState] = useState<IndexState>('not-loaded');
  // What the list shows: the hits of `shownQuery`, kept while a newer query is on its way.
  const [shown, setShown] = useState<{ query: string; hits: SearchHit[] } | null>(null);

  function openSearch() {
    setIsOpen(true);
    if (indexState !== 'not-loaded') return;
    setIndexState('loading');
    importSearch()
      .then((search) => search.loadSearchIndex(location))
      .then(() => setIndexState('loaded'), () => setIndexState('missing'));
  }

  async function search(text: string) {
    latestQuery.current = text;
    const trimmed = text.trim();
    if (trimmed === '') {
      setShown(null);
      return;
    }
    try {
      const hits = await (await importSearch()).searchPosts(location, trimmed);
      if (hits !== null && latestQuery.current === text) setShown({ query: trimmed, hits });
    } catch {
      setIndexState('missing');
    }
  }

  function changeQuery(text: string) {
    setQuery(text);
    if (isSearchPage) {
      const url = new URL(window.location.href);
      if (text.trim() === '') url.searchParams.delete('q');
      else url.searchParams.set('q', text);
      window.history.replaceState(window.history.state, '', url);
    }
    void search(text);
  }

  // Visiting the search page opens search, with the query the header form sent (?q=).
  useEffect(() => {
    if (!isSearchPage) return;
    const initialQuery = new URLSearchParams(window.location.search).get('q') ?? '';
    openSearch();
    if (initialQuery !== '') {
      setQuery(initialQuery);
      void search(initialQuery);
    }
    inputRef.current?.focus();
    // Runs once, on the first render in the browser.
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const hitLinks = Array.from(formRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]') ?? []);
    const position = hitLinks.indexOf(event.target as HTMLAnchorElement);
    const isInInput = event.target === inputRef.current;
    if (event.key === 'ArrowDown' && (isInInput || position >= 0)) {
      event.preventDefault();
      hitLinks[Math.min(position + 1, hitLinks.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && position >= 0) {
      event.preventDefault();
      if (position === 0) inputRef.current?.focus();
      else hitLinks[position - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      changeQuery('');
      if (!isSearchPage) setIsOpen(false);
      inputRef.current?.focus();
    }
  }

  function handleBlur(event: FocusEvent<HTMLFormElement>) {
    if (!isSearchPage && !formRef.current?.contains(event.relatedTarget as Node | null)) setIsOpen(false);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    // The search page already shows the results; the header's form goes to it, the query with it.
    if (isSearchPage) event.preventDefault();
  }

  function statusText(): string {
    if (indexState === 'missing') return labels.searchUnavailable;
    if (query.trim() === '') return labels.searchHint;
    if (!shown) return labels.searchLoading;
    return shown.hits.length === 0 ? labels.searchNoResults(shown.query) : labels.searchResultCount(shown.hits.length);
  }

  const hits = query.trim() === '' ? [] : (shown?.hits ?? []);
  return (
    <form
      ref={formRef}
      role="search"
      aria-label={isSearchPage ? labels.searchPlaceholder : labels.searchSite}
      action={actionUrl}
      method="get"
      className={isSearchPage ? styles.pageForm : styles.headerForm}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
      onSubmit={handleSubmit}
    >
      <label htmlFor={`${id}-input`} className={isSearchPage ? styles.label : 'visually-hidden'}>
        {labels.search}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        name="q"
        value={query}
        placeholder={labels.searchPlaceholder}
        autoComplete="off"
        enterKeyHint="search"
        aria-describedby={`${id}-status`}
        onFocus={openSearch}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          openSearch();
          changeQuery(event.target.value);
        }}
      />
      <div className={styles.panel} hidden={!isOpen}>
        <p id={`${id}-status`} className={styles.status} role="status">
          {isOpen ? statusText() : ''}
        </p>
        {hits.length > 0 && (
          <ul className={styles.hits} aria-label={labels.searchResults}>
            {hits.map((hit) => (
              <li key={hit.url}>
                <a className={styles.hit} href={hit.url} data-search-hit>
                  <span className={styles.title}>{hit.title}</span>
                  <span className={styles.meta}>
                    {hit.date && <span>{hit.date}</span>}
                    {hit.tags.map((tag) => (
                      <span key={tag} className={styles.tag}>
                        {tag}
                      </span>
                    ))}
                  </span>
                  <span className={styles.excerpt}>
                    {hit.excerpt.map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : part.text))}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
