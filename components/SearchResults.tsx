'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import type { ExcerptPart } from '@/lib/search/excerpt-parts';
import { loadSearchIndex, searchPosts, type SearchAnswer, type SearchIndexLocation } from '@/lib/search/search-posts';
import styles from './SearchResults.module.css';

type IndexState = 'loading' | 'loaded' | 'missing';

/**
 * What a search found for `query`: a status line (announced to screen readers) and a list of links
 * with title, date, tags and the excerpt with the match highlighted. SearchBox loads this component,
 * and with it Pagefind, only when the reader opens search.
 */
export default function SearchResults({ lang, location, query, statusId }: {
  lang: Language;
  location: SearchIndexLocation;
  query: string;
  statusId: string;
}) {
  const labels = labelsFor(lang);
  const [indexState, setIndexState] = useState<IndexState>('loading');
  // The hits of the last query answered, kept on screen while a newer query is on its way.
  const [shown, setShown] = useState<(SearchAnswer & { query: string }) | null>(null);
  const trimmed = query.trim();

  useEffect(() => {
    loadSearchIndex(location).then(() => setIndexState('loaded'), () => setIndexState('missing'));
  }, [location]);

  useEffect(() => {
    if (trimmed === '') return;
    let isCurrent = true;
    searchPosts(location, trimmed, lang).then(
      (answer) => {
        if (answer !== null && isCurrent) setShown({ ...answer, query: trimmed });
      },
      () => setIndexState('missing'),
    );
    return () => {
      isCurrent = false;
    };
  }, [location, trimmed, lang]);

  function statusText(): string {
    if (indexState === 'missing') return labels.searchUnavailable;
    if (trimmed === '') return labels.searchHint;
    if (!shown) return labels.searchLoading;
    return shown.total === 0 ? labels.searchNoResults(shown.query) : labels.searchResultCount(shown.total, shown.posts, shown.questions);
  }

  const hits = trimmed === '' ? [] : (shown?.hits ?? []);
  return (
    <>
      <p id={statusId} className={styles.status} role="status">
        {statusText()}
      </p>
      {hits.length > 0 && (
        <ul className={styles.hits} aria-label={labels.searchResults}>
          {hits.map((hit) => (
            <li key={hit.url}>
              <a className={styles.hit} href={hit.url} data-search-hit>
                <span className={styles.title}>
                  {hit.isQuestion && <span className={styles.kind}>{labels.searchQuestion}</span>}
                  {hit.isQuestion && ' '}
                  {highlighted(hit.title)}
                </span>
                <span className={styles.meta}>
                  {hit.date && <span>{hit.date}</span>}
                  {hit.tags.map((tag) => (
                    <span key={tag} className={styles.tag}>
                      {tag}
                    </span>
                  ))}
                </span>
                <span className={styles.excerpt} data-search-excerpt>
                  {highlighted(hit.excerpt)}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function highlighted(parts: ExcerptPart[]): ReactNode[] {
  return parts.map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : part.text));
}
