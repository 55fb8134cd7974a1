import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { labelsFor } from '@/lib/model/labels';
import { homeUrl, termIndexUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;

export const metadata: Metadata = { title: labelsFor(lang).notFoundTitle, robots: { index: false } };

export default function NotFound() {
  const labels = labelsFor(lang);
  return (
    <div className="page">
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
