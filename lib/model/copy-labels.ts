import type { Language } from '@/site.config';

/**
 * A code block's copy button's words, in each language (labels.ts has the rest of the site's words):
 * a module of their own, so that the copy island (components/mdx/copy-code-island.ts) carries these
 * alone, and the page carries only its language on each button.
 */
export const copyLabels = {
  zh: { copyCode: '复制', copied: '已复制', copyFailed: '复制失败，请手动选择' },
  en: { copyCode: 'Copy', copied: 'Copied', copyFailed: 'Could not copy; select the text instead' },
} satisfies Record<Language, Record<string, string>>;
