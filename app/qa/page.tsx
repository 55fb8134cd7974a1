import type { Metadata } from 'next';
import { siteConfig } from '@/site.config';
import { ProjectFilter } from '@/components/ProjectFilter';
import { QuestionList } from '@/components/QuestionList';
import { getQuestionProjects, getQuestions } from '@/lib/site-index/hubs';
import { labelsFor } from '@/lib/model/labels';
import { pageMetadata } from '@/lib/outputs/page-metadata';
import { questionsUrl } from '@/lib/urls';

const lang = siteConfig.defaultLanguage;
const labels = labelsFor(lang);

export const metadata: Metadata = pageMetadata({ lang, title: labels.questionsTitle, description: labels.questionsDescription, url: questionsUrl(undefined, lang) });

export default function QuestionsPage() {
  const questions = getQuestions(lang);
  return (
    <div className="page">
      <h1 className="page-title">{labels.questionsTitle}</h1>
      <ProjectFilter lang={lang} projects={getQuestionProjects(lang)} total={questions.length} />
      <QuestionList questions={questions} />
    </div>
  );
}
