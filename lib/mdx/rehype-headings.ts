import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import type { Heading } from '../model/post';
import { questionAnchor } from '../model/ids';

/** Headings deeper than this stay out of the table of contents (they still get an id and a link). */
const deepestListedHeading = 4;

export interface HeadingOptions {
  /** Filled with the post's h2–h4 headings, in order, as the compile finds them. */
  headings: Heading[];
  /** The accessible name of a heading's link to itself, given the heading's text. */
  linkLabel: (text: string) => string;
}

// Ids the browser also makes globals of (window.<id>): a heading must not stand for one the site's
// scripts read (Next.js keeps its data in self.__next_f) or that the browser defines. Slugs are lower case.
const windowNames = new Set([
  'alert', 'atob', 'blur', 'btoa', 'caches', 'chrome', 'close', 'closed', 'confirm', 'console', 'crypto', 'document', 'escape', 'eval',
  'event', 'external', 'fetch', 'find', 'focus', 'frames', 'history', 'length', 'location', 'locationbar', 'menubar', 'name', 'navigation',
  'navigator', 'open', 'opener', 'origin', 'parent', 'performance', 'personalbar', 'print', 'prompt', 'scheduler', 'screen', 'scroll',
  'scrollbars', 'self', 'status', 'statusbar', 'stop', 'toolbar', 'top', 'undefined', 'unescape', 'window',
]);
const isReservedId = (id: string) => id.startsWith('__') || windowNames.has(id) || /^on[a-z]+$/.test(id);

/** The anchors of the post's questions (components/mdx/QA.tsx gives its heading one), which the search index and /qa/ link to. */
function questionAnchorsIn(tree: Root): Set<string> {
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'QA') return;
    const prop = (name: string) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
    const asker = prop('asker');
    const question = prop('question');
    if (typeof asker === 'string' && typeof question === 'string') anchors.add(questionAnchor({ asker, question }));
  });
  return anchors;
}

/**
 * A heading whose id would be a reserved global, or a question's anchor in the same post, gets a suffix;
 * every other heading keeps the id readers' links already use.
 */
function suffixReservedIds() {
  return (tree: Root) => {
    const questionAnchors = questionAnchorsIn(tree);
    visit(tree, 'element', (element: Element) => {
      const id = element.properties.id;
      if (/^h[1-6]$/.test(element.tagName) && typeof id === 'string' && (isReservedId(id) || questionAnchors.has(id))) element.properties.id = `${id}-heading`;
    });
  };
}

/**
 * A heading only screen readers read: the footnotes' label, which remark-rehype marks sr-only as GitHub
 * does (app/globals.css hides it). It gets no link of its own and stays out of the table of contents.
 */
function isHiddenHeading(element: Element): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes('sr-only');
}

function collectHeadings({ headings }: Pick<HeadingOptions, 'headings'>) {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      const depth = Number(/^h([1-6])$/.exec(element.tagName)?.[1] ?? 0);
      const id = element.properties.id;
      if (depth < 2 || depth > deepestListedHeading || typeof id !== 'string' || isHiddenHeading(element)) return;
      headings.push({ depth, id, text: toString(element).trim() });
    });
  };
}

/**
 * Gives every heading an id (github-slugger, as GitHub does: Chinese is kept, "快照间隔怎么设置" stays
 * "快照间隔怎么设置"), a link to itself placed after it (inside the heading it would be read as part of
 * the heading's name), and reports the h2–h4 headings for the table of contents: the ids the TOC links to
 * are the ids this compile wrote.
 */
export function headingPlugins({ headings, linkLabel }: HeadingOptions): PluggableList {
  return [
    rehypeSlug,
    suffixReservedIds,
    [
      rehypeAutolinkHeadings,
      {
        behavior: 'after',
        test: (element: Element) => !isHiddenHeading(element),
        group: { type: 'element', tagName: 'div', properties: { className: ['heading-group'] }, children: [] },
        // Out of the search index: its "#" would otherwise open search excerpts ("# SOFAJRaft 快照…").
        properties: (heading: Element) => ({ className: ['heading-link'], ariaLabel: linkLabel(toString(heading).trim()), dataPagefindIgnore: '' }),
        content: { type: 'text', value: '#' },
      },
    ],
    [collectHeadings, { headings }],
  ];
}
