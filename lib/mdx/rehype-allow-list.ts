import type { Element, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { attributeAsRead, attributeName, elementOfJsx, markupProblems, markupSchema } from '../model/markup-allow-list';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

const isJsx = (node: { type: string }): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isHtmlElement = (element: JsxElement) => element.name !== null && /^[a-z]/.test(element.name) && !element.name.includes('.');
const clobberPrefix = markupSchema.clobberPrefix ?? 'user-content-';
const clobbered = new Set((markupSchema.clobber ?? []).map(attributeName));

/**
 * The second lock of the allow-list in .mdx: the check refuses a post with markup the allow-list
 * does not name, and this takes it out of the compiled body all the same (the element with what it
 * holds, or the attribute), so that a gap in a check can never put it on a page. It also prefixes
 * the ids and names an author writes, as the .md sanitizer does, so that none can stand for a
 * global the site's scripts read (`<a id="__next_f">`).
 */
export function rehypeAllowList() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!isJsx(node) || !isHtmlElement(node)) return;
      const props: Record<string, string | true> = Object.fromEntries(node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && (attribute.value === null || typeof attribute.value === 'string') ? [[attribute.name, attribute.value ?? true]] : []));
      const problems = markupProblems(elementOfJsx(node.name!, props));
      if (problems.some((problem) => problem.attribute === undefined) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      const refused = new Set(problems.map((problem) => problem.attribute));
      const kept = node.attributes.filter((attribute): attribute is MdxJsxAttribute =>
        attribute.type === 'mdxJsxAttribute' && !refused.has(attributeAsRead(attribute.name)));
      node.attributes = kept;
      for (const attribute of kept) {
        const isClobbered = clobbered.has(attributeAsRead(attribute.name));
        if (isClobbered && typeof attribute.value === 'string' && !attribute.value.startsWith(clobberPrefix)) attribute.value = clobberPrefix + attribute.value;
      }
    });
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Links within a post (`#x`) follow the prefix the allow-list gave the ids an author wrote: `#x`
 * leads to `user-content-x` when the post has no element `x` of its own (a heading's id, which
 * keeps its form so that existing anchors still work).
 */
export function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'element' && typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (isJsx(node)) {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') ids.add(attribute.value);
        }
      }
    });
    const target = (href: string): string => {
      const id = decodeFragment(href.slice(1));
      return ids.has(id) || !ids.has(clobberPrefix + id) ? href : `#${clobberPrefix}${id}`;
    };
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) {
        (node as Element).properties.href = target(node.properties.href);
      }
      if (isJsx(node) && node.name === 'a') {
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string' && attribute.value.startsWith('#')) attribute.value = target(attribute.value);
        }
      }
    });
  };
}
