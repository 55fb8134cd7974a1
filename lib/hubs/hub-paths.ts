import { calendarUrl, eventCalendarUrl, eventsUrl, exportPathOf, questionsUrl, releaseFeedUrl, releaseProjectUrl, releasesUrl } from '../urls';
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
  const urls = [
    releasesUrl(),
    eventsUrl(),
    calendarUrl(),
    questionsUrl(),
    ...projects.flatMap((project) => [releaseProjectUrl(project.segment), releaseFeedUrl(project.segment)]),
    ...collectEvents(published).map((event) => eventCalendarUrl(event.id)),
    ...questionProjects(collectQuestions(published)).map((project) => questionsUrl(project.segment)),
  ];
  return urls.map(exportPathOf);
}
