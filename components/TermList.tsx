import type { Language } from '@/site.config';
import type { Term } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import { termUrl } from '@/lib/urls';
import styles from './TermList.module.css';

/** Every tag (or category) with its post count. */
export function TermList({ terms, lang }: { terms: Term[]; lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <ul className={styles.terms}>
      {terms.map((term) => (
        <li key={term.segment}>
          <a href={termUrl(term, lang)}>
            {term.name}
            <span className={styles.count} aria-hidden="true">
              {term.count}
            </span>
            <span className="visually-hidden">（{labels.postCount(term.count)}）</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
