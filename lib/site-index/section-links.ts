import { siteConfig, type Language } from '@/site.config';
import { configuredSectionName } from '../model/section-title';
import { sectionUrl } from '../urls';
import { getSections } from './queries';

/** A header link to a section's list. */
export interface SectionLink {
  label: string;
  url: string;
}

/**
 * The header's links to a language's sections, as site.config.ts's `sections` sets them. With 'auto'
 * (Hugo's sectionPagesMenu), every section with posts, those of mainSections first in their order and
 * then by name, each labelled with its title; a lone main section is left out when the navigation links
 * the home, which lists its posts already. Otherwise the entries given, of sections that have posts.
 */
export function getSectionLinks(lang: Language): SectionLink[] {
  const { navigation, sections: configured } = siteConfig.languages[lang];
  const sections = getSections(lang);
  if (configured !== 'auto') {
    return configured.flatMap((link) => {
      const found = sections.find((candidate) => candidate.name === configuredSectionName(link));
      return found ? [{ label: link.label, url: sectionUrl(found.name, lang) }] : [];
    });
  }
  const mainSections: readonly string[] = siteConfig.mainSections;
  const main = mainSections.flatMap((name) => sections.filter((section) => section.name === name));
  const others = sections.filter((section) => !mainSections.includes(section.name)).sort((a, b) => a.name.localeCompare(b.name));
  const isHomeTheMainSection = main.length === 1 && navigation.some((item) => item.path === '/');
  return [...(isHomeTheMainSection ? [] : main), ...others].map((section) => ({ label: section.title, url: sectionUrl(section.name, lang) }));
}
