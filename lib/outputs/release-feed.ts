import { siteConfig } from '@/site.config';
import type { ReleaseProject } from '../hubs/releases';
import { rssXml } from './feeds';
import { labelsFor } from '../model/labels';
import { absoluteUrl, postUrl, releaseFeedUrl, releaseProjectUrl } from '../urls';

/** RSS 2.0 of one project's releases, newest first: each links to its release page, or else its weekly. */
export function releaseFeedXml(project: ReleaseProject): string {
  const lang = project.releases[0]!.post.lang;
  const labels = labelsFor(lang);
  const pageUrl = absoluteUrl(releaseProjectUrl(project.segment, lang));
  return rssXml({
    title: `${labels.releasesOf(project.name)} | ${siteConfig.languages[lang].title}`,
    description: labels.releasesOfDescription(project.name),
    pageUrl,
    feedUrl: absoluteUrl(releaseFeedUrl(project.segment, lang)),
    language: siteConfig.languages[lang].htmlLang,
    // The newest release's date, not the build's: the feed changes only when a release is added.
    updated: project.releases[0]!.date,
    copyright: siteConfig.languages[lang].title,
    items: project.releases.map((release) => {
      const weeklies = release.posts.map((post) => `${post.title} ${absoluteUrl(postUrl(post))}`);
      return {
        title: labels.releaseHeading(release.project, release.version),
        url: release.url ?? `${pageUrl}#${release.id}`,
        guid: `${pageUrl}#${release.id}`,
        date: release.date,
        description: [
          release.changes.text,
          release.isRecommended ? labels.releaseRecommended : '',
          release.thanks.length > 0 ? `${labels.releaseThanks}${release.thanks.map((name) => `@${name}`).join('、')}` : '',
          `${labels.announcedIn}${weeklies.join('、')}`,
        ].filter(Boolean).join('\n'),
        categories: [],
      };
    }),
  });
}
