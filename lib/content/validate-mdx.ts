import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { siteConfig } from '@/site.config';
import { ContentError } from './content-error';
import { componentChildren, type ComponentChildren } from './component-children';
import { componentPropSchemas, isComponentName, type ComponentName } from './component-props';

/** One use of a weekly component in a post, with its props as written and what is written inside it. */
export interface ComponentUse {
  name: ComponentName;
  props: Record<string, string | true>;
  line: number;
  children: ComponentChildren;
}

/** A URL written in a post (a link or an image), where it was written. */
export interface UrlUse {
  url: string;
  line: number;
  column: number;
}

export interface MdxCheck {
  errors: ContentError[];
  warnings: ContentError[];
  components: ComponentUse[];
  links: UrlUse[];
  images: UrlUse[];
}

// React would render these from a post's HTML: a post is content, not code.
const blockedElements = new Set(['script', 'style', 'object', 'embed', 'base', 'link', 'meta', 'form', 'frame', 'frameset']);
const unsafeUrl = /^\s*(javascript|vbscript|data:text\/html)/i;
const urlAttributes = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlinkhref', 'xlink:href']);
const componentList = Object.keys(componentPropSchemas).map((name) => `<${name}>`).join(', ');

/** `{/* a comment *\/}`: an expression whose parsed program has no statements, only comments. */
function isCommentOnly(node: MdxFlowExpression | MdxTextExpression): boolean {
  return node.data?.estree?.body.length === 0;
}

/**
 * Checks a post's syntax tree for what MDX would silently drop or what could run as code:
 * imports and exports, JavaScript expressions, JSX props written as JavaScript, unknown
 * components, components with bad props, script-like HTML and javascript: URLs.
 * It also returns every use of a weekly component with its props.
 */
export function checkMdxTree(tree: Root, file: string): MdxCheck {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const components: ComponentUse[] = [];
  const links: UrlUse[] = [];
  const images: UrlUse[] = [];
  const at = (node: { position?: Nodes['position'] }) => ({ line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 });
  const report = (node: { position?: Nodes['position'] }, reason: string) =>
    errors.push(new ContentError(file, at(node).line, at(node).column, reason));
  const warn = (node: { position?: Nodes['position'] }, reason: string) =>
    warnings.push(new ContentError(file, at(node).line, at(node).column, reason, 'warning'));

  visit(tree, (node) => {
    switch (node.type) {
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
          if (props.alt === undefined) warn(node, `the image ${props.src} has no alt text; describe it for readers who cannot see it`);
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (unsafeUrl.test(node.url)) {
          report(node, `the URL "${node.url}" is not allowed; links and images must be http(s) or relative`);
        } else if (node.type === 'image') {
          images.push({ url: node.url, ...at(node) });
          if (!node.alt?.trim()) warn(node, `the image ${node.url} has no alt text; describe it for readers who cannot see it: ![what it shows](${node.url})`);
        } else {
          links.push({ url: node.url, ...at(node) });
        }
        break;
    }
  });
  return { errors, warnings, components, links, images };
}

/** Whether an iframe's src is an https URL of a host in siteConfig.embedHosts. */
export function isAllowedEmbed(src: unknown): boolean {
  if (typeof src !== 'string') return false;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' && (siteConfig.embedHosts as readonly string[]).includes(url.hostname);
  } catch {
    return false;
  }
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
  if (!isComponent && blockedElements.has(name.toLowerCase())) {
    report(element, `<${name}> is not allowed in posts`);
    return undefined;
  }
  const props: Record<string, string | true> = {};
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
    const value = attribute.value ?? true;
    if (!isComponent && /^on/i.test(attribute.name)) report(where, `<${name}>: event handler ${attribute.name} is not allowed in posts`);
    if (!isComponent && attribute.name === 'style') report(where, `<${name}>: style="…" is not supported in MDX; use Markdown or a component instead`);
    if (!isComponent && typeof value === 'string' && urlAttributes.has(attribute.name.toLowerCase()) && unsafeUrl.test(value)) report(where, `${name}: ${attribute.name} "${value}" is not allowed; use an http(s) URL`);
    props[attribute.name] = value;
  }
  if (name.toLowerCase() === 'iframe' && !isAllowedEmbed(props.src)) {
    report(element, `<iframe> from "${String(props.src ?? '')}" is not allowed; embeds must be https from ${siteConfig.embedHosts.join(', ')} (embedHosts in site.config.ts)`);
  }
  if (!isComponent || !isComponentName(name)) return props;
  const result = componentPropSchemas[name].safeParse(props);
  if (result.success) {
    components.push({ name, props, line: element.position?.start.line ?? 0, children: componentChildren(element) });
  } else {
    for (const issue of result.error.issues) report(element, issue.message);
  }
  return props;
}
