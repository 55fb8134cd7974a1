import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import type { Language } from '@/site.config';
import type { ComponentName } from '@/lib/model/component-props';
import { CodeBlock } from './CodeBlock';
import { EventCard } from './EventCard';
import { QA } from './QA';
import { ReleaseNote } from './ReleaseNote';
import { ScrollableTable } from './ScrollableTable';

type WithoutLang<T> = Omit<T, 'lang'>;
/** Every component is told the heading level it sits under (lib/mdx/rehype-component-heading-levels.ts); only QA has a heading. */
type WithHeadingLevel<T> = T & { headingLevel?: string };

/**
 * The components posts can use, speaking the post's language. Its keys are the names the content checks
 * allow, plus `pre` (a code block with its language and a copy button) and `table` (which scrolls
 * sideways on a phone).
 */
export function mdxComponents(lang: Language): MDXComponents & Record<ComponentName, unknown> {
  return {
    pre: (props: ComponentProps<'pre'>) => <CodeBlock {...props} lang={lang} />,
    table: (props: ComponentProps<'table'>) => <ScrollableTable {...props} lang={lang} />,
    QA: (props: WithoutLang<ComponentProps<typeof QA>>) => <QA {...props} lang={lang} />,
    ReleaseNote: ({ headingLevel: _, ...props }: WithHeadingLevel<WithoutLang<ComponentProps<typeof ReleaseNote>>>) => <ReleaseNote {...props} lang={lang} />,
    EventCard: ({ headingLevel: _, ...props }: WithHeadingLevel<WithoutLang<ComponentProps<typeof EventCard>>>) => <EventCard {...props} lang={lang} />,
  };
}
