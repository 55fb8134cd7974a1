import type { Language } from '@/site.config';
import { copyLabels } from '@/lib/model/copy-labels';
import styles from './CopyCodeButton.module.css';

/**
 * Copies the code of the block it sits in, and says so to every reader: on the button, and to a
 * screen reader through the page's one status message, which the island adds at the first click. copy-code-island.ts
 * does the copying, in the words of the button's language (data-copy-code); the page loads it when it
 * has a code block (IslandScripts.tsx).
 */
export function CopyCodeButton({ lang }: { lang: Language }) {
  return (
    <button type="button" className={styles.button} data-copy-code={lang}>
      {copyLabels[lang].copyCode}
    </button>
  );
}
