import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig, type Language } from '@/site.config';
import { EventTimeline } from '@/components/EventTimeline';
import { ProjectFilter } from '@/components/ProjectFilter';
import { QuestionList } from '@/components/QuestionList';
import { ReleaseProject } from '@/components/ReleaseProject';
import { ReleaseTimeline } from '@/components/ReleaseTimeline';
import { questionsAbout } from '@/lib/hubs/questions';
import { getEvent, getEvents, getQuestionProject, getQuestionProjects, getQuestions, getReleaseProject, getReleaseProjects } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { eventCalendarIcs } from '@/lib/outputs/event-calendar';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { releaseFeedXml } from '@/lib/outputs/release-feed';
import { absoluteUrl, atLeastOneParam, calendarUrl, decodeRouteParam, eventsUrl, placeholderSegment, questionsUrl, releaseFeedUrl, releaseProjectUrl, releasesUrl } from '@/lib/urls';
import { LanguagePage } from './frame';

type ProjectParams = Promise<{ project: string }>;

/** /releases/: every project's releases. */
export function releasesRoute(lang: Language) {
  const labels = labelsFor(lang);
  // A hub the language has no entries for is linked from nowhere and left out of the sitemap.
  const generateMetadata = (): Metadata =>
    pageMetadata({ lang, title: labels.releasesTitle, description: labels.releasesDescription, url: releasesUrl(lang), isIndexable: getReleaseProjects(lang).length > 0 });
  function ReleasesPage() {
    return (
      <LanguagePage lang={lang} url={releasesUrl(lang)}>
        <div className="page">
          <h1 className="page-title">{labels.releasesTitle}</h1>
          <p>{labels.releasesDescription}</p>
          {getReleaseProjects(lang).map((project) => (
            <ReleaseProject key={project.segment} project={project} lang={lang} />
          ))}
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, ReleasesPage };
}

const releaseProjectParams = (lang: Language) => () =>
  atLeastOneParam(getReleaseProjects(lang).map((project) => ({ project: project.segment })), { project: placeholderSegment });

/** /releases/<project>/: one project's releases, newest first, and the link to their feed. */
export function releaseProjectRoute(lang: Language) {
  const labels = labelsFor(lang);
  const findProject = async (params: ProjectParams) => getReleaseProject(lang, decodeRouteParam((await params).project)) ?? notFound();
  return {
    generateStaticParams: releaseProjectParams(lang),
    async generateMetadata({ params }: { params: ProjectParams }): Promise<Metadata> {
      const project = await findProject(params);
      return pageMetadata({
        lang,
        title: labels.releasesOf(project.name),
        description: labels.releasesOfDescription(project.name),
        url: releaseProjectUrl(project.segment, lang),
        feed: { url: absoluteUrl(releaseFeedUrl(project.segment, lang)), title: labels.releasesOf(project.name) },
      });
    },
    async ReleaseProjectPage({ params }: { params: ProjectParams }) {
      const project = await findProject(params);
      return (
        <LanguagePage lang={lang} url={releaseProjectUrl(project.segment, lang)}>
          <div className="page">
            <h1 className="page-title">{labels.releasesOf(project.name)}</h1>
            <p>
              <a href={releaseFeedUrl(project.segment, lang)}>{labels.releaseFeed(project.name)}</a>
            </p>
            <ReleaseTimeline releases={project.releases} headingLevel={2} />
          </div>
        </LanguagePage>
      );
    },
  };
}

/** /releases/<project>/feed.xml: written once into the export as a static file. */
export function releaseFeedRoute(lang: Language) {
  return {
    generateStaticParams: releaseProjectParams(lang),
    async GET(_request: Request, { params }: { params: ProjectParams }) {
      const project = getReleaseProject(lang, decodeRouteParam((await params).project));
      if (!project) return new Response('Not found', { status: 404 });
      return new Response(releaseFeedXml(project), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
    },
  };
}

/** /events/: upcoming events first, then past ones. */
export function eventsRoute(lang: Language) {
  const labels = labelsFor(lang);
  const generateMetadata = (): Metadata =>
    pageMetadata({ lang, title: labels.eventsTitle, description: labels.eventsDescription, url: eventsUrl(lang), isIndexable: getEvents(lang).length > 0 });
  function EventsPage() {
    return (
      <LanguagePage lang={lang} url={eventsUrl(lang)}>
        <div className="page">
          <h1 className="page-title">{labels.eventsTitle}</h1>
          <p>{labels.eventsDescription}</p>
          <p>
            <a href={calendarUrl(lang)}>{labels.subscribeCalendar}</a>
          </p>
          <EventTimeline events={getEvents(lang)} lang={lang} />
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, EventsPage };
}

const calendarHeaders = { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } };

/** /events/<id>.ics: one event, for "add to calendar"; a static file in the export. */
export function eventCalendarRoute(lang: Language) {
  return {
    generateStaticParams: () => atLeastOneParam(getEvents(lang).map((event) => ({ file: `${event.id}.ics` })), { file: `${placeholderSegment}.ics` }),
    async GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
      const id = decodeRouteParam((await params).file).replace(/\.ics$/, '');
      const event = getEvent(lang, id);
      if (!event) return new Response('Not found', { status: 404 });
      return new Response(eventCalendarIcs([event], event.props.title), calendarHeaders);
    },
  };
}

/** /events/calendar.ics: every event, for calendar subscriptions. */
export function calendarRoute(lang: Language) {
  return {
    GET() {
      return new Response(eventCalendarIcs(getEvents(lang), `${siteConfig.languages[lang].title} ${labelsFor(lang).eventsTitle}`), calendarHeaders);
    },
  };
}

/** /qa/: every question, newest first. */
export function questionsRoute(lang: Language) {
  const labels = labelsFor(lang);
  const generateMetadata = (): Metadata =>
    pageMetadata({ lang, title: labels.questionsTitle, description: labels.questionsDescription, url: questionsUrl(undefined, lang), isIndexable: getQuestions(lang).length > 0 });
  function QuestionsPage() {
    const questions = getQuestions(lang);
    return (
      <LanguagePage lang={lang} url={questionsUrl(undefined, lang)}>
        <div className="page">
          <h1 className="page-title">{labels.questionsTitle}</h1>
          <ProjectFilter lang={lang} projects={getQuestionProjects(lang)} total={questions.length} />
          <QuestionList questions={questions} />
        </div>
      </LanguagePage>
    );
  }
  return { generateMetadata, QuestionsPage };
}

/** /qa/<project>/: the questions about one project (its `project` prop, or else its post's tags). */
export function questionProjectRoute(lang: Language) {
  const labels = labelsFor(lang);
  const findProject = async (params: ProjectParams) => getQuestionProject(lang, decodeRouteParam((await params).project)) ?? notFound();
  return {
    generateStaticParams: () => atLeastOneParam(getQuestionProjects(lang).map((project) => ({ project: project.segment })), { project: placeholderSegment }),
    async generateMetadata({ params }: { params: ProjectParams }): Promise<Metadata> {
      const project = await findProject(params);
      return pageMetadata({ lang, title: labels.questionsAbout(project.name), description: labels.questionsAboutDescription(project.name), url: questionsUrl(project.segment, lang) });
    },
    async ProjectQuestionsPage({ params }: { params: ProjectParams }) {
      const project = await findProject(params);
      const questions = getQuestions(lang);
      return (
        <LanguagePage lang={lang} url={questionsUrl(project.segment, lang)}>
          <div className="page">
            <h1 className="page-title">{labels.questionsAbout(project.name)}</h1>
            <ProjectFilter lang={lang} projects={getQuestionProjects(lang)} current={project.segment} total={questions.length} />
            <QuestionList questions={questionsAbout(questions, project.segment)} />
          </div>
        </LanguagePage>
      );
    },
  };
}
