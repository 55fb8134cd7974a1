import type { Language } from '@/site.config';
import type { QuestionProject } from '@/lib/hubs/questions';
import { labelsFor } from '@/lib/model/labels';
import { questionsUrl } from '@/lib/urls';
import styles from './ProjectFilter.module.css';

interface ProjectFilterProps {
  lang: Language;
  projects: QuestionProject[];
  /** The project shown now; undefined on the page of all questions. */
  current?: string;
  total: number;
}

/** Links to the questions of each project: a filter that works without JavaScript, each filter a page of its own. */
export function ProjectFilter({ lang, projects, current, total }: ProjectFilterProps) {
  const labels = labelsFor(lang);
  const link = (href: string, name: string, count: number, isCurrent: boolean) => (
    // The count shows as a number and is read with its unit ("MOSN 3 个问题"): one text, on every project's page.
    <a href={href} aria-current={isCurrent ? 'page' : undefined}>
      {name}
      <span className={styles.count}>
        {` ${count}`}
        <span className="visually-hidden">{` ${labels.questionCountUnit(count)}`}</span>
      </span>
    </a>
  );
  return (
    <nav className={styles.filter} aria-label={labels.questionsFilter}>
      <ul>
        <li>{link(questionsUrl(undefined, lang), labels.questionsAll, total, current === undefined)}</li>
        {projects.map((project) => (
          <li key={project.segment}>{link(questionsUrl(project.segment, lang), project.name, project.count, project.segment === current)}</li>
        ))}
      </ul>
    </nav>
  );
}
