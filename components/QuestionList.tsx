import type { QuestionEntry } from '@/lib/hubs/questions';
import { ComponentChildrenMarkdown } from './ComponentChildrenMarkdown';
import { PostSources } from './PostSources';
import { QA } from './mdx/QA';
import styles from './QuestionList.module.css';

/**
 * Questions newest first, each as its weekly showed it. The question keeps the id it has on the
 * post page, so /qa/#<id> and /blog/<slug>/#<id> both land on it.
 */
export function QuestionList({ questions }: { questions: QuestionEntry[] }) {
  return (
    <ol className={styles.list}>
      {questions.map((question) => (
        <li key={question.id} className={styles.question}>
          <QA lang={question.post.lang} asker={question.props.asker} question={question.props.question} project={question.props.project}>
            <ComponentChildrenMarkdown post={question.post} component="QA" line={question.line} written={question.answer} />
          </QA>
          <PostSources posts={question.posts} fragment={question.id} />
        </li>
      ))}
    </ol>
  );
}
