import type { MDXComponents } from 'mdx/types';
import type { ReactElement } from 'react';
import { siteConfig, type Language } from '@/site.config';
import { cachedCompile } from './compile-cache';
import type { Heading } from '../model/post';
import { runMdx, type CompileOptions } from './compile';

export interface RenderOptions extends Omit<CompileOptions, 'lang'> {
  components: MDXComponents;
  /** The language of the words the compile adds (the label of a heading's link); the site's default if left out. */
  lang?: Language;
}

/** A rendered post body and the h2–h4 headings found in it, for the table of contents. */
export interface RenderedPost {
  content: ReactElement;
  headings: Heading[];
}

/**
 * Renders a post body on the server and reports its headings from the same compile, so that the table
 * of contents links to exactly the ids the headings got. JavaScript in the post is refused, never run.
 */
export async function renderPost({ components, lang = siteConfig.defaultLanguage, ...options }: RenderOptions): Promise<RenderedPost> {
  try {
    const compiled = await cachedCompile({ ...options, lang });
    return { content: runMdx(compiled, components), headings: compiled.headings };
  } catch (error) {
    throw new Error(`${options.file}: this post cannot be rendered.\n${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Renders a post body, or a part of one (a component's children), on the server. */
export async function renderMdx(options: RenderOptions): Promise<ReactElement> {
  return (await renderPost(options)).content;
}
