import type { Language } from '@/site.config';
import { calendarUrl, eventCalendarUrl, eventsUrl, exportPathOf, questionsUrl, releaseFeedUrl, releaseProjectUrl, releasesUrl } from '../urls';
import { collectEvents } from './events';
import type { Post } from '../model/post';
import { collectQuestions, questionProjects } from './questions';
import { collectReleases, groupReleasesByProject } from './releases';

/**
 * The decoded paths of the hub pages and files these published posts make (/releases/,
 * /releases/<project>/feed.xml, /events/<id>.ics, /qa/<project>/, …) of one language, so that a post may link to them.
 */
export function hubPaths(published: Post[], lang: Language): string[] {
  const projects = groupReleasesByProject(collectReleases(published));
  const urls = [
    releasesUrl(lang),
    eventsUrl(lang),
    calendarUrl(lang),
    questionsUrl(undefined, lang),
    ...projects.flatMap((project) => [releaseProjectUrl(project.segment, lang), releaseFeedUrl(project.segment, lang)]),
    ...collectEvents(published).map((event) => eventCalendarUrl(event.id, lang)),
    ...questionProjects(collectQuestions(published)).map((project) => questionsUrl(project.segment, lang)),
  ];
  return urls.map(exportPathOf);
}
