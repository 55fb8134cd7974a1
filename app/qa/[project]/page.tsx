import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { siteConfig } from '@/site.config';
import { ProjectFilter } from '@/components/ProjectFilter';
import { QuestionList } from '@/components/QuestionList';
import { questionsAbout } from '@/lib/hubs/questions';
import { getQuestionProject, getQuestionProjects, getQuestions } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { atLeastOneParam, decodeRouteParam, placeholderSegment, questionsUrl } from '@/lib/urls';

// /qa/<project>/: the questions about one project (its `project` prop, or else its post's tags).
const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);
type Params = Promise<{ project: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOneParam(getQuestionProjects(lang).map((project) => ({ project: project.segment })), { project: placeholderSegment });
}

async function findProject(params: Params) {
  return getQuestionProject(lang, decodeRouteParam((await params).project)) ?? notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const project = await findProject(params);
  return pageMetadata({
    lang,
    title: labels.questionsAbout(project.name),
    description: labels.questionsAboutDescription(project.name),
    url: questionsUrl(project.segment, lang),
  });
}

export default async function ProjectQuestionsPage({ params }: { params: Params }) {
  const project = await findProject(params);
  const questions = getQuestions(lang);
  return (
    <div className="page">
      <h1 className="page-title">{labels.questionsAbout(project.name)}</h1>
      <ProjectFilter lang={lang} projects={getQuestionProjects(lang)} current={project.segment} total={questions.length} />
      <QuestionList questions={questionsAbout(questions, project.segment)} />
    </div>
  );
}
