import type { ComponentChildren } from '@/lib/model/component-children';
import type { ComponentName } from '@/lib/model/component-props';
import type { Post } from '@/lib/model/post';
import type { Language } from '@/site.config';
import { postCompileOptions } from '@/lib/mdx/compile-cache';
import { elementsOfType, renderComponentChildren } from '@/lib/mdx/render';
import { mdxComponents } from './mdx';
import { markEventsByClockScript } from './mdx/EventCard';

// One set of components a language, so that the elements of a post's body are made once per build
// worker, however many hubs show its parts (an answer is on /qa/ and on the page of each of its projects).
const componentsByLang = new Map<Language, ReturnType<typeof mdxComponents>>();

function componentsOf(lang: Language): ReturnType<typeof mdxComponents> {
  if (!componentsByLang.has(lang)) componentsByLang.set(lang, mdxComponents(lang));
  return componentsByLang.get(lang)!;
}

/**
 * What was written inside a component (an answer, a release's changes, an event's abstract),
 * rendered on a hub page as its post renders it: taken from the post's own compiled body.
 */
export async function ComponentChildrenMarkdown({ post, component, line, written }: { post: Post; component: ComponentName; line: number; written: ComponentChildren }) {
  if (written.isEmpty) return null;
  const components = componentsOf(post.lang);
  const content = await renderComponentChildren({ ...postCompileOptions(post), components, use: { name: component, line, ordinal: written.ordinal } });
  // An event card inside an answer or a release's changes is marked by the reader's clock here too, as in its post.
  if (elementsOfType(content, components.EventCard).length === 0) return <>{content}</>;
  return (
    <>
      {content}
      <script dangerouslySetInnerHTML={{ __html: markEventsByClockScript }} />
    </>
  );
}
