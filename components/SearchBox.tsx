'use client';

import { lazy, Suspense, useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { Language } from '@/site.config';
import type { SearchIndexLocation } from '@/lib/search/search-posts';
import styles from './SearchBox.module.css';

// The results, the labels they show and Pagefind load when the reader opens search, not with the page.
const SearchResults = lazy(() => import('./SearchResults'));

/**
 * A search form that shows results as the reader types. In the header it is a small box whose
 * results drop down below it; on the search page (`isSearchPage`) it fills the page and keeps the
 * query in the URL. Without JavaScript the form still submits to the search page with ?q=.
 * Keys: ↓ and ↑ move between the input and the results, Enter opens a result, Escape clears.
 */
export function SearchBox({ lang, location, actionUrl, label, isSearchPage = false }: {
  lang: Language;
  location: SearchIndexLocation;
  actionUrl: string;
  /** Names the form and the input: a page may have two search forms. */
  label: string;
  isSearchPage?: boolean;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [hasOpened, setHasOpened] = useState(false);

  function openSearch() {
    setIsOpen(true);
    setHasOpened(true);
  }

  function changeQuery(text: string) {
    setQuery(text);
    if (!isSearchPage) return;
    const url = new URL(window.location.href);
    if (text.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', text);
    window.history.replaceState(window.history.state, '', url);
  }

  // Visiting the search page opens search, with the query the header's form sent (?q=).
  useEffect(() => {
    if (!isSearchPage) return;
    setQuery(new URLSearchParams(window.location.search).get('q') ?? '');
    openSearch();
    inputRef.current?.focus();
  }, [isSearchPage]);

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const hitLinks = Array.from(formRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-search-hit]') ?? []);
    const position = hitLinks.findIndex((link) => link === event.target);
    if (event.key === 'ArrowDown' && (event.target === inputRef.current || position >= 0)) {
      event.preventDefault();
      hitLinks[Math.min(position + 1, hitLinks.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && position >= 0) {
      event.preventDefault();
      (position === 0 ? inputRef.current : hitLinks[position - 1])?.focus();
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

  return (
    <form
      ref={formRef}
      role="search"
      aria-label={label}
      action={actionUrl}
      method="get"
      className={isSearchPage ? styles.pageForm : styles.headerForm}
      onKeyDown={handleKeyDown}
      onBlur={handleBlur}
      onSubmit={handleSubmit}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        name="q"
        value={query}
        placeholder={label}
        autoComplete="off"
        enterKeyHint="search"
        aria-describedby={hasOpened ? `${id}-status` : undefined}
        onFocus={openSearch}
        onChange={(event) => {
          openSearch();
          changeQuery(event.target.value);
        }}
      />
      {hasOpened && (
        <div
          className={isSearchPage ? undefined : styles.headerPanel}
          hidden={!isOpen}
          // Safari does not focus a link on click: keeping the focus in the box keeps the panel open for the click.
          onMouseDown={(event) => event.preventDefault()}
        >
          <Suspense>
            <SearchResults lang={lang} location={location} query={query} statusId={`${id}-status`} />
          </Suspense>
        </div>
      )}
    </form>
  );
}
