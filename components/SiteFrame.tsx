import type { ReactNode } from 'react';
import type { Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** A link of the language switcher: the page's translation, or the other language's home. */
export interface LanguageLink {
  lang: Language;
  /** The language as <html lang> and hreflang write it. */
  hrefLang: string;
  /** The language's own name. */
  name: string;
  url: string;
  isTranslation: boolean;
}

/**
 * What every page has around its content. It is rendered by each page, not by the layout: the
 * header's language switcher leads to this page's translation, which only the page knows.
 */
export function SiteFrame({ lang, languageLinks, children }: { lang: Language; languageLinks: LanguageLink[]; children: ReactNode }) {
  return (
    <>
      <a className="visually-hidden-until-focus" href="#main">
        {labelsFor(lang).skipToContent}
      </a>
      <SiteHeader lang={lang} languageLinks={languageLinks} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
