import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { ArchiveList } from '@/components/ArchiveList';
import { getArchiveYears } from '@/lib/site-index/archives';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { archivesUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

export const metadata: Metadata = pageMetadata({
  lang,
  title: labels.archives,
  description: labels.archivesDescription,
  url: archivesUrl(lang),
});

export default function ArchivesPage() {
  return (
    <div className="page">
      <h1 className="page-title">{labels.archives}</h1>
      <ArchiveList years={getArchiveYears(lang)} lang={lang} />
    </div>
  );
}
