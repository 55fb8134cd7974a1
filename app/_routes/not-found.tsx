import type { Metadata } from 'next';
import { siteConfig, type Language } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { homeUrl, termIndexUrl } from '@/lib/urls';
import { hasPosts } from '@/lib/site-index/queries';
import { LanguagePage } from './frame';

/** What one language shows for a page that does not exist (the build writes the export's bilingual 404.html from these). */
export function notFoundRoute(lang: Language) {
  const labels = labelsFor(lang);
  const metadata: Metadata = { title: labels.notFoundTitle, robots: { index: false } };
  // One 404.html serves every language on a static host: the page's own language first, then the others that have posts.
  const others = (Object.keys(siteConfig.languages) as Language[]).filter((other) => other !== lang);
  function NotFound() {
    return (
      <LanguagePage lang={lang}>
        <NotFoundText lang={lang} />
        {others.filter(hasPosts).map((other) => (
          <NotFoundText key={other} lang={other} />
        ))}
      </LanguagePage>
    );
  }
  return { metadata, NotFound };
}

export function NotFoundText({ lang }: { lang: Language }) {
  const labels = labelsFor(lang);
  return (
    <div className="page" lang={siteConfig.languages[lang].htmlLang}>
      <h1 className="page-title">{labels.notFoundTitle}</h1>
      <p>{labels.notFoundText}</p>
      <ul>
        <li>
          <a href={homeUrl(lang)}>{labels.backHome}</a>
        </li>
        <li>
          <a href={termIndexUrl('tags', lang)}>{labels.allTags}</a>
        </li>
        <li>
          <a href={termIndexUrl('categories', lang)}>{labels.allCategories}</a>
        </li>
      </ul>
    </div>
  );
}
