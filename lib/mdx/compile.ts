// The only module that knows how posts are compiled. It uses @mdx-js/mdx directly, in two steps:
// compileMdx() turns a body into JavaScript (a string, which lib/mdx/compile-cache.ts keeps
// on disk keyed by the body) and runMdx() turns that into React elements on the server. next-mdx-remote
// (archived after 6.0.0), which wraps the same library, offers only both steps at once.
import { createProcessor, nodeTypes, runSync } from '@mdx-js/mdx';
import type { Root as HastRoot } from 'hast';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MDXComponents } from 'mdx/types';
import { createElement, type ReactElement } from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Language } from '@/site.config';
import { ContentError, ContentErrors } from '../model/content-error';
import type { Heading, SourceFormat } from '../model/post';
import { checkMdxTree } from './check-tree';
import { isAllowedEmbed, markupSchema } from '../model/markup-allow-list';
import { rehypeAllowList, rehypeFragmentLinks } from './rehype-allow-list';
import { labelsFor } from '../model/labels';
import { rehypeCodeBlocks } from './rehype-code-blocks';
import { headingPlugins } from './rehype-headings';
import { rehypeComponentHeadingLevels } from './rehype-component-heading-levels';
import { rehypePostUrls, type PostUrlOptions } from './rehype-post-urls';


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
    // A stack overflow is not a syntax error: the loader reports it as nesting too deep.
    if (error instanceof RangeError) throw error;
    throw syntaxError(error, file);
  }
}

function removeDisallowedEmbeds() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (element, index, parent) => {
      if (element.tagName !== 'iframe' || isAllowedEmbed(element.properties.src) || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

// Raw HTML in .md posts (as Hugo sites have it) renders, but only what the allow-list names; the check
// warns about each thing removed. JSX in .mdx is refused by the check and removed by rehypeAllowList.
const markdownHtmlPlugins: PluggableList = [[rehypeRaw, { passThrough: nodeTypes }], [rehypeSanitize, markupSchema], removeDisallowedEmbeds];

export interface CompileOptions extends PostUrlOptions {
  source: string;
  format: SourceFormat;
  file: string;
  /** The language of the words the compile adds (the label of a heading's link, the footnotes' heading and back links). */
  lang: Language;
}

/** A compiled post body: JavaScript to run, and the h2–h4 headings the compile gave ids. Plain data, so it can be cached. */
export interface CompiledMdx {
  code: string;
  headings: Heading[];
  /**
   * The weekly's components in the compiled body, in the order written: a hub renders the children of
   * the nth one from this same code (lib/mdx/render.ts), and the check makes sure the count is the parse's.
   */
  components: string[];
}

/** Lists the components left in the tree that becomes code, as MDX will call them: in document order. */
function listComponents(components: string[]) {
  return () => (tree: HastRoot) => {
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? '')) components.push(node.name!);
    });
  };
}

/**
 * Takes every piece of JavaScript out of the tree before it becomes code: imports, exports,
 * expressions (comments included) and props written as expressions. The content checks refuse
 * posts that have any; this is the second lock, so that a gap in a check can never run code.
 */
function removeJavaScript() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (!parent || index === undefined) return;
        parent.children.splice(index, 1);
        return index;
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        node.attributes = node.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string'));
      }
    });
  };
}

function refuseBlockedContent(file: string, source: string) {
  return () => (tree: Root) => {
    const { errors } = checkMdxTree(tree, file, source);
    if (errors.length > 0) throw new ContentErrors(errors);
  };
}

/**
 * Compiles a post body to the body of a JavaScript function. JavaScript written in the post (imports,
 * exports, expressions) is refused: the content checks reject it, and the compile checks again when it
 * parses the source itself. A tree that the caller parsed (with parseMdx) and checked is compiled
 * without parsing it twice. Code is highlighted here, at build time.
 */
export async function compileMdx({ source, format, file, assetBase, bundleRootImages, imageSizes, lang }: CompileOptions, checkedTree?: Root): Promise<CompiledMdx> {
  const headings: Heading[] = [];
  const components: string[] = [];
  const labels = labelsFor(lang);
  const processor = createProcessor({
    format,
    outputFormat: 'function-body',
    development: false,
    remarkRehypeOptions: {
      footnoteLabel: labels.footnotes,
      // Numbered as GitHub numbers them: the second reference to footnote 1 is "1-2".
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        labels.footnoteBackLabel(`${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`),
    },
    remarkPlugins: [remarkGfm, ...(checkedTree ? [] : [refuseBlockedContent(file, source)]), removeJavaScript],
    rehypePlugins: [
      ...(format === 'md' ? markdownHtmlPlugins : [rehypeAllowList]),
      ...headingPlugins({ headings, linkLabel: labels.headingLink }),
      rehypeFragmentLinks,
      rehypeComponentHeadingLevels,
      rehypeCodeBlocks,
      [rehypePostUrls, { assetBase, bundleRootImages, imageSizes }],
      listComponents(components),
    ],
  });
  const vfile = new VFile({ path: file, value: stripMoreMarker(source) });
  let tree: Root;
  try {
    tree = checkedTree ?? (processor.parse(vfile) as Root);
  } catch (error) {
    throw syntaxError(error, file);
  }
  try {
    // createProcessor's type calls the tree run() starts from an estree Program; it is the mdast Root parse() gives.
    const program = await processor.run(tree as unknown as Program, vfile);
    return { code: processor.stringify(program, vfile), headings, components };
  } catch (error) {
    if (error instanceof ContentErrors || error instanceof ContentError) throw error;
    const { line = 0, column = 0 } = (error ?? {}) as MdxSyntaxError;
    throw new ContentError(file, line, column, `this post cannot be compiled: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Turns a compiled body into React elements, with the components posts may use. */
export function runMdx({ code }: CompiledMdx, components: MDXComponents): ReactElement {
  const { default: Content } = runSync(code, { ...jsxRuntime, baseUrl: import.meta.url });
  return createElement(Content, { components });
}
