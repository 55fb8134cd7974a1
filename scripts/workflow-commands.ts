// Under GitHub Actions, npm run check also prints every problem as a workflow command
// (`::error file=…,line=…,col=…,title=…::message`), which GitHub shows as an annotation on that line
// of a pull request's changes, where the contributor looks, instead of only in the job's log.
import path from 'node:path';
import type { ContentProblem } from '@/lib/model/content-error';

/** What an annotation is titled: the command that finds the problem on the contributor's own machine. */
const title = 'npm run check';

/** A command's message, escaped as GitHub's runner decodes it: %, CR and LF. */
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A command's property value: escaped as its message, and ":" and "," too, which would end the value. */
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** Where the problems' files are: relative to `cwd`, as ContentError has them; GitHub wants them relative to `repositoryRoot`. */
export interface WorkflowPaths {
  cwd: string;
  repositoryRoot: string;
}

/**
 * One `::error` or `::warning` workflow command for each problem, in the order given. The file is
 * relative to the repository root with "/" between folders, as GitHub matches it to a pull request's
 * changes; a problem of the whole file (line 0) has no line or column, one of an unknown column no column.
 */
export function workflowCommands(problems: readonly ContentProblem[], { cwd, repositoryRoot }: WorkflowPaths): string[] {
  return problems.map(({ file, line, column, reason, severity }) => {
    const fromRoot = path.relative(repositoryRoot, path.resolve(cwd, file)).split(path.sep).join('/');
    const properties: [string, string][] = [['file', fromRoot]];
    if (line > 0) {
      properties.push(['line', String(line)]);
      if (column > 0) properties.push(['col', String(column)]);
    }
    properties.push(['title', title]);
    const written = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
    return `::${severity} ${written}::${escapeData(reason)}`;
  });
}
