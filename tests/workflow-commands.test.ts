import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { ContentError } from '@/lib/model/content-error';
import { escapeData, escapeProperty, workflowCommands } from '@/scripts/workflow-commands';

const atRoot = { cwd: '/repo', repositoryRoot: '/repo' };

describe('workflow commands for the check\'s problems', () => {
  it('writes an error as ::error with its file, line, column and title, and the reason as the message', () => {
    const error = new ContentError('content/zh/blog/a.mdx', 9, 3, 'links to /blog/nope/, which is not a page or file of this site');
    assert.deepEqual(workflowCommands([error], atRoot), [
      '::error file=content/zh/blog/a.mdx,line=9,col=3,title=npm run check::links to /blog/nope/, which is not a page or file of this site',
    ]);
  });

  it('writes a warning as ::warning, in the order given', () => {
    const problems = [
      new ContentError('content/zh/blog/b.md', 5, 1, 'description is empty', 'warning'),
      new ContentError('content/zh/blog/a.mdx', 2, 1, 'date is missing'),
    ];
    assert.deepEqual(workflowCommands(problems, atRoot), [
      '::warning file=content/zh/blog/b.md,line=5,col=1,title=npm run check::description is empty',
      '::error file=content/zh/blog/a.mdx,line=2,col=1,title=npm run check::date is missing',
    ]);
  });

  it('leaves out line and column for a problem of the whole file, and the column when it is unknown', () => {
    const problems = [
      new ContentError('content/zh/blog/notes.txt', 0, 0, 'ignored', 'warning'),
      new ContentError('content/zh/blog/a.mdx', 4, 0, 'a problem of one line'),
    ];
    assert.deepEqual(workflowCommands(problems, atRoot), [
      '::warning file=content/zh/blog/notes.txt,title=npm run check::ignored',
      '::error file=content/zh/blog/a.mdx,line=4,title=npm run check::a problem of one line',
    ]);
  });

  it('names the file relative to the repository root when the check runs in a folder of it', () => {
    const error = new ContentError('content/zh/blog/a.mdx', 1, 1, 'bad');
    const [command] = workflowCommands([error], { cwd: '/repo/site', repositoryRoot: '/repo' });
    assert.equal(command, '::error file=site/content/zh/blog/a.mdx,line=1,col=1,title=npm run check::bad');
  });

  it('escapes %, CR and LF in the message, and keeps ":" and "," there as they are', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    const error = new ContentError('a.mdx', 1, 1, 'line one\nline two: 50%, %0A stays text');
    assert.equal(workflowCommands([error], atRoot)[0], '::error file=a.mdx,line=1,col=1,title=npm run check::line one%0Aline two: 50%25, %250A stays text');
  });

  it('escapes ":" and "," in a property too, so that a file name cannot end its value or add a property', () => {
    assert.equal(escapeProperty('a:b,c%d\re\nf'), 'a%3Ab%2Cc%25d%0De%0Af');
    const error = new ContentError('content/zh/blog/a,line=1:b%.mdx', 2, 1, 'bad');
    assert.equal(workflowCommands([error], atRoot)[0], '::error file=content/zh/blog/a%2Cline=1%3Ab%25.mdx,line=2,col=1,title=npm run check::bad');
  });
});

describe('npm run check under GitHub Actions', () => {
  // A post with a link to a post that does not exist (an error) and an image without alt text (a
  // warning), beside a file that is not a post (a warning about the whole file).
  const run = (env: Record<string, string>) => {
    const { GITHUB_ACTIONS: _actions, GITHUB_WORKSPACE: _workspace, ...inherited } = process.env;
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts'], {
      env: { ...inherited, CONTENT_DIR: 'tests/fixtures/annotations', ...env },
      encoding: 'utf8',
    });
    return { status: result.status, commands: result.stdout.split('\n').filter((line) => line.startsWith('::')), output: result.stdout + result.stderr };
  };

  it('prints each error and warning as a workflow command on its line, after the report, and exits 1', () => {
    const { status, commands, output } = run({ GITHUB_ACTIONS: 'true' });
    assert.equal(status, 1, output);
    assert.deepEqual(commands, [
      '::warning file=tests/fixtures/annotations/zh/blog/notes.txt,title=npm run check::ignored: only .mdx and .md files are posts (images belong in a page bundle, beside index.mdx)',
      '::warning file=tests/fixtures/annotations/zh/blog/broken-link.mdx,line=11,col=1,title=npm run check::the image https://example.org/100%2525.png has no alt text; describe it for readers who cannot see it: ![what it shows](https://example.org/100%2525.png)',
      '::error file=tests/fixtures/annotations/zh/blog/broken-link.mdx,line=9,col=3,title=npm run check::links to /blog/nope/, which is not a page or file of this site; check the post\'s slug, or the tag or category name',
    ]);
    const reportLine = output.search(/^tests\/fixtures\/annotations\/zh\/blog\/broken-link\.mdx:9:3  error  links to \/blog\/nope\//m);
    assert.ok(reportLine !== -1, 'the report a reader reads is still printed');
    assert.ok(reportLine < output.indexOf('::warning'), 'the workflow commands come after the report');
  });

  it('prints no workflow command outside GitHub Actions', () => {
    const { status, commands } = run({});
    assert.equal(status, 1);
    assert.deepEqual(commands, []);
  });
});
