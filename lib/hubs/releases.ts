import { siteConfig } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import { parseDate } from '../model/dates';
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

/** How releases are collected: one project and version however they are spelled ("SOFAJRaft v1.3.3" is "sofajraft 1.3.3"). */
export const releaseCollector: Collector<'ReleaseNote', ReleaseEntry> = {
  component: 'ReleaseNote',
  idOf: ({ props }) => `${foldName(props.project)}\u0000${props.version.trim().replace(/^v/i, '').toLowerCase()}`,
  fieldsOf: ({ props, children }) => ({
    url: props.url,
    thanks: props.thanks === undefined ? undefined : thanksNames(props.thanks).join(', '),
    recommended: props.recommended ? 'recommended' : undefined,
    date: props.date && parseDate(props.date, siteConfig.timeZone)?.toISOString(),
    changes: childrenField(children),
  }),
  create: ({ post, props, line, children }, _id, posts) => ({
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
