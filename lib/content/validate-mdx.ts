import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { ContentError } from './content-error';
import { componentPropSchemas, isComponentName, type ComponentName } from './component-props';

/** One use of a weekly component in a post, with its props as written. */
export interface ComponentUse {
  name: ComponentName;
  props: Record<string, string | true>;
  line: number;
}

export interface MdxCheck {
  errors: ContentError[];
  components: ComponentUse[];
}

// React would render these from a post's HTML: a post is content, not code.
const blockedElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'base', 'link', 'meta', 'form', 'frame', 'frameset']);
const unsafeUrl = /^\s*(javascript|vbscript|data:text\/html)/i;
const urlAttributes = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlinkhref', 'xlink:href']);
const componentList = Object.keys(componentPropSchemas).map((name) => `<${name}>`).join(', ');

function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

/**
 * Checks a post's syntax tree for what MDX would silently drop or what could run as code:
 * imports and exports, JavaScript expressions, JSX props written as JavaScript, unknown
 * components, components with bad props, script-like HTML and javascript: URLs.
 * It also returns every use of a weekly component with its props.
 */
export function checkMdxTree(tree: Root, file: string): MdxCheck {
  const errors: ContentError[] = [];
  const components: ComponentUse[] = [];
  const report = (node: { position?: Nodes['position'] }, reason: string) =>
    errors.push(new ContentError(file, node.position?.start.line ?? 0, node.position?.start.column ?? 0, reason));

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, 'import and export are not allowed in posts (posts are content, not code); remove this line');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) {
          report(node, `JavaScript expressions are not allowed in posts: {${node.value.trim().slice(0, 40)}} would vanish; to show a brace write \\{`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, components);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (unsafeUrl.test(node.url)) report(node, `the URL "${node.url}" is not allowed; links and images must be http(s) or relative`);
        break;
    }
  });
  return { errors, components };
}

function checkElement(
  element: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: { position?: Nodes['position'] }, reason: string) => void,
  components: ComponentUse[],
) {
  const name = element.name;
  if (name === null) {
    report(element, 'fragments (<>…</>) are not allowed in posts; remove them');
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !isComponentName(name)) {
    report(element, `unknown component <${name}>; posts can use ${componentList}`);
    return;
  }
  if (!isComponent && blockedElements.has(name.toLowerCase())) {
    report(element, `<${name}> is not allowed in posts`);
    return;
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
  if (!isComponent || !isComponentName(name)) return;
  const result = componentPropSchemas[name].safeParse(props);
  if (result.success) {
    components.push({ name, props, line: element.position?.start.line ?? 0 });
  } else {
    for (const issue of result.error.issues) report(element, issue.message);
  }
}
