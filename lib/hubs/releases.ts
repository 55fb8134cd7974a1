import { siteConfig } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import type { ReleaseNoteProps } from '../model/component-props';
import { formatDay, parseDate } from '../model/dates';
import { foldName, thanksNames, urlize } from '../model/names';
import type { Post } from '../model/post';
import { childrenField, collectEntries, type Collector, type HubEntry } from './collect';

/** One release of a project, however many posts announced it. */
export interface ReleaseEntry extends HubEntry {
  /** Its anchor on /releases/ and its project's page: "sofajraft-1.3.3". */
  id: string;
  project: string;
  /** The project's URL segment: /releases/<project>/. */
  projectSegment: string;
  version: string;
  /** The `date` prop, else the day of the post that describes it. */
  date: Date;
  url?: string;
  /** Names from the `thanks` prop. */
  thanks: string[];
  isRecommended: boolean;
  /** The changes, as written in the post that describes the release (`post`). */
  changes: ComponentChildren;
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

/** The `date` prop, else the post's date. */
function releaseDate(props: ReleaseNoteProps, post: Post): Date {
  return (props.date && parseDate(props.date, siteConfig.timeZone)) || post.date;
}

/** How releases are collected: one project and version however they are spelled ("SOFAJRaft v1.3.3" is "sofajraft 1.3.3"). */
export const releaseCollector: Collector<'ReleaseNote', ReleaseEntry> = {
  component: 'ReleaseNote',
  idOf: ({ props }) => `${foldName(props.project)}\u0000${props.version.trim().replace(/^v/i, '').toLowerCase()}`,
  fieldsOf: ({ post, props, children }) => {
    const written = {
      url: props.url,
      thanks: props.thanks === undefined ? undefined : thanksNames(props.thanks).join(', '),
      recommended: props.recommended ? 'recommended' : undefined,
      changes: childrenField(children),
    };
    const isMention = props.date === undefined && Object.values(written).every((value) => value === undefined);
    // A description dates the release, with its date prop or else its post's day: two that say the
    // same but date it otherwise differ, or a copy dated earlier would move the release.
    return isMention ? written : { ...written, date: formatDay(releaseDate(props, post), siteConfig.timeZone) };
  },
  create: ({ post, props, line, children }, _id, posts) => ({
    id: `${urlize(props.project)}-${urlize(props.version)}`,
    project: props.project.trim(),
    projectSegment: urlize(props.project),
    version: props.version.trim(),
    date: releaseDate(props, post),
    url: props.url,
    thanks: thanksNames(props.thanks),
    isRecommended: props.recommended ?? false,
    changes: children,
    post,
    line,
    posts,
  }),
  describe: ({ props }) => ({ what: `the release ${props.project.trim()} ${props.version.trim()}`, mention: 'only project= and version=' }),
};

/**
 * Every ReleaseNote of these posts as releases, newest first. The same project and version in two
 * posts is one release linking both, described by one of them (see collectEntries).
 */
export function collectReleases(posts: Post[]): ReleaseEntry[] {
  return collectEntries(posts, releaseCollector).entries.sort(newestReleaseFirst);
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
