import type { Nodes, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { stableId } from './ids';

/**
 * What is written between a component's tags (the changes of a ReleaseNote, the answer of a QA,
 * the abstract of an EventCard), kept from the post's one parse so that hub pages, feeds and
 * calendars can show it without parsing the post again. A hub page renders the children out of the
 * post's own compiled body (lib/mdx/render.ts), never from their text: cut out of a quote or a list,
 * the same text can parse as something else.
 */
export interface ComponentChildren {
  /** Which use of its component it is in the post, counted from 0 in the order written: the same count in the compiled body. */
  ordinal: number;
  /** The children as plain text: one line a block, one line a list item (image alt text left out). */
  text: string;
  /**
   * A hash of the children's syntax tree without its places: equal for the same Markdown wherever it
   * is written (in a quote or not), different for any other text, link or image.
   */
  fingerprint: string;
  /** Nothing is written between the tags (or there are no tags: `<QA … />`). */
  isEmpty: boolean;
}

function blockLines(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map((item) => `- ${plainText(item)}`);
  const text = plainText(node);
  return text === '' ? [] : [text];
}

function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** The tree as JSON without the places of its nodes. */
function withoutPlaces(nodes: RootContent[]): string {
  return JSON.stringify(nodes, (key, value: unknown) => (key === 'position' ? undefined : value));
}

/** The children of a component element: which use of its component it is, its text and its fingerprint. */
export function componentChildren(element: MdxJsxFlowElement | MdxJsxTextElement, ordinal: number): ComponentChildren {
  const children = element.children as RootContent[];
  const text = children.flatMap(blockLines).filter((line) => line !== '- ').join('\n');
  return { ordinal, text, fingerprint: stableId(withoutPlaces(children)), isEmpty: children.length === 0 };
}
