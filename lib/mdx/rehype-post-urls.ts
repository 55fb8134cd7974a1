import type { Root, Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { isUsableImageSide, maxImageSide, type ImageSize } from '../model/post';

import { isRemoteWebUrl, resolvePostUrl } from '../urls';

export interface PostUrlOptions {
  /** Where the post's page bundle files are served, ending in "/": relative image paths resolve against it. */
  assetBase: string;
  /** Images written from the site root that are the bundle's files (see Post.bundleRootImages). */
  bundleRootImages?: readonly string[];
  /** The measured size of each local image, by the URL as written (see Post.imageSizes). */
  imageSizes?: Readonly<Record<string, ImageSize>>;
}

/** The measured size of the image written as src; Markdown images reach the tree with their URL percent-encoded. */
function measuredSize(src: string, { imageSizes = {} }: PostUrlOptions): ImageSize | undefined {
  if (Object.hasOwn(imageSizes, src)) return imageSizes[src];
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return undefined;
  }
  return Object.hasOwn(imageSizes, decoded) ? imageSizes[decoded] : undefined;
}

/** A width or height written as a number of pixels ("400", 400), as browsers read the attribute. */
const writtenPixels = (value: unknown): number | undefined => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isNaN(number) ? undefined : number;
};

/** A written width or height no page can lay out (0, 1000000000): left off the page, as an unusable measured size is. */
const isUnusableSide = (value: unknown): boolean => {
  const pixels = writtenPixels(value);
  return pixels !== undefined && !isUsableImageSide(pixels);
};

const usableSide = (value: unknown): number | undefined => {
  const pixels = writtenPixels(value);
  return pixels !== undefined && isUsableImageSide(pixels) ? pixels : undefined;
};

/**
 * The width and height an image is given, so that its room is kept before it loads: the author's,
 * the measured size's, or the measured proportions applied to the one the author gave. A remote
 * image (never measured) keeps what the author wrote.
 */
function imageDimensions(size: ImageSize | undefined, width: unknown, height: unknown): { width: string; height: string } | undefined {
  const [givenWidth, givenHeight] = [usableSide(width), usableSide(height)];
  if (!size || (givenWidth && givenHeight)) return undefined;
  const scaled = (side: number) => String(Math.min(Math.max(Math.round(side), 1), maxImageSide));
  if (givenWidth) return { width: String(givenWidth), height: scaled((givenWidth * size.height) / size.width) };
  if (givenHeight) return { width: scaled((givenHeight * size.width) / size.height), height: String(givenHeight) };
  return { width: String(size.width), height: String(size.height) };
}

function resolveUrl(url: string, { assetBase, bundleRootImages }: PostUrlOptions, isAsset: boolean): string {
  return resolvePostUrl(url, isAsset ? assetBase : null, bundleRootImages);
}


/**
 * Makes a post's links and images work wherever the site is deployed and however the post was written:
 * root-relative URLs get the base path, a bundle's relative images point at the bundle's folder,
 * images load lazily (remote ones without a referrer, which their hosts may require) with their
 * measured width and height if they are local (so the text does not jump as they load), and links that
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
    for (const side of ['width', 'height'] as const) if (isUnusableSide(properties[side])) delete properties[side];
    const dimensions = imageDimensions(measuredSize(properties.src, options), properties.width, properties.height);
    if (dimensions) Object.assign(properties, dimensions);
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
    element.attributes = element.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && (attribute.name === 'width' || attribute.name === 'height') && isUnusableSide(attribute.value)));
    for (const side of ['width', 'height']) if (isUnusableSide(attributes.get(side)?.value)) attributes.delete(side);
    const dimensions = imageDimensions(measuredSize(src, options), attributes.get('width')?.value, attributes.get('height')?.value);
    if (dimensions) {
      set('width', dimensions.width);
      set('height', dimensions.height);
    }
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
