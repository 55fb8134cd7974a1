import type { Definition, Nodes, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from '../model/markup-allow-list';

/**
 * Takes each link and image whose URL the allow-list refuses out of a post's tree, keeping what a
 * reader reads: a link's text, an image's alt text. The check reports each one (an error, or under
 * brokenLinks 'warning' a warning, and the post is built without it: this is what that post shows).
 * A .md post's sanitizer would keep an <a> without its href; an .mdx post has no sanitizer for
 * Markdown's links, so this is also the second lock behind the check there.
 */
export function remarkRefusedUrls() {
  return (tree: Root) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (definition) => {
      if (!definitions.has(definition.identifier)) definitions.set(definition.identifier, definition);
    });
    const altText = (alt: string | null | undefined): PhrasingContent[] => (alt ? [{ type: 'text', value: alt }] : []);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      let kept: PhrasingContent[] | undefined;
      if (node.type === 'link' && !isSafeUrl(node.url, 'href')) kept = node.children;
      if (node.type === 'image' && !isSafeUrl(node.url, 'src')) kept = altText(node.alt);
      if (node.type === 'linkReference' || node.type === 'imageReference') {
        const definition = definitions.get(node.identifier);
        const isRefused = definition !== undefined && !isSafeUrl(definition.url, node.type === 'linkReference' ? 'href' : 'src');
        if (isRefused) kept = node.type === 'linkReference' ? node.children : altText(node.alt);
      }
      if (kept === undefined) return;
      (parent.children as Nodes[]).splice(index, 1, ...kept);
      return index;
    });
  };
}
