import { siteConfig, type Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { homeUrl, searchIndexLocation, searchUrl, withBasePath } from '@/lib/urls';
import { SearchBox } from './SearchBox';
import styles from './SiteHeader.module.css';

export function SiteHeader({ lang }: { lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <a className={styles.siteName} href={homeUrl(lang)}>
          {siteConfig.title}
        </a>
        <nav className={styles.nav} aria-label={labels.mainNavigation}>
          <ul>
            {siteConfig.navigation.map((item) => (
              <li key={item.path}>
                <a href={withBasePath(item.path)}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox lang={lang} location={searchIndexLocation()} actionUrl={searchUrl()} label={labels.searchSite} />
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
