import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import type { Language } from '@/site.config';
import type { ComponentName } from '@/lib/content/component-props';
import { EventCard } from './EventCard';
import { QA } from './QA';
import { ReleaseNote } from './ReleaseNote';

type WithoutLang<T> = Omit<T, 'lang'>;

/**
 * The components posts can use, speaking the post's language. Its keys are the names the content checks
 * allow, plus `pre`: a code block wider than the screen scrolls, and only a focusable one can be
 * scrolled from the keyboard (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function mdxComponents(lang: Language): MDXComponents & Record<ComponentName, unknown> {
  return {
    pre: (props: ComponentProps<'pre'>) => <pre {...props} tabIndex={0} />,
    QA: (props: WithoutLang<ComponentProps<typeof QA>>) => <QA {...props} lang={lang} />,
    ReleaseNote: (props: WithoutLang<ComponentProps<typeof ReleaseNote>>) => <ReleaseNote {...props} lang={lang} />,
    EventCard: (props: WithoutLang<ComponentProps<typeof EventCard>>) => <EventCard {...props} lang={lang} />,
  };
}
