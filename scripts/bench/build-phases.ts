import type { TimedLine } from './measure-command';

/** How long one step of `npm run build` took, read from when its closing line was printed. */
export interface BuildPhase {
  name: string;
  seconds: number;
}

// Each phase ends when its line is printed. A phase whose line is missing (a Next.js version that
// prints something else) is left out, and its time counts in the next phase found.
const checkpoints: { name: string; endsAt: RegExp }[] = [
  { name: 'check content (tsx scripts/check-content.ts)', endsAt: /^content ok:/ },
  { name: 'next: start + compile', endsAt: /Compiled successfully/ },
  { name: 'next: type-check', endsAt: /Finished TypeScript/ },
  { name: 'next: collecting page data', endsAt: /Generating static pages/ },
  { name: 'next: generating static pages', endsAt: /✓ Generating static pages/ },
  { name: 'next: finalize and export, prune navigation files', endsAt: /^navigation files: removed/ },
];

export function buildPhases(lines: TimedLine[], wallSeconds: number, hasFinished: boolean): BuildPhase[] {
  const phases: BuildPhase[] = [];
  let previous = 0;
  let from = 0;
  for (const { name, endsAt } of checkpoints) {
    const index = lines.findIndex((line, i) => i >= from && endsAt.test(line.text));
    if (index < 0) continue;
    const line = lines[index]!;
    phases.push({ name, seconds: line.seconds - previous });
    previous = line.seconds;
    from = index + 1;
  }
  phases.push({ name: hasFinished ? 'redirect pages, feeds, search index, exit' : 'next phase, until the build stopped', seconds: wallSeconds - previous });
  return phases;
}
