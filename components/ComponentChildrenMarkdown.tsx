import type { ComponentChildren } from '@/lib/model/component-children';
import { childrenSource } from '@/lib/model/component-children';
import type { Post } from '@/lib/model/post';
import type { ReactElement } from 'react';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { renderMdx } from '@/lib/mdx/render';
import { mdxComponents } from './mdx';
import { markEventsByClockScript } from './mdx/EventCard';

// One answer shows on /qa/ and on the page of each of its projects: compile it once per build worker.
const renderedChildren = new Map<string, Promise<ReactElement>>();

/**
 * What was written inside a component (an answer, a release's changes, an event's abstract),
 * rendered on a hub page as its post renders it: only that slice is compiled, never the whole post.
 */
export async function ComponentChildrenMarkdown({ post, written }: { post: Post; written: ComponentChildren }) {
  const source = childrenSource(post.body, written);
  if (source.trim() === '') return null;
  const key = `${post.file}\0${source}`;
  if (!renderedChildren.has(key)) {
    renderedChildren.set(key, renderMdx({ ...postCompileOptions(post), source, components: mdxComponents(post.lang) }));
  }
  const content = await renderedChildren.get(key)!;
  // An event card inside an answer or a release's changes is marked by the reader's clock here too, as
  // in its post. Looking for its tag in the source may find one in a code span: the script then finds no card.
  if (!source.includes('<EventCard')) return content;
  return (
    <>
      {content}
      <script dangerouslySetInnerHTML={{ __html: markEventsByClockScript }} />
    </>
  );
}
