import { siteConfig } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import { parseDate } from '../model/dates';
import { foldName, thanksNames, urlize } from '../model/names';
import { newestFirst, type Post } from '../model/post';
import { collectEntries } from './collect';

/** One release of a project, however many posts announced it. */
export interface ReleaseEntry {
  /** Its anchor on /releases/ and its project's page: "sofajraft-1.3.3". */
  id: string;
  project: string;
  /** The project's URL segment: /releases/<segment>/. */
  projectSegment: string;
  version: string;
  /** The `date` prop, else the day of the first post that announced it. */
  date: Date;
  url?: string;
  /** Names from the `thanks` prop. */
  thanks: string[];
  isRecommended: boolean;
  /** The changes, as written in the first post that announced the release. */
  changes: ComponentChildren;
  /** The post whose changes are shown. */
  post: Post;
  /** Every post that announced this release, oldest first. */
  posts: Post[];
}

/** A project with its releases, newest first. */
export interface ReleaseProject {
  name: string;
  segment: string;
  releases: ReleaseEntry[];
}

/** Newest first; one day's releases by project, then the higher version first. */
export const newestReleaseFirst = (a: ReleaseEntry, b: ReleaseEntry) =>
  b.date.getTime() - a.date.getTime() || a.project.localeCompare(b.project) || b.version.localeCompare(a.version, 'en', { numeric: true });

/**
 * Every ReleaseNote of these posts as releases, newest first. The same project and version in
 * two posts is one release linking both; the first post's changes are shown, and a link or
 * thanks missing there are taken from a later one.
 */
export function collectReleases(posts: Post[]): ReleaseEntry[] {
  const releases = collectEntries([...posts].sort((a, b) => newestFirst(b, a)), {
    component: 'ReleaseNote',
    // One project and version however they are spelled: "SOFAJRaft v1.3.3" is "sofajraft 1.3.3".
    idOf: ({ props }) => `${foldName(props.project)}\u0000${props.version.trim().replace(/^v/i, '').toLowerCase()}`,
    create: ({ post, props, children }) => ({
      id: `${urlize(props.project)}-${urlize(props.version)}`,
      project: props.project.trim(),
      projectSegment: urlize(props.project),
      version: props.version.trim(),
      date: (props.date && parseDate(props.date, siteConfig.timeZone)) || post.date,
      url: props.url,
      thanks: thanksNames(props.thanks),
      isRecommended: props.recommended ?? false,
      changes: children,
      post,
      posts: [post],
    }),
    merge: (known, { props }) => {
      known.url ??= props.url;
      if (known.thanks.length === 0) known.thanks = thanksNames(props.thanks);
      known.isRecommended ||= props.recommended ?? false;
    },
  });
  return releases.sort(newestReleaseFirst);
}

/** Releases grouped by project (spelled as its first release spells it), the project with the latest release first. */
export function groupReleasesByProject(releases: ReleaseEntry[]): ReleaseProject[] {
  const projects = new Map<string, ReleaseProject>();
  for (const release of releases) {
    const project = projects.get(release.projectSegment);
    if (project) project.releases.push(release);
    else projects.set(release.projectSegment, { name: release.project, segment: release.projectSegment, releases: [release] });
  }
  return [...projects.values()];
}
