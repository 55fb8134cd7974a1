// The only module that knows how posts are compiled. It wraps next-mdx-remote (archived after
// 6.0.0), which wraps @mdx-js/mdx: swapping it for @mdx-js/mdx's evaluate() happens here alone.
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { MDXComponents } from 'mdx/types';
import type { ReactElement } from 'react';
import remarkGfm from 'remark-gfm';
import { ContentError, ContentErrors } from './content/content-error';
import { checkMdxTree } from './content/validate-mdx';
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

export interface RenderOptions extends PostUrlOptions {
  source: string;
  format: SourceFormat;
  file: string;
  components: MDXComponents;
}

/** Compiles and renders a post body on the server. JavaScript in the post is refused, never run. */
export async function renderMdx({ source, format, file, components, assetBase }: RenderOptions): Promise<ReactElement> {
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
          rehypePlugins: [[rehypePostUrls, { assetBase }]],
        },
      },
    });
    return content;
  } catch (error) {
    throw new Error(`${file}: this post cannot be rendered.\n${error instanceof Error ? error.message : String(error)}`);
  }
}
