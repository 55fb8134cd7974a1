// A highlighted token's colours as two class names instead of an inline style: `l116329 d7ee787`
// (its colour in the light theme and in the dark one) rather than
// `style="color:light-dark(#116329, #7EE787)"`, 24 bytes instead of 42 on every token of every code
// block. components/mdx/CodeBlock.module.css gives each class its colour; tests/code-colors.test.ts
// holds it to every colour of the two themes, so that a Shiki upgrade that adds one fails there.
// A colour the stylesheet might not know (not #rrggbb) keeps its inline style.

const tokenStyle = /^color:light-dark\(#([0-9a-f]{6}), ?#([0-9a-f]{6})\)$/i;

/** The class name of a colour of the light theme (`l116329`) or of the dark one (`d7ee787`). */
export function tokenColorClass(theme: 'light' | 'dark', color: string): string {
  return `${theme === 'light' ? 'l' : 'd'}${color.replace(/^#/, '').toLowerCase()}`;
}

/** The two class names of a token's style when it is a colour in each theme and nothing else; undefined otherwise. */
export function tokenColorClasses(style: string): [string, string] | undefined {
  const match = tokenStyle.exec(style.trim().replace(/;$/, ''));
  return match ? [tokenColorClass('light', match[1]!), tokenColorClass('dark', match[2]!)] : undefined;
}

/**
 * The light theme's colour a token's class names stand for, as an inline style for HTML shown without
 * the site's stylesheet (a feed reader shows a light page).
 */
export function lightColorOfClasses(classNames: readonly unknown[]): string | undefined {
  const light = classNames.find((name): name is string => typeof name === 'string' && /^l[0-9a-f]{6}$/.test(name));
  return light && `color:#${light.slice(1)}`;
}
