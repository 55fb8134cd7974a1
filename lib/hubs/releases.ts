import { siteConfig, type Language } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import { componentUses } from './component-uses';
import { parseDate } from '../model/dates';
import type { Post } from '../model/post';
import { getPosts, newestFirst as newestPostFirst } from '../site-index/queries';
import { foldName, urlize } from '../model/names';
import { thanksNames } from '../model/thanks-names';

/** One release of a project, however many posts announced it. */
export interface ReleaseEntry {
  project: string;
  /** The project's URL segment: /releases/<segment>/. */
  projectSegment: string;
  version: string;
  /** Its id on /releases/ and its project's page: "sofajraft-1.3.3". */
  anchor: string;
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

const releaseKey = (project: string, version: string) => `${foldName(project)}\u0000${version.trim().replace(/^v/i, '').toLowerCase()}`;

const newestFirst = (a: ReleaseEntry, b: ReleaseEntry) =>
  b.date.getTime() - a.date.getTime() || a.project.localeCompare(b.project) || b.version.localeCompare(a.version, 'en', { numeric: true });

/**
 * Every ReleaseNote of these posts as releases, newest first. The same project and version in
 * two posts is one release linking both; the first post's changes are shown, and a link or
 * thanks missing there are taken from a later one.
 */
export function collectReleases(posts: Post[]): ReleaseEntry[] {
  const oldestFirst = [...posts].sort((a, b) => newestPostFirst(b, a));
  const releases = new Map<string, ReleaseEntry>();
  for (const { post, props, children } of componentUses(oldestFirst, 'ReleaseNote')) {
    const key = releaseKey(props.project, props.version);
    const known = releases.get(key);
    if (known) {
      if (!known.posts.includes(post)) known.posts.push(post);
      known.url ??= props.url;
      if (known.thanks.length === 0) known.thanks = thanksNames(props.thanks);
      known.isRecommended ||= props.recommended ?? false;
      continue;
    }
    releases.set(key, {
      project: props.project.trim(),
      projectSegment: urlize(props.project),
      version: props.version.trim(),
      anchor: `${urlize(props.project)}-${urlize(props.version)}`,
      date: (props.date && parseDate(props.date, siteConfig.timeZone)) || post.date,
      url: props.url,
      thanks: thanksNames(props.thanks),
      isRecommended: props.recommended ?? false,
      changes: children,
      post,
      posts: [post],
    });
  }
  return [...releases.values()].sort(newestFirst);
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

// Keyed by the list getPosts returns: computed once per build worker, again on each `next dev` request.
const projectsOf = new WeakMap<Post[], ReleaseProject[]>();

/** Every project that has a release in a published post, latest release first. */
export function getReleaseProjects(lang: Language): ReleaseProject[] {
  const posts = getPosts(lang);
  if (!projectsOf.has(posts)) projectsOf.set(posts, groupReleasesByProject(collectReleases(posts)));
  return projectsOf.get(posts)!;
}

/** Every release in published posts, newest first. */
export function getReleases(lang: Language): ReleaseEntry[] {
  return getReleaseProjects(lang).flatMap((project) => project.releases).sort(newestFirst);
}

export function getReleaseProject(lang: Language, segment: string): ReleaseProject | undefined {
  return getReleaseProjects(lang).find((project) => project.segment === segment);
}
