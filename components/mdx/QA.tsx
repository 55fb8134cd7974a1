import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { Language } from '@/site.config';
import { qaPropsSchema } from '@/lib/model/component-props';
import { questionAnchor } from '@/lib/model/ids';
import { questionSearchFilter } from '@/lib/model/names';
import { labelsFor } from '@/lib/model/labels';
import styles from './QA.module.css';

type QAProps = z.input<typeof qaPropsSchema> & { children?: ReactNode; lang: Language; headingLevel?: string };

/**
 * A reader's question, who asked it, and the answer (the children). The question is a heading with
 * a stable id: /qa/ links to it, and the search offers it as a result of its own.
 */
export function QA({ children, lang, headingLevel = '4', ...props }: QAProps) {
  const { asker, question } = qaPropsSchema.parse(props);
  const labels = labelsFor(lang);
  // The level comes from where the QA sits in the post (lib/mdx/rehype-component-heading-levels.ts).
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  const anchor = questionAnchor({ asker, question });
  return (
    <section className={styles.qa}>
      <p className={styles.asker}>
        @{asker} {labels.qaAsks}
      </p>
      <blockquote className={styles.question}>
        {/* The filter tells the search index that this heading's section is a question (lib/search/search-posts.ts). */}
        <Heading id={anchor} className={styles.questionText} data-pagefind-filter={`${questionSearchFilter}:${anchor}`}>
          {question}
        </Heading>
      </blockquote>
      <div className={styles.answer}>
        <span className={styles.answerLabel} aria-hidden="true">
          {labels.qaAnswer}
        </span>
        <div className={styles.answerBody}>{children}</div>
      </div>
    </section>
  );
}
