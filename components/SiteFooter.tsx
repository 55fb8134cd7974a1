import { siteConfig, type Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import styles from './SiteFooter.module.css';

export function SiteFooter({ lang }: { lang: Language }) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>© {siteConfig.languages[lang].title}</p>
        <p>
          <a href={siteConfig.repository}>{labelsFor(lang).footerSource}</a>
        </p>
      </div>
    </footer>
  );
}
