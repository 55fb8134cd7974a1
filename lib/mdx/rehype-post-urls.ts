import type { Root, Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

import { isRemoteWebUrl, resolvePostUrl } from '../urls';

export interface PostUrlOptions {
  /** Where the post's page bundle files are served, ending in "/": relative image paths resolve against it. */
  assetBase: string;
  /** Images written from the site root that are the bundle's files (see Post.bundleRootImages). */
  bundleRootImages?: readonly string[];
}

function resolveUrl(url: string, { assetBase, bundleRootImages }: PostUrlOptions, isAsset: boolean): string {
  return resolvePostUrl(url, isAsset ? assetBase : null, bundleRootImages);
}


/**
 * Makes a post's links and images work wherever the site is deployed and however the post was written:
 * root-relative URLs get the base path, a bundle's relative images point at the bundle's folder,
 * images load lazily (remote ones without a referrer, which their hosts may require), and links that
 * open a new tab get rel="noopener noreferrer". Handles Markdown and HTML written in MDX alike.
 */
export function rehypePostUrls(options: PostUrlOptions) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') rewriteElement(node, options);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') rewriteJsxElement(node, options);
    });
  };
}

function rewriteElement(element: Element, options: PostUrlOptions) {
  const properties = element.properties;
  if (element.tagName === 'img' && typeof properties.src === 'string') {
    properties.src = resolveUrl(properties.src, options, true);
    properties.loading ??= 'lazy';
    properties.decoding ??= 'async';
    if (isRemoteWebUrl(properties.src)) properties.referrerPolicy = 'no-referrer';
  }
  if (element.tagName === 'a' && typeof properties.href === 'string') {
    properties.href = resolveUrl(properties.href, options, false);
    if (properties.target === '_blank') properties.rel = ['noopener', 'noreferrer'];
  }
}

function rewriteJsxElement(element: MdxJsxFlowElementHast | MdxJsxTextElementHast, options: PostUrlOptions) {
  const attributes = new Map(
    element.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [[attribute.name, attribute] as const] : [])),
  );
  const set = (name: string, value: string) => {
    const existing = attributes.get(name);
    if (existing) existing.value = value;
    else element.attributes.push({ type: 'mdxJsxAttribute', name, value });
  };
  const src = attributes.get('src')?.value;
  if (element.name === 'img' && typeof src === 'string') {
    const resolved = resolveUrl(src, options, true);
    set('src', resolved);
    if (!attributes.has('loading')) set('loading', 'lazy');
    if (isRemoteWebUrl(resolved)) set('referrerPolicy', 'no-referrer');
  }
  const href = attributes.get('href')?.value;
  if (element.name === 'a' && typeof href === 'string') {
    set('href', resolveUrl(href, options, false));
    if (attributes.get('target')?.value === '_blank') set('rel', 'noopener noreferrer');
  }
}
