import { DOMParser, type DocumentType, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';

/** One reason an SVG file may not be published, at its place in the file (0 when unknown). */
export interface SvgProblem {
  line: number;
  column: number;
  reason: string;
}

const svgNamespace = 'http://www.w3.org/2000/svg';
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * Elements refused whatever their namespace or case: each runs script, embeds HTML, or changes the
 * document after the check (an animation can set an `href` to `javascript:` while the reader looks).
 * Keyed in lower case: XML is case-sensitive, so `<SCRIPT>` is inert, but refusing it costs no real SVG.
 */
const refusedElements = new Map<string, string>([
  ['script', 'runs script'],
  ['handler', 'runs script'],
  ['listener', 'attaches an event handler'],
  ['foreignobject', 'embeds HTML, which can run script'],
  ['animate', 'is an animation, which can rewrite a link while the page is open'],
  ['set', 'is an animation, which can rewrite a link while the page is open'],
  ['animatemotion', 'is an animation, which can rewrite a link while the page is open'],
  ['animatetransform', 'is an animation, which can rewrite a link while the page is open'],
  ['animatecolor', 'is an animation, which can rewrite a link while the page is open'],
  ['discard', 'is an animation element, which changes the document while the page is open'],
]);

/** Namespaces whose elements a browser gives behaviour (an HTML `<script>`, `<iframe>`) inside an SVG document. */
const activeNamespaces = new Map<string, string>([
  ['http://www.w3.org/1999/xhtml', 'an HTML element'],
  ['http://www.w3.org/1998/Math/MathML', 'a MathML element'],
]);

/** Raster images that an `<image>` may carry inline as a data: URL: they fetch nothing and run nothing. */
const inlineRasterImage = /^data:image\/(?:png|jpeg|gif|webp|avif)[;,]/i;

/** CSS escapes (`\75 rl(` is `url(`) decoded, so that the checks below see what a browser's CSS parser sees. */
function decodeCssEscapes(css: string): string {
  return css.replace(/\\([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\\([^\n\r\f0-9a-fA-F])/g, (_, hex: string | undefined, character: string | undefined) => {
    if (hex === undefined) return character ?? '';
    const codePoint = Number.parseInt(hex, 16);
    return codePoint === 0 || codePoint > 0x10ffff ? '\ufffd' : String.fromCodePoint(codePoint);
  });
}

// Browsers drop tabs and newlines anywhere in a URL and spaces and control characters around it.
const withoutUrlNoise = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '');

/** What is wrong with text a browser reads as CSS or as a URL: an attribute value or a `<style>` sheet. */
function findCssProblem(text: string): string | undefined {
  const css = decodeCssEscapes(text);
  if (/(?:java|vb)script:/i.test(withoutUrlNoise(css))) return 'holds a javascript: URL';
  // url() and src() fetch what they name unless it is a fragment of this file.
  const urlFunction = /(?<![\w-])(?:url|src)\s*\(\s*(['"]?)\s*(.?)/gi;
  for (const match of css.matchAll(urlFunction)) {
    if (match[2] !== '#') return 'refers to a file outside this SVG with url(); only url(#id) is allowed';
  }
  if (/(?<![\w-])(?:-webkit-)?(?:image-set|image|cross-fade)\s*\(/i.test(css)) return 'loads an image by CSS, which may come from outside this SVG';
  if (/@import/i.test(css)) return 'imports a style sheet from outside this SVG';
  return undefined;
}

const describeElement = (element: XmlElement) => `<${element.nodeName}>`;

function at(node: XmlNode, reason: string): SvgProblem {
  return { line: node.lineNumber ?? 0, column: node.columnNumber ?? 0, reason };
}

function findElementProblems(element: XmlElement, problems: SvgProblem[]): void {
  const name = (element.localName ?? element.nodeName).toLowerCase();
  const refusal = refusedElements.get(name);
  if (refusal) problems.push(at(element, `${describeElement(element)} ${refusal}`));
  const foreign = element.namespaceURI === null ? undefined : activeNamespaces.get(element.namespaceURI);
  if (foreign) problems.push(at(element, `${describeElement(element)} is ${foreign}, which a browser runs inside an SVG`));

  for (const attribute of Array.from(element.attributes)) {
    if (attribute.namespaceURI === xmlnsNamespace) continue;
    const attributeName = (attribute.localName ?? attribute.name).toLowerCase();
    const where = `${attribute.name} on ${describeElement(element)}`;
    if (attributeName.startsWith('on')) {
      problems.push(at(attribute, `${where} is an event handler, which runs script`));
      continue;
    }
    if (attributeName === 'href') {
      const url = withoutUrlNoise(attribute.value);
      const isInlineImage = name === 'image' && inlineRasterImage.test(url);
      if (/^(?:java|vb)script:/i.test(url)) {
        problems.push(at(attribute, `${where} is a javascript: URL, which runs script`));
        continue;
      }
      if (!url.startsWith('#') && !isInlineImage) {
        problems.push(at(attribute, `${where} refers to "${attribute.value.slice(0, 80)}", outside this SVG; only links to #ids of the file are allowed`));
        continue;
      }
    }
    const cssProblem = findCssProblem(attribute.value);
    if (cssProblem) problems.push(at(attribute, `${where} ${cssProblem}`));
  }
  if (name === 'style') {
    const cssProblem = findCssProblem(element.textContent ?? '');
    if (cssProblem) problems.push(at(element, `${describeElement(element)} ${cssProblem}`));
  }
}

const isElement = (node: XmlNode): node is XmlElement => node.nodeType === node.ELEMENT_NODE;
const isDocumentType = (node: XmlNode): node is DocumentType => node.nodeType === node.DOCUMENT_TYPE_NODE;

function findNodeProblems(node: XmlNode, problems: SvgProblem[]): void {
  if (isElement(node)) findElementProblems(node, problems);
  if (node.nodeType === node.PROCESSING_INSTRUCTION_NODE && node.nodeName.toLowerCase() === 'xml-stylesheet') {
    problems.push(at(node, '<?xml-stylesheet?> loads a style sheet or an XSLT transform, which can add script'));
  }
  if (isDocumentType(node) && node.internalSubset.trim() !== '') {
    problems.push(at(node, 'the DOCTYPE declares its own entities, which a browser expands into markup; remove the [ … ] part'));
  }
}

// xmldom reads about 25,000 elements a second: this bounds the check of one file to about 2 s.
const maxTags = 50_000;

/** Where xmldom's parser stands when it reports an error: its handler (typed `any`) carries a locator. */
function parserPosition(handler: unknown): { line: number; column: number } {
  const locator = typeof handler === 'object' && handler !== null && 'locator' in handler ? handler.locator : undefined;
  const numberAt = (key: string) => {
    const value: unknown = typeof locator === 'object' && locator !== null ? Reflect.get(locator, key) : undefined;
    return typeof value === 'number' ? value : 0;
  };
  return { line: numberAt('lineNumber'), column: numberAt('columnNumber') };
}

/**
 * Why an SVG file may not be published, or [] when it is only a picture. The file is read as a browser
 * reads an SVG opened on its own, as XML with namespaces: `<x:script xmlns:x="http://www.w3.org/2000/svg">`
 * is a script. Refused: script and event handlers, HTML inside, animations, and references to any file
 * outside this one (they would load from elsewhere, or through `javascript:` run script).
 */
export function findSvgProblems(text: string): SvgProblem[] {
  const tagCount = text.split('<').length - 1;
  if (tagCount > maxTags) {
    return [{ line: 0, column: 0, reason: `has ${tagCount} tags, more than the ${maxTags} that are checked; save a drawing this large as PNG or WebP` }];
  }
  const problems: SvgProblem[] = [];
  const parseErrors: SvgProblem[] = [];
  let document;
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return;
        const { line, column } = parserPosition(context);
        parseErrors.push({ line, column, reason: `is not well-formed XML (${message.split('\n')[0]}), so it cannot be checked` });
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch {
    // A fatal error was reported to onError above before the parser stopped.
  }
  if (!document) return parseErrors.length > 0 ? parseErrors.slice(0, 1) : [{ line: 0, column: 0, reason: 'is not well-formed XML, so it cannot be checked' }];
  const root = document.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== svgNamespace) {
    problems.push({ line: root?.lineNumber ?? 0, column: root?.columnNumber ?? 0, reason: `is not an SVG image: its root element must be <svg xmlns="${svgNamespace}">` });
  }
  // Walked with a stack, not recursion: a file of deeply nested groups must not overflow the check.
  const pending: XmlNode[] = [document];
  for (let node = pending.pop(); node; node = pending.pop()) {
    findNodeProblems(node, problems);
    for (let index = node.childNodes.length - 1; index >= 0; index--) pending.push(node.childNodes[index]!);
  }
  // A browser stops at the first error an XML parser reports, and xmldom reads on: what it read is checked too.
  problems.push(...parseErrors.slice(0, 1));
  return problems;
}
