import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lightColorOfClasses, tokenColorClass, tokenColorClasses } from '../lib/mdx/code-colors';
import { compileMdx } from '../lib/mdx/compile';
import { sharedHighlighter } from '../lib/mdx/rehype-code-blocks';
import { standaloneHtml } from '../lib/outputs/post-html';

const stylesheet = readFileSync('components/mdx/CodeBlock.module.css', 'utf8');

/** The colour the stylesheet gives each token class: `.pre :global(.l116329) { --token-light: #116329; }`. */
const declared = new Map(
  [...stylesheet.matchAll(/\.pre :global\(\.([ld][0-9a-f]{6})\) \{ --token-(light|dark): (#[0-9a-f]{6}); \}/g)].map(([, name, theme, color]) => [name!, { theme, color }]),
);

describe('the code colours', () => {
  it('the stylesheet has a class for every colour of the two themes, and no other', async () => {
    const highlighter = await sharedHighlighter();
    const expected = new Map<string, { theme: string; color: string }>();
    for (const [theme, name] of [['light', 'github-light-default'], ['dark', 'github-dark-default']] as const) {
      const { fg, settings } = highlighter.getTheme(name);
      for (const color of [fg, ...settings.map((setting) => setting.settings?.foreground)]) {
        if (color) expected.set(tokenColorClass(theme, color), { theme, color: color.toLowerCase() });
      }
    }
    assert.ok(expected.size > 15, `${expected.size} colours`);
    assert.deepEqual(new Map([...declared].sort()), new Map([...expected].sort()));
  });

  it('the stylesheet gives a block the background and text colour of each theme', async () => {
    const highlighter = await sharedHighlighter();
    const [light, dark] = [highlighter.getTheme('github-light-default'), highlighter.getTheme('github-dark-default')];
    const block = /\.pre \{\n  background: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\);\n  color: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\);\n\}/.exec(stylesheet);
    assert.deepEqual(block?.slice(1), [light.bg, dark.bg, light.fg, dark.fg].map((color) => color.toLowerCase()));
  });

  it('a highlighted token carries its two colours as class names the stylesheet knows, and no inline style', async () => {
    const { code } = await compileMdx({ format: 'mdx', lang: 'zh', assetBase: '/blog/post/', file: 'colours.mdx', source: '```java\nNodeOptions options = new NodeOptions(); // 注释\n```\n' });
    const classNames = [...code.matchAll(/"(l[0-9a-f]{6}) (d[0-9a-f]{6})"/g)].flatMap(([, light, dark]) => [light!, dark!]);
    assert.ok(classNames.length >= 8, classNames.join(' '));
    assert.deepEqual(classNames.filter((name) => !declared.has(name)), []);
    // No style anywhere, nor Shiki's class names on <pre> and its lines: the block's colours are the stylesheet's too.
    assert.doesNotMatch(code, /style:|shiki|"line"/);
  });

  it('a style that is more than a colour in each theme stays a style', () => {
    assert.deepEqual(tokenColorClasses('color:light-dark(#CF222E, #FF7B72)'), ['lcf222e', 'dff7b72']);
    assert.equal(tokenColorClasses('color:light-dark(#CF222E, #FF7B72);font-style:italic'), undefined);
    assert.equal(tokenColorClasses('color:light-dark(#CF222E80, #FF7B72)'), undefined);
  });

  it('in a feed, where no stylesheet comes along, a token keeps the light theme\'s colour as a style', () => {
    assert.equal(lightColorOfClasses(['lcf222e', 'dff7b72']), 'color:#cf222e');
    assert.equal(
      standaloneHtml('<pre><code><span><span class="lcf222e dff7b72">new</span></span></code></pre>', 'https://example.org/blog/a/'),
      '<pre><code><span><span style="color:#cf222e">new</span></span></code></pre>',
    );
  });
});
