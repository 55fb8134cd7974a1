import { siteConfig, type Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { homeUrl, searchIndexLocation, searchUrl } from '@/lib/urls';
import { SearchBox } from './SearchBox';
import styles from './SiteHeader.module.css';

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

/** A link of the header's navigation. */
export interface NavigationLink {
  label: string;
  url: string;
}

interface SiteHeaderProps {
  lang: Language;
  navigation: NavigationLink[];
  languageLinks: LanguageLink[];
}

export function SiteHeader({ lang, navigation, languageLinks }: SiteHeaderProps) {
  const labels = labelsFor(lang);
  const site = siteConfig.languages[lang];
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <a className={styles.siteName} href={homeUrl(lang)}>
          {site.title}
        </a>
        <nav className={styles.nav} aria-label={labels.mainNavigation}>
          <ul>
            {navigation.map((item) => (
              <li key={item.url}>
                <a href={item.url}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox lang={lang} location={searchIndexLocation()} actionUrl={searchUrl(lang)} label={labels.searchSite} />
        {languageLinks.map((link) => (
          <a key={link.lang} className={styles.languageLink} href={link.url} hrefLang={link.hrefLang} lang={link.hrefLang}>
            {link.name}
          </a>
        ))}
        <button type="button" className={styles.themeToggle} data-theme-toggle aria-label={labels.toggleTheme} title={labels.toggleTheme}>
          <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 3a9 9 0 0 1 0 18Z" fill="currentColor" />
          </svg>
        </button>
      </div>
    </header>
  );
}
