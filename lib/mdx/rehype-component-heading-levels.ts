import type { Root } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** The prop a component gets: the level its own heading takes (QA's question), one below the section it sits in. */
export const headingLevelProp = 'headingLevel';

/**
 * A weekly puts its questions under a ### section, an article under a ## one: a component's
 * heading is one level below the heading before it (h2 right after the page's h1 title), so that
 * headings never skip a level, whatever the post's sections are.
 */
export function rehypeComponentHeadingLevels() {
  return (tree: Root) => {
    let sectionDepth = 1;
    visit(tree, (node) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) sectionDepth = Number(node.tagName[1]);
      if (node.type !== 'mdxJsxFlowElement') return;
      const element = node as MdxJsxFlowElement;
      // Lower-case names are HTML written in the post, not components.
      if (!/^[A-Z]/.test(element.name ?? '')) return;
      element.attributes.push({ type: 'mdxJsxAttribute', name: headingLevelProp, value: String(Math.min(sectionDepth + 1, 6)) });
    });
  };
}
