import type { Language } from '@/site.config';
import type { ComponentChildren } from '../model/component-children';
import { componentUses } from './component-uses';
import type { QAProps } from '../model/component-props';
import type { Post } from '../model/post';
import { getPosts, newestFirst } from '../site-index/queries';
import { questionAnchor } from '../model/question-anchor';
import { foldName, urlize } from '../model/names';

/** A project questions can be filtered by: /qa/<segment>/. */
export interface QuestionProject {
  name: string;
  segment: string;
  count: number;
}

/** A reader's question from a QA, with its answer and the weekly it came from. */
export interface QuestionEntry {
  /** Its anchor on the post page and on /qa/. */
  id: string;
  props: QAProps;
  answer: ComponentChildren;
  /** The newest post that asked it, whose answer is shown. */
  post: Post;
  /** Every post with this question by this asker, newest first: one id, so one entry. */
  posts: Post[];
  /** The `project` prop, or else the post's tags. */
  projects: Pick<QuestionProject, 'name' | 'segment'>[];
}

function projectsOf(props: QAProps, post: Post): QuestionEntry['projects'] {
  const names = props.project?.trim() ? [props.project] : post.tags;
  const segments = new Map(names.map((name) => [urlize(name), name.trim()] as const));
  return [...segments].filter(([segment]) => segment !== '').map(([segment, name]) => ({ name, segment }));
}

/** Every QA of these posts, the newest post first and, within a post, as written; a question asked again is listed once. */
export function collectQuestions(posts: Post[]): QuestionEntry[] {
  const newestPostsFirst = [...posts].sort(newestFirst);
  const questions = new Map<string, QuestionEntry>();
  for (const { post, props, children } of componentUses(newestPostsFirst, 'QA')) {
    const id = questionAnchor(props);
    const known = questions.get(id);
    if (known) {
      if (!known.posts.includes(post)) known.posts.push(post);
      continue;
    }
    questions.set(id, { id, props, answer: children, post, posts: [post], projects: projectsOf(props, post) });
  }
  return [...questions.values()];
}

/** The projects questions were asked about, the most asked first; each spelled as its newest question spells it. */
export function questionProjects(questions: QuestionEntry[]): QuestionProject[] {
  const projects = new Map<string, QuestionProject>();
  for (const project of questions.flatMap((question) => question.projects)) {
    const known = projects.get(project.segment);
    if (known) known.count += 1;
    else projects.set(project.segment, { ...project, count: 1 });
  }
  return [...projects.values()].sort((a, b) => b.count - a.count || foldName(a.name).localeCompare(foldName(b.name)));
}

/** The questions about one project, newest first. */
export function questionsAbout(questions: QuestionEntry[], segment: string): QuestionEntry[] {
  return questions.filter((question) => question.projects.some((project) => project.segment === segment));
}

const questionsOf = new WeakMap<Post[], QuestionEntry[]>();

/** Every question in published posts, newest first. */
export function getQuestions(lang: Language): QuestionEntry[] {
  const posts = getPosts(lang);
  if (!questionsOf.has(posts)) questionsOf.set(posts, collectQuestions(posts));
  return questionsOf.get(posts)!;
}

export function getQuestionProjects(lang: Language): QuestionProject[] {
  return questionProjects(getQuestions(lang));
}

export function getQuestionProject(lang: Language, segment: string): QuestionProject | undefined {
  return getQuestionProjects(lang).find((project) => project.segment === segment);
}
