import type { ComponentProps } from 'react';
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import styles from './ScrollableTable.module.css';

/** A table wider than a phone scrolls sideways inside this region, which the keyboard can focus and scroll too. */
export function ScrollableTable({ lang, ...props }: ComponentProps<'table'> & { lang: Language }) {
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={labelsFor(lang).scrollableTable}>
      <table {...props} />
    </div>
  );
}
