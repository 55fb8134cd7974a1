// Runs a command and measures it: wall time, and the peak resident memory of the largest single
// process in its tree (npm → sh → tsx / next build → Next's workers), sampled from /proc.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** A line the command printed, with the seconds since it started. */
export interface TimedLine {
  seconds: number;
  text: string;
}

export interface CommandMeasurement {
  exitCode: number | null;
  wallSeconds: number;
  /** Largest VmRSS seen in any one process of the tree. */
  peakRssBytes: number;
  /** The command line of that process, shortened. */
  peakProcess: string;
  /** Largest sum of VmRSS over the whole tree at one sample. */
  peakTreeRssBytes: number;
  samples: number;
  lines: TimedLine[];
  /** Whether the command was stopped after `timeoutSeconds`. */
  timedOut: boolean;
}

export interface CommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Everything the command prints is written here. */
  logFile: string;
  /** Called with each line the command prints (to echo progress). */
  onLine?: (line: TimedLine) => void;
  sampleEveryMs?: number;
  /** Stop the command (its whole process group) after this many seconds. */
  timeoutSeconds?: number;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // The process ended between listing /proc and reading it.
  }
}

/** Parent of every live process: field 4 of /proc/<pid>/stat, read after the command name, which may hold spaces and parentheses. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readText(`/proc/${name}/stat`);
    if (stat === null) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(name), ppid);
  }
  return parents;
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentsByPid()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function rssBytes(pid: number): number {
  const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readText(`/proc/${pid}/status`) ?? '')?.[1];
  return kilobytes === undefined ? 0 : Number(kilobytes) * 1024;
}

function commandLine(pid: number): string {
  const text = (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
  return text.replace(/\S*\/node_modules\//g, '').slice(0, 140);
}

export function measureCommand(command: string, args: string[], options: CommandOptions): Promise<CommandMeasurement> {
  const started = performance.now();
  const log = createWriteStream(options.logFile);
  // In its own process group, so that a timeout or Ctrl-C stops its workers too.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const stopTree = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const timeout = options.timeoutSeconds === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    stopTree();
  }, options.timeoutSeconds * 1000);
  process.once('SIGINT', stopTree);
  const lines: TimedLine[] = [];
  let peakRssBytes = 0;
  let peakProcess = '';
  let peakTreeRssBytes = 0;
  let samples = 0;

  const sample = () => {
    if (child.pid === undefined) return;
    let tree = 0;
    for (const pid of descendantsOf(child.pid)) {
      const rss = rssBytes(pid);
      tree += rss;
      if (rss > peakRssBytes) {
        peakRssBytes = rss;
        peakProcess = commandLine(pid);
      }
    }
    peakTreeRssBytes = Math.max(peakTreeRssBytes, tree);
    samples += 1;
  };
  const timer = setInterval(sample, options.sampleEveryMs ?? 200);

  const collect = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      log.write(chunk);
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      const seconds = (performance.now() - started) / 1000;
      for (const text of parts) {
        const line = { seconds, text };
        lines.push(line);
        options.onLine?.(line);
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(timer);
      clearTimeout(timeout);
      process.off('SIGINT', stopTree);
      const wallSeconds = (performance.now() - started) / 1000;
      log.end();
      resolve({ exitCode, wallSeconds, peakRssBytes, peakProcess, peakTreeRssBytes, samples, lines, timedOut });
    });
  });
}
