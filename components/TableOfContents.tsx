import type { Language } from '@/site.config';
import type { Heading } from '@/lib/model/post';
import { labelsFor } from '@/lib/model/labels';
import styles from './TableOfContents.module.css';

interface TocEntry {
  heading: Heading;
  children: Heading[];
}

/**
 * The post's two highest heading levels that it actually uses: a weekly with only h3 sections gets a
 * flat list of them, an article with h2 and h3 gets its h3s nested under their h2.
 */
function tocEntries(headings: Heading[]): TocEntry[] {
  const top = Math.min(...headings.map((heading) => heading.depth));
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.depth === top || !parent) entries.push({ heading, children: [] });
    else if (heading.depth === top + 1) parent.children.push(heading);
  }
  return entries;
}

function TocLinks({ entries }: { entries: TocEntry[] }) {
  return (
    <ol className={styles.list}>
      {entries.map(({ heading, children }) => (
        <li key={heading.id}>
          <a href={`#${heading.id}`}>{heading.text}</a>
          {children.length > 0 && (
            <ol className={styles.list}>
              {children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`}>{child.text}</a>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * Links to a post's sections: beside the text on a wide screen, where it stays in view while the reader
 * scrolls, and folded above the text on a phone (a <details>, so it opens with no script). Only one of
 * the two is displayed at a time; the other is display: none, out of reach of every reader.
 * A post with fewer than two sections has none.
 */
export function TableOfContents({ headings, lang }: { headings: Heading[]; lang: Language }) {
  if (headings.length < 2) return null;
  const labels = labelsFor(lang);
  const entries = tocEntries(headings);
  return (
    <nav className={styles.toc} aria-label={labels.tableOfContents}>
      <details className={styles.folded}>
        <summary>{labels.tableOfContents}</summary>
        <TocLinks entries={entries} />
      </details>
      <div className={styles.beside}>
        <p className={styles.title}>{labels.tableOfContents}</p>
        <TocLinks entries={entries} />
      </div>
    </nav>
  );
}
