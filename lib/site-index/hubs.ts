import type { Language } from '@/site.config';
import { collectEvents, type EventEntry } from '../hubs/events';
import { collectQuestions, questionProjects, type QuestionEntry, type QuestionProject } from '../hubs/questions';
import { collectReleases, groupReleasesByProject, newestReleaseFirst, type ReleaseProject, type ReleaseEntry } from '../hubs/releases';
import { getPosts } from './queries';
import { memoOfIndex } from './store';

// The hubs of the index the pages read, collected once per index (once per build worker; in
// `next dev` again when the index changed).

/** Every event in published posts, latest first. */
export function getEvents(lang: Language): EventEntry[] {
  return memoOfIndex(`events:${lang}`, () => collectEvents(getPosts(lang)));
}

export function getEvent(lang: Language, id: string): EventEntry | undefined {
  return getEvents(lang).find((event) => event.id === id);
}

/** Every question in published posts, newest first. */
export function getQuestions(lang: Language): QuestionEntry[] {
  return memoOfIndex(`questions:${lang}`, () => collectQuestions(getPosts(lang)));
}

export function getQuestionProjects(lang: Language): QuestionProject[] {
  return memoOfIndex(`question-projects:${lang}`, () => questionProjects(getQuestions(lang)));
}

export function getQuestionProject(lang: Language, segment: string): QuestionProject | undefined {
  return getQuestionProjects(lang).find((project) => project.segment === segment);
}

/** Every project that has a release in a published post, latest release first. */
export function getReleaseProjects(lang: Language): ReleaseProject[] {
  return memoOfIndex(`release-projects:${lang}`, () => groupReleasesByProject(collectReleases(getPosts(lang))));
}

/** Every release in published posts, newest first. */
export function getReleases(lang: Language): ReleaseEntry[] {
  return getReleaseProjects(lang).flatMap((project) => project.releases).sort(newestReleaseFirst);
}

export function getReleaseProject(lang: Language, segment: string): ReleaseProject | undefined {
  return getReleaseProjects(lang).find((project) => project.segment === segment);
}
