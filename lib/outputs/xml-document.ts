// The one writer of the site's XML files (RSS and Atom). Texts from posts go in as DOM text nodes and
// attribute values, and @xmldom/xmldom's serializer escapes them: nothing a post writes (`]]>`, `<`,
// an `xmlns` of its own) can end a text and start an element. The `feed` package used before wrapped
// texts in CDATA and split only the first `]]>`, so a title with two ended the section early.
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/** An element to write: a name with or without a namespace prefix, attributes, and elements or texts inside. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/** An element; an attribute or child that is undefined is left out, so optional parts can be written inline. */
export function xmlElement(
  name: string,
  attributes: Record<string, string | undefined> = {},
  ...children: (XmlElement | string | undefined)[]
): XmlElement {
  const present = Object.entries(attributes).flatMap(([key, value]) => (value === undefined ? [] : [[key, value] as const]));
  return { name, attributes: Object.fromEntries(present), children: children.filter((child) => child !== undefined) };
}

// XML 1.0's Char production: what is outside it (most C0 controls, U+FFFE, U+FFFF, lone surrogates)
// is refused by every XML parser, even written as a character reference, so it can only be dropped.
const notXmlCharacter = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 cannot carry. */
export function xmlSafeText(text: string): string {
  return text.replace(notXmlCharacter, '');
}

const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * `root` as an XML document. `namespaces` maps each prefix the elements use to its URI ('' for the
 * default namespace); every one is declared on the root, so namespace-aware parsers read the file.
 */
export function xmlDocument(root: XmlElement, namespaces: Record<string, string>): string {
  const document = new DOMImplementation().createDocument(namespaces[''] ?? null, '');
  const element = domElement(document, root, namespaces);
  for (const [prefix, uri] of Object.entries(namespaces)) {
    if (prefix !== '') element.setAttributeNS(xmlnsNamespace, `xmlns:${prefix}`, uri);
  }
  document.appendChild(element);
  // requireWellFormed: a character that slipped past xmlSafeText fails the build instead of writing
  // a feed no reader opens. A carriage return in a text would be read back as a line feed (XML's
  // end-of-line handling) unless written as a reference; outside texts the serializer writes none.
  const body = new XMLSerializer().serializeToString(document, { requireWellFormed: true }).replace(/\r/g, '&#13;');
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}

function domElement(document: Document, { name, attributes, children }: XmlElement, namespaces: Record<string, string>): Element {
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
  const namespace = namespaces[prefix];
  if (prefix !== '' && namespace === undefined) throw new Error(`xmlDocument: the prefix of <${name}> is not among the namespaces given`);
  const element = document.createElementNS(namespace ?? null, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, xmlSafeText(value));
  // An element that holds elements alone has each on a line of its own (white space beside a text
  // would change the text), unindented: indentation was a tenth of a tag's feed, which only programs read.
  const hasElementsAlone = children.length > 0 && children.every((child) => typeof child !== 'string');
  for (const child of children) {
    if (hasElementsAlone) element.appendChild(document.createTextNode('\n'));
    element.appendChild(
      typeof child === 'string' ? document.createTextNode(xmlSafeText(child)) : domElement(document, child, namespaces),
    );
  }
  if (hasElementsAlone) element.appendChild(document.createTextNode('\n'));
  return element;
}
