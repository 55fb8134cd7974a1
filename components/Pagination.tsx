import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import styles from './Pagination.module.css';

interface PaginationProps {
  lang: Language;
  page: number;
  pageCount: number;
  /** The URL of a page of this list. */
  pageUrl: (page: number) => string;
}

export function Pagination({ lang, page, pageCount, pageUrl }: PaginationProps) {
  if (pageCount <= 1) return null;
  const labels = labelsFor(lang);
  return (
    <nav className={styles.pagination} aria-label={labels.pagination}>
      {page > 1 ? <a href={pageUrl(page - 1)} rel="prev">← {labels.previousPage}</a> : <span />}
      <span className={styles.status}>{labels.pageOf(page, pageCount)}</span>
      {page < pageCount ? <a href={pageUrl(page + 1)} rel="next">{labels.nextPage} →</a> : <span />}
    </nav>
  );
}
