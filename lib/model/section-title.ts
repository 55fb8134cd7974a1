import { siteConfig, type Language } from '@/site.config';
import { urlize } from './names';

// AP style, which Hugo's titleCaseStyle follows by default: these stay lower case inside a title.
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'so', 'the', 'to', 'up', 'yet']);

/** An English word's plural as Hugo's inflection makes it for a list title: blog → blogs, category → categories; a word ending in s is kept. */
function plural(word: string): string {
  if (!/[a-z]$/i.test(word) || /s$/i.test(word)) return word;
  if (/(x|z|ch|sh)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * A section's folder name as Hugo titles a section whose _index.md has no title (pluralizeListTitles
 * and capitalizeListTitles, both on by default): pluralized and capitalized, blog → Blogs,
 * activities → Activities; a name in Chinese stays as it is.
 */
export function hugoSectionTitle(name: string): string {
  const words = plural(name).split(' ');
  return words
    .map((word, index) => (index > 0 && index < words.length - 1 && minorWords.has(word.toLowerCase()) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** The section an entry of site.config.ts's `sections` names, as a section's name is written (urlized: "Blog" is blog). */
export function configuredSectionName(link: { section: string }): string {
  return urlize(link.section);
}

/** The label site.config.ts gives a section's header link: in `sections`, or a `navigation` entry of the section's path (/news/). */
function configuredSectionLabel(section: string, lang: Language): string | undefined {
  const { sections, navigation } = siteConfig.languages[lang];
  const listed = sections === 'auto' ? undefined : sections.find((link) => configuredSectionName(link) === section)?.label;
  return listed ?? navigation.find((item) => item.path === `/${section}/`)?.label;
}

/** A section's title: its _index.md's title, else the label site.config.ts gives its link, else its name as Hugo titles it. */
export function sectionTitle(section: string, lang: Language, title?: string): string {
  return title || configuredSectionLabel(section, lang) || hugoSectionTitle(section);
}
