import { runSync } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { siteConfig, type Language } from '@/site.config';
import { cachedCompile } from './compile-cache';
import type { ComponentUse, Heading } from '../model/post';
import { runMdx, type CompileOptions, type CompiledMdx } from './compile';

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

function cannotRender(file: string, error: unknown): Error {
  return new Error(`${file}: this post cannot be rendered.\n${error instanceof Error ? error.message : String(error)}`);
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
    throw cannotRender(options.file, error);
  }
}

/** Renders a post body on the server. */
export async function renderMdx(options: RenderOptions): Promise<ReactElement> {
  return (await renderPost(options)).content;
}

/** Every element of this type in a tree of React elements, in document order (an element before what it holds). */
export function elementsOfType(node: ReactNode, type: unknown): ReactElement<{ children?: ReactNode }>[] {
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => elementsOfType(child, type));
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  const within = elementsOfType(node.props.children, type);
  return node.type === type ? [node, ...within] : within;
}

/**
 * The elements a post's compiled body makes, its components not yet called: what a hub takes a
 * component's children from. Made once per post body and set of components, since several hubs show
 * one post's parts; a changed body (in `next dev`) replaces its post's.
 */
const postElements = new WeakMap<object, Map<string, { source: string; elements: Promise<ReactNode> }>>();

async function elementsOfPost({ components, lang = siteConfig.defaultLanguage, ...options }: RenderOptions): Promise<ReactNode> {
  let byFile = postElements.get(components);
  if (!byFile) postElements.set(components, (byFile = new Map()));
  const known = byFile.get(options.file);
  if (known?.source === options.source) return known.elements;
  const elements = cachedCompile({ ...options, lang }).then(({ code }) => {
    const { default: Content } = runSync(code, { ...jsxRuntime, baseUrl: import.meta.url });
    // Called as a function, the body returns its elements: the components inside are not rendered yet.
    const { wrapper: _, ...withoutWrapper } = components;
    return Content({ components: withoutWrapper });
  });
  const reported = elements.catch((error: unknown) => Promise.reject(cannotRender(options.file, error)));
  byFile.set(options.file, { source: options.source, elements: reported });
  return reported;
}

/**
 * What is written inside one use of a component (the nth QA of a post: its answer), taken from the
 * elements of the post's own compiled body, so it renders exactly as on the post page: its text is
 * never cut out of the post and compiled again on its own, where it could parse as something else.
 */
export async function renderComponentChildren(options: RenderOptions & { use: Pick<ComponentUse, 'name' | 'line'> & { ordinal: number } }): Promise<ReactNode> {
  const { use, components } = options;
  const found = elementsOfType(await elementsOfPost(options), components[use.name])[use.ordinal];
  if (!found) throw new Error(`${options.file}:${use.line}: <${use.name}> is not in the compiled post; run npm run check`);
  return found.props.children;
}
