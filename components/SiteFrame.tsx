import type { ReactNode } from 'react';
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { IslandScripts } from './IslandScripts';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type LanguageLink, type NavigationLink } from './SiteHeader';

/**
 * What every page has around its content. It is rendered by each page, not by the layout: the
 * header's language switcher leads to this page's translation, which only the page knows.
 */
interface SiteFrameProps {
  lang: Language;
  navigation: NavigationLink[];
  languageLinks: LanguageLink[];
  children: ReactNode;
}

export function SiteFrame({ lang, navigation, languageLinks, children }: SiteFrameProps) {
  return (
    <>
      <a className="visually-hidden-until-focus" href="#main">
        {labelsFor(lang).skipToContent}
      </a>
      <SiteHeader lang={lang} navigation={navigation} languageLinks={languageLinks} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter lang={lang} />
      <IslandScripts />
    </>
  );
}
