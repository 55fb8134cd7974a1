import { collectEvents } from './events';
import type { Post } from '../model/post';
import { collectQuestions, questionProjects } from './questions';
import { collectReleases, groupReleasesByProject } from './releases';

/**
 * The decoded paths of the hub pages and files these published posts make (/releases/,
 * /releases/<project>/feed.xml, /events/<id>.ics, /qa/<project>/, …), so that a post may link to them.
 */
export function hubPaths(published: Post[]): string[] {
  const projects = groupReleasesByProject(collectReleases(published));
  return [
    '/releases/',
    '/events/',
    '/events/calendar.ics',
    '/qa/',
    ...projects.flatMap((project) => [`/releases/${project.segment}/`, `/releases/${project.segment}/feed.xml`]),
    ...collectEvents(published).map((event) => `/events/${event.id}.ics`),
    ...questionProjects(collectQuestions(published)).map((project) => `/qa/${project.segment}/`),
  ];
}
