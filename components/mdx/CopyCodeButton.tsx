'use client';

import { useRef, useState } from 'react';
import styles from './CopyCodeButton.module.css';

interface CopyCodeButtonProps {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

const resetAfterMs = 2000;

/** Copies the code of the block it sits in, and says so to every reader: on the button, and to a screen reader through a status message. */
export function CopyCodeButton({ label, copiedLabel, failedLabel }: CopyCodeButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<number>(undefined);

  async function copy() {
    const code = button.current?.closest('[data-code-block]')?.querySelector('pre')?.textContent ?? '';
    try {
      // Absent on a page served over plain http from another host than localhost: reported, not thrown.
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus('idle'), resetAfterMs);
  }

  const message = status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : '';
  return (
    <>
      <button ref={button} type="button" className={styles.button} onClick={copy}>
        {status === 'copied' ? copiedLabel : label}
      </button>
      <span role="status" className="visually-hidden">
        {message}
      </span>
    </>
  );
}
