import type { ComponentChildren } from '../model/component-children';
import type { QAProps } from '../model/component-props';
import { questionAnchor } from '../model/ids';
import { foldName, urlize } from '../model/names';
import { newestFirst, type Post } from '../model/post';
import { childrenField, collectEntries, type Collector, type HubEntry } from './collect';

/** A project questions can be filtered by: /qa/<segment>/. */
export interface QuestionProject {
  name: string;
  segment: string;
  count: number;
}

/** A reader's question from a QA, with its answer and the weekly it came from. */
export interface QuestionEntry extends HubEntry {
  /** Its anchor on the post page and on /qa/. */
  id: string;
  props: QAProps;
  /** The answer, as written in the post that answers it (`post`). */
  answer: ComponentChildren;
  /** The `project` prop, or else the post's tags. */
  projects: Pick<QuestionProject, 'name' | 'segment'>[];
}

function projectsOf(props: QAProps, post: Post): QuestionEntry['projects'] {
  const names = props.project?.trim() ? [props.project] : post.tags;
  const segments = new Map(names.map((name) => [urlize(name), name.trim()] as const));
  return [...segments].filter(([segment]) => segment !== '').map(([segment, name]) => ({ name, segment }));
}

/** How questions are collected: the same question by the same asker is one question. */
export const questionCollector: Collector<'QA', QuestionEntry> = {
  component: 'QA',
  idOf: ({ props }) => questionAnchor(props),
  fieldsOf: ({ props, children }) => ({ project: props.project, answer: childrenField(children) }),
  create: ({ post, props, line, children }, id, posts) => ({ id, props, answer: children, post, line, posts, projects: projectsOf(props, post) }),
  describe: ({ props }) => ({ what: `the question of ${props.asker.trim()} "${props.question.trim()}"`, mention: 'only asker= and question=' }),
};

/** Every QA of these posts, the newest post first and, within a post, as written; a question asked again is listed once (see collectEntries). */
export function collectQuestions(posts: Post[]): QuestionEntry[] {
  return collectEntries(posts, questionCollector).entries.sort((a, b) => newestFirst(a.post, b.post) || a.line - b.line);
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
