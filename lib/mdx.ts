// The only module that knows how posts are compiled. It wraps next-mdx-remote (archived after
// 6.0.0), which wraps @mdx-js/mdx: swapping it for @mdx-js/mdx's evaluate() happens here alone.
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { MDXComponents } from 'mdx/types';
import type { ReactElement } from 'react';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { siteConfig, type Language } from '@/site.config';
import { ContentError, ContentErrors } from './content/content-error';
import type { Heading } from './content/post';
import { checkMdxTree, isAllowedEmbed } from './content/validate-mdx';
import { labelsFor } from './labels';
import { rehypeCodeBlocks } from './rehype-code-blocks';
import { headingPlugins } from './rehype-headings';
import { rehypeComponentHeadingLevels } from './rehype-component-heading-levels';
import { rehypePostUrls, type PostUrlOptions } from './rehype-post-urls';

export type SourceFormat = 'mdx' | 'md';

const moreMarker = /<!--\s*more\s*-->/g;

/** MDX has no HTML comments, so the summary marker is blanked out, keeping every line and column where it was. */
export function stripMoreMarker(source: string): string {
  return source.replace(moreMarker, (marker) => ' '.repeat(marker.length));
}

function processorFor(format: SourceFormat) {
  return createProcessor({ format, remarkPlugins: [remarkGfm] });
}

interface MdxSyntaxError {
  line?: number;
  column?: number;
  reason?: string;
  message?: string;
}

function syntaxError(error: unknown, file: string): ContentError {
  const { line, column, reason, message } = (error ?? {}) as MdxSyntaxError;
  const text = reason ?? message ?? String(error);
  // Some micromark errors carry their place only in the text: "Expected a closing tag for `<QA>` (8:1-8:28)".
  const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(text);
  const hint = ' (to show a literal < or {, write \\< or \\{)';
  return new ContentError(
    file,
    line ?? Number(place?.[1] ?? 0),
    column ?? Number(place?.[2] ?? 0),
    `MDX syntax error: ${text.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '')}${hint}`,
  );
}

/** Parses a post body (positions counted from the file's first line) into its Markdown syntax tree. */
export function parseMdx(source: string, format: SourceFormat, file: string): Root {
  try {
    return processorFor(format).parse(stripMoreMarker(source)) as Root;
  } catch (error) {
    throw syntaxError(error, file);
  }
}

// Raw HTML in .md posts (as Hugo sites have it) renders, but only what cannot run: no script,
// style or event handlers, no javascript: URLs, iframes only from the hosts in site.config.ts.
const markdownHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'center', 'font', 'video', 'source', 'iframe', 'figure', 'figcaption', 'u'],
  attributes: {
    ...defaultSchema.attributes,
    font: ['color', 'size', 'face'],
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'loading'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'loop', 'muted', 'playsInline'],
    source: ['src', 'type'],
    iframe: ['src', 'width', 'height', 'title', 'allow', 'allowFullScreen'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'align'],
  },
  protocols: { ...defaultSchema.protocols, src: ['http', 'https'], poster: ['http', 'https'] },
  // Removed with their text: a style sheet must not show up as words on the page.
  strip: ['script', 'style', 'noscript', 'template'],
};

function removeDisallowedEmbeds() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (element, index, parent) => {
      if (element.tagName !== 'iframe' || isAllowedEmbed(element.properties.src) || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

const markdownHtmlPlugins: PluggableList = [[rehypeRaw, { passThrough: nodeTypes }], [rehypeSanitize, markdownHtmlSchema], removeDisallowedEmbeds];

export interface RenderOptions extends PostUrlOptions {
  source: string;
  format: SourceFormat;
  file: string;
  components: MDXComponents;
  /** The language of the words the compile adds (the label of a heading's link); the site's default if left out. */
  lang?: Language;
}

/** A rendered post body and the h2–h4 headings found in it, for the table of contents. */
export interface RenderedPost {
  content: ReactElement;
  headings: Heading[];
}

/** Compiles and renders a post body on the server. JavaScript in the post is refused, never run. */
export async function renderMdx(options: RenderOptions): Promise<ReactElement> {
  return (await renderPost(options)).content;
}

/**
 * Renders a post body and reports its headings from the same compile, so that the table of contents
 * links to exactly the ids the headings got. Code is highlighted here, at build time.
 */
export async function renderPost({ source, format, file, components, assetBase, lang = siteConfig.defaultLanguage }: RenderOptions): Promise<RenderedPost> {
  const headings: Heading[] = [];
  const refuseBlockedContent = () => (tree: Root) => {
    const { errors } = checkMdxTree(tree, file);
    if (errors.length > 0) throw new ContentErrors(errors);
  };
  try {
    const { content } = await compileMDX({
      source: stripMoreMarker(source),
      components,
      options: {
        blockJS: true,
        mdxOptions: {
          format,
          remarkPlugins: [remarkGfm, refuseBlockedContent],
          rehypePlugins: [
            ...(format === 'md' ? markdownHtmlPlugins : []),
            ...headingPlugins({ headings, linkLabel: labelsFor(lang).headingLink }),
            rehypeComponentHeadingLevels,
            rehypeCodeBlocks,
            [rehypePostUrls, { assetBase }],
          ],
        },
      },
    });
    return { content, headings };
  } catch (error) {
    throw new Error(`${file}: this post cannot be rendered.\n${error instanceof Error ? error.message : String(error)}`);
  }
}
