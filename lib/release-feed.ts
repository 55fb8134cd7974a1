import { Feed } from 'feed';
import { siteConfig } from '@/site.config';
import type { ReleaseProject } from './content/releases';
import { labelsFor } from './labels';
import { absoluteUrl, postUrl, releaseFeedUrl, releaseProjectUrl } from './urls';

/** RSS 2.0 of one project's releases, newest first: each links to its release page, or else its weekly. */
export function releaseFeedXml(project: ReleaseProject): string {
  const lang = project.releases[0]!.post.lang;
  const labels = labelsFor(lang);
  const pageUrl = absoluteUrl(releaseProjectUrl(project.segment, lang));
  const feed = new Feed({
    title: `${labels.releasesOf(project.name)} | ${siteConfig.title}`,
    description: labels.releasesOfDescription(project.name),
    id: pageUrl,
    link: pageUrl,
    language: siteConfig.languages[lang].htmlLang,
    // The newest release's date, not the build's: the feed changes only when a release is added.
    updated: project.releases[0]!.date,
    feedLinks: { rss: absoluteUrl(releaseFeedUrl(project.segment, lang)) },
    copyright: siteConfig.title,
  });
  for (const release of project.releases) {
    const weeklies = release.posts.map((post) => `${post.title} ${absoluteUrl(postUrl(post))}`);
    feed.addItem({
      title: labels.releaseHeading(release.project, release.version),
      id: `${pageUrl}#${release.anchor}`,
      link: release.url ?? `${pageUrl}#${release.anchor}`,
      date: release.date,
      description: [
        release.changes.text,
        release.isRecommended ? labels.releaseRecommended : '',
        release.thanks.length > 0 ? `${labels.releaseThanks}${release.thanks.map((name) => `@${name}`).join('、')}` : '',
        `${labels.announcedIn}${weeklies.join('、')}`,
      ].filter(Boolean).join('\n'),
    });
  }
  return feed.rss2();
}
