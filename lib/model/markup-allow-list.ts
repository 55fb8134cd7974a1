// The one allow-list of the markup a post may put on a page, for raw HTML in .md and JSX in .mdx
// alike: hast-util-sanitize's schema (GitHub's rules), extended with what the weekly's posts use.
// The .md compile sanitizes with it; the .mdx check refuses what it would remove, and the .mdx
// compile removes it too. Anything not named here cannot reach a reader's page.
import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { siteConfig } from '@/site.config';

const webProtocols = ['http', 'https'];
const linkProtocols = ['http', 'https', 'mailto', 'irc', 'ircs', 'xmpp'];

// Every attribute that holds a URL, by its hast property name. Each one is listed with protocols, so
// that allowing one of them on an element can never let a javascript: or data: URL through.
const urlProtocols: Record<string, string[]> = {
  href: linkProtocols,
  src: webProtocols,
  srcSet: webProtocols,
  poster: webProtocols,
  cite: webProtocols,
  longDesc: webProtocols,
  action: webProtocols,
  formAction: webProtocols,
  xLinkHref: webProtocols,
  data: webProtocols,
  background: webProtocols,
  codeBase: webProtocols,
  ping: webProtocols,
  manifest: webProtocols,
};

const { ancestors: _ancestors, ...githubSchema } = defaultSchema;

/** What a post's markup may contain: elements, attributes per element (hast property names) and URL protocols. */
export const markupSchema: Schema = {
  ...githubSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr', 'audio', 'center', 'cite', 'figcaption', 'figure', 'font', 'iframe', 'mark', 'small', 'time', 'track', 'u', 'video',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'ariaHidden', 'ariaLabel'],
    a: [...(defaultSchema.attributes?.a ?? []), ['target', '_blank']],
    audio: ['src', 'controls', 'preload', 'loop', 'muted'],
    font: ['color', 'size', 'face'],
    iframe: ['src', 'width', 'height', 'title', 'allow', 'allowFullScreen', 'frameBorder', 'loading', 'scrolling'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading'],
    source: ['src', 'srcSet', 'type', 'media'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'loop', 'muted', 'playsInline'],
  },
  protocols: { ...defaultSchema.protocols, ...urlProtocols },
  // Removed with their text: a script or a style sheet must not show up as words on the page.
  strip: ['script', 'style', 'noscript', 'template', 'textarea', 'xmp', 'title'],
};

/** Whether an iframe's src is an https URL of a host in siteConfig.embedHosts: the only frames a post may embed. */
export function isAllowedEmbed(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && (siteConfig.embedHosts as readonly string[]).includes(url.hostname);
  } catch {
    return false;
  }
}

/** The longest inline image (a data: URL, in characters) a post may write; a larger picture is a file of its page bundle. */
export const maxInlineImageLength = 32 * 1024;

// The raster images goldmark (Hugo) lets through as data: URLs: none of them can hold script, as SVG can.
const inlineImagePattern = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/]*={0,2}$/i;

/** Whether a URL is an image written inline that an <img src> may show: a base64 PNG, GIF, JPEG or WebP within maxInlineImageLength. */
export function isInlineImage(url: string): boolean {
  return url.length <= maxInlineImageLength && inlineImagePattern.test(url);
}

/**
 * Whether a URL could run script, or show a page of its own, in a reader's browser: javascript:,
 * vbscript:, and data: other than a raster image. Read as a browser reads it: controls and spaces
 * around it, and tabs and line breaks in it, do not count. Such a URL is an error in every mode;
 * any other URL the allow-list refuses only leads nowhere.
 */
export function isScriptCapableUrl(url: string): boolean {
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (scheme === 'data') return !inlineImagePattern.test(read);
  return scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript';
}

// A mark no post can guess: an inline image's src waits behind it while the allow-list, which
// knows protocols per attribute and not per element, reads its <img>.
const inlineImageMark = `inline-image-${Math.random().toString(36).slice(2)}-`;

/**
 * The allow-list applied to a tree (hast-util-sanitize with markupSchema), letting an inline image
 * (isInlineImage) through in an <img src> and nowhere else: not in a link, a video or a frame.
 */
export function sanitizeMarkup(tree: Root): Root {
  const inlineImages: string[] = [];
  visit(tree, 'element', (element) => {
    const { src } = element.properties;
    if (element.tagName !== 'img' || typeof src !== 'string' || !isInlineImage(src)) return;
    element.properties = { ...element.properties, src: `${inlineImageMark}${inlineImages.push(src) - 1}` };
  });
  const result = sanitize(tree, markupSchema) as Root;
  if (inlineImages.length === 0) return result;
  visit(result, 'element', (element) => {
    const { src } = element.properties;
    if (element.tagName !== 'img' || typeof src !== 'string' || !src.startsWith(inlineImageMark)) return;
    const image = inlineImages[Number(src.slice(inlineImageMark.length))];
    if (image === undefined) delete element.properties.src;
    else element.properties.src = image;
  });
  return result;
}

/** What the allow-list keeps of one element (its children aside), or undefined when the element itself is not allowed. */
function sanitizedCopy(element: Element): Element | undefined {
  const alone: Element = { type: 'element', tagName: element.tagName, properties: element.properties, children: [] };
  // An element the schema keeps only inside another (a table's rows and cells) is checked inside it:
  // its own place in the post is the post's, and the compile's sanitize sees it there.
  const ancestors = markupSchema.ancestors ?? defaultSchema.ancestors ?? {};
  const ancestor = Object.hasOwn(ancestors, element.tagName) ? ancestors[element.tagName]?.[0] : undefined;
  const checked: Element = ancestor ? { type: 'element', tagName: ancestor, properties: {}, children: [alone] } : alone;
  const result = sanitizeMarkup({ type: 'root', children: [checked] });
  let kept = result.type === 'root' ? result.children[0] : undefined;
  if (ancestor) kept = kept?.type === 'element' ? kept.children[0] : undefined;
  return kept?.type === 'element' && kept.tagName === element.tagName ? kept : undefined;
}

/**
 * Whether a name is a member every object has: constructor, __proto__, toString… property-information's
 * find() (which hastscript calls) looks names up with `in`, finds Object's member for such a name and
 * fails; here it is an attribute of no schema, named as written.
 */
function isObjectMemberName(name: string): boolean {
  return name in Object.prototype || name.toLowerCase() in Object.prototype;
}

/** The hast property name of an attribute as an author writes it: srcdoc → srcDoc, xlink:href → xLinkHref. */
function propertyName(attribute: string): string {
  return isObjectMemberName(attribute) ? attribute : find(html, attribute).property;
}

/** The attribute name an author writes for a hast property: srcDoc → srcdoc, xLinkHref → xlink:href. */
export function attributeName(property: string): string {
  return isObjectMemberName(property) ? property : find(html, property).attribute;
}

/** An attribute an author wrote, named as the browser reads it: srcDoc, SRCDOC and srcdoc are srcdoc. */
export function attributeAsRead(written: string): string {
  return attributeName(propertyName(written));
}

/** One thing the allow-list does not let through: an element, or one attribute of it. */
export interface MarkupProblem {
  /** The attribute as the author wrote it, or undefined when the element itself is refused. */
  attribute?: string;
  reason: string;
}

function elementReason(tagName: string): string {
  if (tagName === 'svg') return '<svg> is not allowed in posts; save the drawing as an .svg file beside the post and show it as an image: ![what it shows](drawing.svg)';
  return `<${tagName}> is not among the HTML elements a post may use (docs/authoring.md, "What a post can and cannot do"); write it in Markdown instead`;
}

function attributeReason(tagName: string, attribute: string, value: unknown): string {
  if (/^on/i.test(attribute)) return `<${tagName}>: event handler ${attribute} is not allowed in posts`;
  if (attribute === 'style') return `<${tagName}>: style="…" is not allowed in posts; use Markdown, or a component, for layout`;
  const property = propertyName(attribute);
  if (Object.hasOwn(urlProtocols, property) && isAllowedAttribute(tagName, property)) {
    return `<${tagName}>: ${attribute} "${String(value)}" is not allowed; use an http(s) URL or a path on this site`;
  }
  if (/^data-pagefind/i.test(attribute)) return `<${tagName}>: ${attribute} is not allowed in posts: the search index belongs to the site`;
  return `<${tagName}>: the attribute ${attribute} is not allowed in posts`;
}

function isAllowedAttribute(tagName: string, property: string): boolean {
  const attributes = markupSchema.attributes ?? {};
  const entries = [...(Object.hasOwn(attributes, tagName) ? attributes[tagName] ?? [] : []), ...(attributes['*'] ?? [])];
  return entries.some((entry) => (typeof entry === 'string' ? entry : entry[0]) === property);
}

/** Whether the allow-list keeps this value of a property as written (the id prefix it adds aside). */
function isKeptAsWritten(property: string, written: unknown, kept: unknown): boolean {
  if (kept === undefined) return false;
  if (markupSchema.clobber?.includes(property)) return true;
  return JSON.stringify(written) === JSON.stringify(kept);
}

/**
 * What the allow-list would remove from this element (its children are checked on their own): the
 * element itself, or each attribute it does not allow, a URL with another protocol among them.
 */
export function markupProblems(element: Element): MarkupProblem[] {
  const tagName = element.tagName.toLowerCase();
  const kept = sanitizedCopy({ ...element, tagName });
  if (!kept) return [{ reason: elementReason(tagName) }];
  const problems: MarkupProblem[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (isKeptAsWritten(property, value, Object.hasOwn(kept.properties, property) ? kept.properties[property] : undefined)) continue;
    const attribute = attributeName(property);
    problems.push({ attribute, reason: attributeReason(tagName, attribute, Array.isArray(value) ? value.join(' ') : value) });
  }
  if (tagName === 'iframe' && problems.length === 0 && !isAllowedEmbed(element.properties.src)) {
    problems.push({
      attribute: 'src',
      reason: `<iframe> from "${String(element.properties.src ?? '')}" is not allowed; embeds must be https from ${siteConfig.embedHosts.join(', ')} (embedHosts in site.config.ts)`,
    });
  }
  return problems;
}

/** The hast element an author's JSX element stands for: attribute names normalised as the browser reads them (srcDoc, SRCDOC and srcdoc are one). */
export function elementOfJsx(name: string, attributes: Record<string, string | true>): Element {
  const element = h(name.toLowerCase());
  for (const [attribute, value] of Object.entries(attributes)) {
    // React spells two attributes its own way; the browser gets the HTML attribute either way.
    const htmlName = attribute === 'className' ? 'class' : attribute === 'htmlFor' ? 'for' : attribute;
    if (isObjectMemberName(htmlName)) {
      // Defined, not assigned: `properties.__proto__ = …` would change what the object inherits.
      Object.defineProperty(element.properties, htmlName, { value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    // One attribute at a time: hastscript would read a lone {type, value} pair as a child node.
    Object.assign(element.properties, h('x', { [htmlName]: value }).properties);
  }
  return element;
}

/** Whether a URL written in a post, as an href or a src, passes the allow-list: relative, or of a protocol it names. */
export function isSafeUrl(url: string, attribute: 'href' | 'src'): boolean {
  const element = h(attribute === 'href' ? 'a' : 'img', { [attribute]: url });
  return sanitizedCopy(element)?.properties[attribute] === url;
}
