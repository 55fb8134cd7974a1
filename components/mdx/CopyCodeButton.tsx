import styles from './CopyCodeButton.module.css';

interface CopyCodeButtonProps {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

/**
 * Copies the code of the block it sits in, and says so to every reader: on the button, and to a
 * screen reader through a status message. copy-code-island.ts does the copying; the page loads it
 * when it has a code block (IslandScripts.tsx).
 */
export function CopyCodeButton({ label, copiedLabel, failedLabel }: CopyCodeButtonProps) {
  return (
    <>
      <button type="button" className={styles.button} data-copy-code={label} data-copied-label={copiedLabel} data-failed-label={failedLabel}>
        {label}
      </button>
      <span role="status" className="visually-hidden" />
    </>
  );
}
