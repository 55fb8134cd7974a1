// A post's body as a standalone HTML fragment, for feeds. It renders with react-dom/server, which
// Next.js refuses in server components and route handlers (they resolve react-dom/server to a stub
// that throws), so only build scripts import this module, never a route.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MDXComponents } from 'mdx/types';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { visit } from 'unist-util-visit';
import type { Post } from '../model/post';
import { postCompileOptions } from '../mdx/compile-cache';
import { lightColorOfClasses } from '../mdx/code-colors';
import { renderMdx } from '../mdx/render';
import { absoluteUrl, coverUrl, postUrl } from '../urls';

const urlProperties = ['href', 'src', 'poster', 'cite', 'action'] as const;

function absolute(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url;
  }
}

/**
 * Makes an HTML fragment stand on its own, as a feed reader shows it on another site: every URL
 * absolute, resolved against the page it was written for; no class names, which mean nothing
 * without the site's style sheet (a code token's colour becomes a style); no <link rel="preload"> hints, which React 19 writes for
 * images when it renders outside a document; no scripts and nothing hidden.
 */
export function standaloneHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element, index, parent) => {
    // An event card's script and what it keeps hidden: a feed shows the card as the build's clock saw it.
    const isPageOnly = element.tagName === 'link' || element.tagName === 'script' || element.properties.hidden !== undefined;
    if (isPageOnly && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    const properties = element.properties;
    for (const name of urlProperties) {
      const value = properties[name];
      if (typeof value === 'string' && value.trim() !== '') properties[name] = absolute(value.trim(), pageUrl);
    }
    // srcset is a list of candidates, each a URL and a descriptor: "a.png 1x, b.png 2x".
    if (typeof properties.srcSet === 'string') {
      properties.srcSet = properties.srcSet
        .split(',')
        .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url, pageUrl)))
        .join(', ');
    }
    // A highlighted token's colour is a class name: it keeps the light theme's colour as a style.
    const tokenColor = Array.isArray(properties.className) ? lightColorOfClasses(properties.className) : undefined;
    if (tokenColor && properties.style === undefined) properties.style = tokenColor;
    delete properties.className;
  });
  return toHtml(tree);
}

/** The post's cover (if any) and body as HTML with absolute URLs, as a feed carries it. */
export async function postHtml(post: Post, components: MDXComponents): Promise<string> {
  const body = await renderMdx({ ...postCompileOptions(post), components });
  const cover = post.cover && createElement('img', { src: coverUrl(post), alt: '' });
  return standaloneHtml(renderToStaticMarkup(createElement(Fragment, null, cover, body)), absoluteUrl(postUrl(post)));
}
