import path from 'node:path';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx';
import type { Element } from 'hast';
import { raw } from 'hast-util-raw';
import { toHast } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { attributeAsRead, elementOfJsx, isSafeUrl, markupProblems, markupSchema } from '../model/markup-allow-list';
import type { ComponentUse, UrlUse } from '../model/post';
import { ContentError } from '../model/content-error';
import { componentChildren } from '../model/component-children';
import { componentPropSchemas, isComponentName, type ComponentName } from '../model/component-props';
import { unsafeCharacterInValue } from '../model/names';

export interface MdxCheck {
  errors: ContentError[];
  warnings: ContentError[];
  components: ComponentUse[];
  links: UrlUse[];
  images: UrlUse[];
}

const componentList = Object.keys(componentPropSchemas).map((name) => `<${name}>`).join(', ');

/** `{/* a comment *\/}`: an expression whose parsed program has no statements, only comments. */
function isCommentOnly(node: MdxFlowExpression | MdxTextExpression): boolean {
  return node.data?.estree?.body.length === 0;
}

/**
 * Checks a post's syntax tree for what MDX would silently drop or what could run as code:
 * imports and exports, JavaScript expressions, JSX props written as JavaScript, unknown
 * components, components with bad props, markup the allow-list (lib/model/markup-allow-list.ts)
 * refuses and unsafe URLs. Raw HTML in a .md post is not refused but reported: the compile removes
 * what the allow-list refuses, and each removal is a warning. Where Hugo would read a post otherwise,
 * it warns too: a shortcode left in a .md post, a table that is text here and a table in Hugo. `source`
 * is the text the tree was parsed from, for the places of raw HTML and for those two warnings, which
 * read the post as written. It also returns every use of a weekly component with its props.
 */
export function checkMdxTree(tree: Root, file: string, source?: string): MdxCheck {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const components: ComponentUse[] = [];
  const links: UrlUse[] = [];
  const images: UrlUse[] = [];
  const at = (node: { position?: Nodes['position'] }) => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
  const report = (node: { position?: Nodes['position'] }, reason: string) =>
    errors.push(new ContentError(file, at(node).line, at(node).column, reason));
  const warn = (node: { position?: Nodes['position'] }, reason: string, kind: string) =>
    warnings.push(new ContentError(file, at(node).line, at(node).column, reason, 'warning', kind));

  let hasRawHtml = false;
  visit(tree, (node) => {
    switch (node.type) {
      case 'html':
        hasRawHtml = true;
        break;
      case 'mdxjsEsm':
        report(node, 'import and export are not allowed in posts (posts are content, not code); remove this line');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          report(node, `JavaScript expressions are not allowed in posts: {${node.value.trim().slice(0, 40)}} would vanish; to show a brace write \\{`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const props = checkElement(node, report, components);
        if (node.name === 'a' && typeof props?.href === 'string') links.push({ url: props.href, ...at(node) });
        if (node.name === 'img' && typeof props?.src === 'string') {
          images.push({ url: props.src, ...at(node) });
          if (props.alt === undefined) warn(node, `the image ${props.src} has no alt text; describe it for readers who cannot see it`, 'image-without-alt');
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (!isSafeUrl(node.url, node.type === 'image' ? 'src' : 'href')) {
          report(node, `the URL "${node.url}" is not allowed; links and images must be http(s) or relative`);
        } else if (node.type === 'image') {
          images.push({ url: node.url, ...at(node) });
          if (!node.alt?.trim()) warn(node, `the image ${node.url} has no alt text; describe it for readers who cannot see it: ![what it shows](${node.url})`, 'image-without-alt');
        } else {
          links.push({ url: node.url, ...at(node) });
        }
        break;
    }
  });
  if (hasRawHtml) {
    const rawHtml = checkRawHtml(tree, file, source);
    warnings.push(...rawHtml.warnings);
    // The walk sees the Markdown images too, as img elements at the same places: those are listed already.
    const isListed = (image: UrlUse) => images.some((listed) => listed.line === image.line && listed.column === image.column);
    for (const { hasAlt, ...image } of rawHtml.images.filter((image) => !isListed(image))) {
      images.push(image);
      if (!hasAlt) warnings.push(new ContentError(file, image.line, image.column, `the image ${image.url} has no alt text; describe it for readers who cannot see it: <img src="${image.url}" alt="what it shows">`, 'warning', 'image-without-alt'));
    }
  }
  if (source !== undefined) {
    // The loader picks a post's parser by its extension. In .mdx a brace starts an expression, which is an error already.
    if (path.extname(file) === '.md') warnings.push(...shortcodeWarnings(tree, file, source));
    warnings.push(...textTableWarnings(tree, file, source));
  }
  return { errors, warnings, components, links, images };
}

/** The 1-based line and column of each offset in a text. */
function placesIn(source: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (const match of source.matchAll(/\r\n?|\n/g)) lineStarts.push(match.index + match[0].length);
  return (offset) => {
    let line = lineStarts.length;
    while (lineStarts[line - 1]! > offset) line -= 1;
    return { line, column: offset - lineStarts[line - 1]! + 1 };
  };
}

// {{< name … >}} and {{% name … %}}, or their closing tags; Hugo's comment form {{</* … */>}} shows one as text and is left alone.
const shortcodePattern = /\{\{([<%])\s*(\/)?\s*([A-Za-z0-9_][\w./-]*)/g;

/**
 * A Hugo shortcode left in a .md post, found in its text as written: a run of text beside inline HTML
 * (`{{<youtube id>}}` parses as text, an HTML tag and text). Code spans and blocks are other nodes,
 * so a post that documents Hugo stays quiet. A closing tag is reported only without its opening one.
 */
function shortcodeWarnings(tree: Root, file: string, source: string): ContentError[] {
  const warnings: ContentError[] = [];
  let placeOf: ReturnType<typeof placesIn> | undefined;
  const opened = new Set<string>();
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children: Nodes[] = node.children;
    for (let start = 0; start < children.length; start += 1) {
      let end = start;
      while (end < children.length && (children[end]!.type === 'text' || children[end]!.type === 'html')) end += 1;
      const run = children.slice(start, end);
      start = end;
      const from = run[0]?.position?.start.offset;
      const to = run.at(-1)?.position?.end.offset;
      if (!run.some((child) => child.type === 'text') || from === undefined || to === undefined) continue;
      for (const match of source.slice(from, to).matchAll(shortcodePattern)) {
        const [, delimiter, closing = '', name = ''] = match;
        if (closing && opened.has(name)) continue;
        opened.add(name);
        const written = delimiter === '<' ? `{{< ${closing}${name} >}}` : `{{% ${closing}${name} %}}`;
        placeOf ??= placesIn(source);
        const { line, column } = placeOf(from + match.index);
        warnings.push(new ContentError(file, line, column,
          `"${written}" is a Hugo shortcode, which is not run here: the page shows it as text; replace it with Markdown or HTML (a video as an <iframe>), or rename the post to .mdx and use a component`,
          'warning', 'hugo-shortcode'));
      }
    }
  });
  return warnings;
}

/** The cells of a table row as GFM splits them: at each unescaped |, without the outer ones. */
function cellsOf(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
}

const isDelimiterRow = (row: string) => row.includes('|') && cellsOf(row).every((cell) => /^\s*:?-+:?\s*$/.test(cell));

/**
 * A table that became paragraph text: written on the lines right after a list item's (or a quote's)
 * text, without a blank line, its rows continue that paragraph lazily, which micromark (here) reads as
 * text and goldmark (Hugo) as a table. A table row, then a delimiter row of as many cells, in one
 * paragraph's lines as written.
 */
function textTableWarnings(tree: Root, file: string, source: string): ContentError[] {
  const warnings: ContentError[] = [];
  if (!source.includes('|')) return warnings;
  const lines = source.split(/\r\n?|\n/);
  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    const first = paragraph.position?.start.line;
    const last = paragraph.position?.end.line;
    if (first === undefined || last === undefined) return;
    // What a list item or a quote puts before each line (indentation, "> ") is not part of the row.
    const rows = lines.slice(first - 1, last).map((line) => line.replace(/^[\s>]*/, ''));
    for (let index = 1; index < rows.length; index += 1) {
      const header = rows[index - 1]!;
      const delimiter = rows[index]!;
      if (!header.includes('|') || !isDelimiterRow(delimiter) || cellsOf(header).length !== cellsOf(delimiter).length) continue;
      const line = first + index - 1;
      const written = lines[line - 1]!;
      const belongsTo = parent?.type === 'blockquote' ? ', and start each of its lines with > if it belongs to the quote'
        : parent?.type === 'listItem' ? ', and indent it under the list item if it belongs to it' : '';
      warnings.push(new ContentError(file, line, written.length - written.trimStart().length + 1,
        `this table is read as text, since it continues the paragraph above it (Hugo reads it as a table); add a blank line before the table${belongsTo}`,
        'warning', 'table-without-blank-line'));
      return;
    }
  });
  return warnings;
}

/**
 * A .md post's raw HTML: what the compile will remove from it, one warning each at the place it was
 * written, and the images the whole body shows as HTML (`<img src>`, Markdown's among them), which are
 * checked and measured as Markdown's are.
 */
function checkRawHtml(tree: Root, file: string, source: string | undefined): { warnings: ContentError[]; images: (UrlUse & { hasAlt: boolean })[] } {
  const warnings: ContentError[] = [];
  const images: (UrlUse & { hasAlt: boolean })[] = [];
  const hast = raw(toHast(tree, { allowDangerousHtml: true }), source === undefined ? {} : { file: new VFile(source) });
  visit(hast, 'element', (element: Element) => {
    const { line = 0, column = 0 } = element.position?.start ?? {};
    const isStripped = markupSchema.strip?.includes(element.tagName) ?? false;
    const problems = markupProblems(element);
    for (const problem of problems) {
      const outcome = problem.attribute !== undefined
        ? `the page shows this <${element.tagName}> without its ${problem.attribute}`
        : isStripped ? 'it is removed with what it holds' : 'it is removed and what it holds is kept';
      warnings.push(new ContentError(file, line, column, `${problem.reason}; ${outcome}`, 'warning'));
    }
    const { src, alt } = element.properties;
    if (element.tagName === 'img' && typeof src === 'string' && !problems.some((problem) => problem.attribute === undefined || problem.attribute === 'src')) {
      images.push({ url: src, line, column, hasAlt: typeof alt === 'string' });
    }
    return isStripped ? SKIP : undefined;
  });
  return { warnings, images };
}

/** Checks one JSX element and returns its props as written, or undefined when it is refused outright. */
function checkElement(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: { position?: Nodes['position'] }, reason: string) => void,
  components: ComponentUse[],
): Record<string, string | true> | undefined {
  const name = element.name;
  if (name === null) {
    report(element, 'fragments (<>…</>) are not allowed in posts; remove them');
    return undefined;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !isComponentName(name)) {
    report(element, `unknown component <${name}>; posts can use ${componentList}`);
    return undefined;
  }
  const written: [string, string | true][] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(attribute.position ? attribute : element, `<${name}>: {${attribute.value}} is JavaScript, which is blocked in posts; write each prop as a string`);
      continue;
    }
    const where = attribute.position ? attribute : element;
    if (attribute.value !== null && typeof attribute.value === 'object') {
      report(
        where,
        `${name}: prop ${attribute.name}={${attribute.value.value}} is written as JavaScript, which is blocked in posts and would vanish; write it as a string: ${attribute.name}="…"`,
      );
      continue;
    }
    const unsafe = typeof attribute.value === 'string' ? unsafeCharacterInValue(attribute.value) : undefined;
    if (unsafe !== undefined) report(where, `<${name}>: ${attribute.name} contains ${unsafe.description}; remove it`);
    written.push([attribute.name, attribute.value ?? true]);
  }
  // Own properties, whatever the names: `props.__proto__ = "x"` would drop the prop unseen, and the schema would never see it.
  const props: Record<string, string | true> = Object.fromEntries(written);
  if (!isComponent) {
    const problems = markupProblems(elementOfJsx(name, props));
    for (const problem of problems) {
      const written = element.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attributeAsRead(attribute.name) === problem.attribute);
      report(written?.position ? written : element, problem.reason);
    }
    return problems.some((problem) => problem.attribute === undefined) ? undefined : props;
  }
  if (!isComponentName(name)) return props;
  const result = componentPropSchemas[name].safeParse(props);
  if (result.success) {
    const ordinal = components.filter((use) => use.name === name).length;
    components.push({ name, props, line: element.position?.start.line ?? 0, children: componentChildren(element, ordinal) });
  } else {
    for (const issue of result.error.issues) report(element, issue.message);
  }
  return props;
}
