import type { Nodes, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';

/**
 * What is written between a component's tags (the changes of a ReleaseNote, the answer of a QA,
 * the abstract of an EventCard), kept from the post's one parse so that hub pages, feeds and
 * calendars can show it without parsing the post again.
 */
export interface ComponentChildren {
  /** Where the children's Markdown starts and ends in the post body (the body keeps the file's offsets). */
  start: number;
  end: number;
  /** The children as plain text: one line a block, one line a list item (image alt text left out). */
  text: string;
}

function blockLines(node: RootContent): string[] {
  if (node.type === 'list') return node.children.map((item) => `- ${plainText(item)}`);
  const text = plainText(node);
  return text === '' ? [] : [text];
}

function plainText(node: Nodes): string {
  return toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** The children of a component element, by their place in the source and as plain text. */
export function componentChildren(element: MdxJsxFlowElement | MdxJsxTextElement): ComponentChildren {
  const first = element.children[0]?.position?.start.offset;
  const last = element.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return { start: 0, end: 0, text: '' };
  const text = (element.children as RootContent[]).flatMap(blockLines).filter((line) => line !== '- ').join('\n');
  return { start: first, end: last, text };
}

/** The children's Markdown source, cut from the body of the post they were written in. */
export function childrenSource(body: string, children: ComponentChildren): string {
  return body.slice(children.start, children.end);
}
