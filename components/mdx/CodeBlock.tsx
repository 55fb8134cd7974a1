import type { ComponentProps } from 'react';
import type { Language } from '@/site.config';
import { CopyCodeButton } from './CopyCodeButton';
import styles from './CodeBlock.module.css';

type CodeBlockProps = ComponentProps<'pre'> & { 'data-language'?: string; lang: Language };

/**
 * A code block, highlighted at build time (lib/mdx/rehype-code-blocks.ts), under a bar with its language
 * and a copy button. A block wider than the screen scrolls inside itself, and only a focusable one
 * can be scrolled from the keyboard (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function CodeBlock({ lang, 'data-language': language, ...props }: CodeBlockProps) {
  return (
    <div className={styles.block} data-code-block>
      {/* The language's name and the copy button are not the post's words: search leaves them out. */}
      <div className={styles.bar} data-pagefind-ignore="">
        <span className={styles.language}>{language}</span>
        <CopyCodeButton lang={lang} />
      </div>
      <pre {...props} className={[props.className, styles.pre].filter(Boolean).join(' ')} tabIndex={0} />
    </div>
  );
}
