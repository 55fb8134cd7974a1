import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { Language } from '@/site.config';
import { releaseNotePropsSchema } from '@/lib/model/component-props';
import { thanksNames } from '@/lib/model/names';
import { labelsFor } from '@/lib/model/labels';
import styles from './ReleaseNote.module.css';

type ReleaseNoteProps = z.input<typeof releaseNotePropsSchema> & {
  children?: ReactNode;
  lang: Language;
  /** Heads the note in place of its opening sentence, where a list of releases names each by its version and date. */
  heading?: ReactNode;
};

/** "v1.3.3", however the version was written. */
export function versionLabel(version: string): string {
  return /^v/i.test(version) ? version : `v${version}`;
}

/** A release of a project: version, changes (the children), thanks, the upgrade recommendation and the release link. */
export function ReleaseNote({ children, lang, heading, ...props }: ReleaseNoteProps) {
  const { project, version, url, thanks, recommended } = releaseNotePropsSchema.parse(props);
  const labels = labelsFor(lang);
  const names = thanksNames(thanks);
  return (
    <section className={styles.release} aria-label={`${project} ${versionLabel(version)}`}>
      {heading ?? <p className={styles.title}>{labels.releaseTitle(project, versionLabel(version))}</p>}
      <div className={styles.changes}>{children}</div>
      {names.length > 0 && (
        <p className={styles.thanks}>
          {labels.releaseThanks}
          {names.map((name) => `@${name}`).join('、')}
        </p>
      )}
      {recommended && <p className={styles.recommended}>{labels.releaseRecommended}</p>}
      {url && (
        <p className={styles.report}>
          {labels.releaseReport}
          <a href={url}>{url}</a>
        </p>
      )}
    </section>
  );
}
