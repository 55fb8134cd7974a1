// npm test: unit tests, then four static exports (under /weekly with a small page size, the
// hostile-content fixture site, the Hugo drop-in fixture site, and the site at the root), then the end-to-end tests against them. Ends with one line that sums up every test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const counts = { passed: 0, failed: 0, skipped: 0 };
let isBroken = false;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) console.error(`✖ ${title} failed (exit code ${result.status ?? result.signal})`);
  return result.status === 0;
}

function runUnitTests() {
  const report = '.e2e/unit-tests.tap';
  const ok = run('Unit tests', process.execPath, [
    '--import', 'tsx', '--import', './tests/css-modules.mjs', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${report}`,
    ...readdirSync('tests').filter((name) => name.endsWith('.test.ts')).map((name) => `tests/${name}`),
  ], { TZ: 'America/Los_Angeles' });
  const tap = readFileSync(report, 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  counts.passed += count('pass');
  counts.failed += count('fail') + count('cancelled');
  counts.skipped += count('skipped') + count('todo');
  if (!ok && count('fail') === 0) counts.failed += 1;
}

function build(title, env) {
  if (!run(title, 'npm', ['run', 'build', '--silent'], env)) {
    counts.failed += 1;
    isBroken = true;
  }
}

function runEndToEndTests() {
  const report = '.e2e/e2e-results.json';
  const ok = run('End-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  let unexpected = 0;
  try {
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += stats.expected + stats.flaky;
    counts.skipped += stats.skipped;
    unexpected = stats.unexpected;
  } catch {
    // No report: Playwright did not get to run the tests.
  }
  // A run that failed without a failing test (a server that did not start) still counts as a failure.
  counts.failed += ok || unexpected > 0 ? unexpected : 1;
}

rmSync('.e2e', { recursive: true, force: true });
mkdirSync('.e2e/sub-path', { recursive: true });
runUnitTests();
build('Build the export served under /weekly/', { BASE_PATH: '/weekly', POSTS_PER_PAGE: '2', POSTS_PER_SEARCH_INDEX: '2' });
if (!isBroken) renameSync('out', '.e2e/sub-path/weekly');
build('Build the hostile-content fixture site', { CONTENT_DIR: 'tests/fixtures/hostile-site' });
if (!isBroken) renameSync('out', '.e2e/hostile');
// A Hugo content/ folder as it is, with the broken link it came with: it builds as a warning.
build('Build the Hugo drop-in fixture site', { CONTENT_DIR: 'tests/fixtures/hugo-drop-in', BROKEN_LINKS: 'warning' });
if (!isBroken) renameSync('out', '.e2e/hugo');
build('Build the export served at the root', {});
if (!isBroken) runEndToEndTests();

const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
const summary = `${counts.passed} passed, ${counts.failed} failed${skipped}`;
writeFileSync('.e2e/test-summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exitCode = counts.failed > 0 ? 1 : 0;
