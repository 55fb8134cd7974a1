import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import type { Element, Parents, Root } from 'hast';
import type { VFile } from 'vfile';
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';
import { isSpecialLang } from 'shiki/core';
import { SKIP, visit } from 'unist-util-visit';
import { ContentError } from '../model/content-error';
import { tokenColorClasses } from './code-colors';

// github-*-default are GitHub's current themes: their comments and punctuation keep a 4.5:1 contrast
// on their own backgrounds, which the older github-light/github-dark do not.
const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

let highlighter: Promise<Highlighter> | undefined;

/**
 * One highlighter a process, with no language loaded up front: a build compiles hundreds of posts,
 * and creating a highlighter costs far more than highlighting a block. Each language's grammar is
 * loaded the first time a post uses it (Shiki's `lazy`).
 */
export function sharedHighlighter(): Promise<Highlighter> {
  return (highlighter ??= createHighlighter({ themes: Object.values(themes), langs: [] }));
}

/**
 * Whether Shiki has a grammar for a fence's language. An own key only: `constructor`, `toString` or
 * `__proto__` are found `in` every object, and Shiki, handed one, broke for every later post.
 */
function isBundledLanguage(language: string): boolean {
  return Object.hasOwn(bundledLanguages, language);
}

const languagePrefix = 'language-';

function codeOf(pre: Element): Element | undefined {
  const code = pre.children[0];
  return code?.type === 'element' && code.tagName === 'code' ? code : undefined;
}

function languageOf(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const languageClass = classes.find((name) => typeof name === 'string' && name.startsWith(languagePrefix));
  return typeof languageClass === 'string' ? languageClass.slice(languagePrefix.length) : undefined;
}

/**
 * A block in a language Shiki has no grammar for ("```conf") is left as plain text, but keeps its
 * language as a label: taking the class away keeps Shiki from replacing it, and with it the label.
 */
function labelUnknownLanguages(tree: Root) {
  visit(tree, 'element', (pre) => {
    const code = pre.tagName === 'pre' ? codeOf(pre) : undefined;
    const language = code && languageOf(code);
    if (!code || !language || isBundledLanguage(language) || isSpecialLang(language)) return;
    pre.properties.dataLanguage = language;
    const classes = (code.properties.className as string[]).filter((name) => name !== `${languagePrefix}${language}`);
    code.properties.className = classes.length > 0 ? classes : undefined;
  });
}

/** Shiki's --shiki-light/--shiki-dark variables, which nothing here reads, taken out of a token's style. */
function withoutThemeVariables(style: string): string {
  return style.replace(/;--shiki-(light|dark):[^;]*/g, '');
}

/**
 * Highlights fenced code at build time, in the light and the dark theme at once: each token's colour is
 * `light-dark(light, dark)`, which follows the page's color-scheme (the theme toggle and the system
 * setting alike) with no script. The written language is kept on <pre data-language> for its label.
 * Blocks are highlighted one at a time, so that a block Shiki fails on is an error at its own line;
 * the highlighter is then made anew, so that what the failure left in it cannot fail the next post.
 */
export function rehypeCodeBlocks() {
  return async (tree: Root, file: VFile) => {
    labelUnknownLanguages(tree);
    const highlight = rehypeShikiFromHighlighter(await sharedHighlighter(), {
      themes,
      defaultColor: 'light-dark()',
      lazy: true,
      transformers: [
        {
          name: 'language-label',
          // The block's background and text colours are CodeBlock.module.css's, like its tokens' (code-colors.ts):
          // Shiki's class names and style on every <pre> would repeat them in every block.
          pre(pre) {
            pre.properties.dataLanguage = this.options.lang;
            delete pre.properties.class;
            delete pre.properties.style;
          },
          line(line) {
            delete line.properties.class;
          },
          // What is left of a token's style, a colour in each theme, becomes two class names (code-colors.ts).
          span(span) {
            if (typeof span.properties.style !== 'string') return;
            const style = withoutThemeVariables(span.properties.style);
            const classes = tokenColorClasses(style);
            if (classes) {
              this.addClassToHast(span, classes);
              delete span.properties.style;
            } else {
              span.properties.style = style;
            }
          },
        },
      ],
    });
    const blocks: { pre: Element; parent: Parents; index: number }[] = [];
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || !codeOf(pre) || !parent || index === undefined) return;
      blocks.push({ pre, parent, index });
      return SKIP;
    });
    for (const { pre, parent, index } of blocks) {
      const alone: Root = { type: 'root', children: [pre] };
      try {
        await highlight(alone, file, () => undefined);
      } catch (error) {
        highlighter = undefined;
        const { line = 0, column = 0 } = pre.position?.start ?? {};
        const language = languageOf(codeOf(pre)!);
        throw new ContentError(file.path, line, column, `this code block${language ? ` in ${language}` : ''} cannot be highlighted: ${error instanceof Error ? error.message : String(error)}`);
      }
      parent.children[index] = alone.children[0]!;
    }
  };
}
