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
  /** `page`: the link is the page itself; `true`: the page belongs to the link's section. */
  current?: 'page' | 'true';
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
                <a href={item.url} aria-current={item.current}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.search}>
          <SearchBox lang={lang} location={searchIndexLocation()} actionUrl={searchUrl(lang)} label={labels.searchSite} />
        </div>
        <ThemeToggle lang={lang} />
        <div className={styles.languages}>
          {languageLinks.map((link) => (
            <a key={link.lang} className={styles.languageLink} href={link.url} hrefLang={link.hrefLang} lang={link.hrefLang}>
              {link.name}
            </a>
          ))}
        </div>
      </div>
    </header>
  );
}

/**
 * The theme toggle: ThemeScript cycles <html data-theme> on a click. The button holds the name of
 * every mode and CSS shows the one in force with its icon, so its name is right from the first
 * paint with no script touching the button.
 */
function ThemeToggle({ lang }: { lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <button type="button" className={styles.themeToggle} data-theme-toggle>
      <span className={styles.themeMode} data-mode="system">
        <span className="visually-hidden">{labels.themeSystem}</span>
      </span>
      <span className={styles.themeMode} data-mode="light">
        <span className="visually-hidden">{labels.themeLight}</span>
      </span>
      <span className={styles.themeMode} data-mode="dark">
        <span className="visually-hidden">{labels.themeDark}</span>
      </span>
    </button>
  );
}
