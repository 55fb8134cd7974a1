// npm run bench -- --dev: the authoring loop at the size of a real site. Starts `next dev` on the
// generated corpus, loads a post page and the home page twice each, then edits the post's title
// three times and measures, from each write, the time to the first response that carries the new
// title. Prints the medians; nothing is asserted (timings on this machine drift).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Corpus } from './corpus';
import { probePost } from './corpus';

export interface DevBench {
  posts: number;
  firstPostPageSeconds: number;
  warmPostPageSeconds: number;
  warmHomePageSeconds: number;
  editSeconds: number[];
  medianEditSeconds: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timedGet(url: string): Promise<{ seconds: number; text: string; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const text = await response.text();
  return { seconds: (performance.now() - started) / 1000, text, status: response.status };
}

async function waitForServer(origin: string, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const status = await fetch(`${origin}/robots.txt`).then((response) => response.status, () => 0);
    if (status > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next dev did not answer within ${timeoutSeconds} s`);
}

export async function runDevBench(corpus: Corpus, postCount: number, env: NodeJS.ProcessEnv, port = 4199): Promise<DevBench> {
  const origin = `http://localhost:${port}`;
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)], {
    env: { ...env, CONTENT_DIR: corpus.root },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(origin, 180);
    const probe = probePost(corpus);
    const postUrl = `${origin}/blog/${probe.slug}/`;
    const first = await timedGet(postUrl);
    if (first.status !== 200) throw new Error(`${postUrl} answered ${first.status}`);
    const warmPost = await timedGet(postUrl);
    await timedGet(`${origin}/`);
    const warmHome = await timedGet(`${origin}/`);
    const editSeconds: number[] = [];
    const source = readFileSync(probe.file, 'utf8');
    for (let edit = 1; edit <= 3; edit++) {
      const title = `基准测试改过的标题 ${edit} ${Date.now()}`;
      const written = performance.now();
      writeFileSync(probe.file, source.replace(/^title: .*$/m, `title: "${title}"`));
      for (;;) {
        const { text } = await timedGet(postUrl);
        if (text.includes(title)) break;
        if (performance.now() - written > 120_000) throw new Error(`edit ${edit} did not show within 120 s`);
      }
      editSeconds.push((performance.now() - written) / 1000);
    }
    writeFileSync(probe.file, source);
    return {
      posts: postCount,
      firstPostPageSeconds: first.seconds,
      warmPostPageSeconds: warmPost.seconds,
      warmHomePageSeconds: warmHome.seconds,
      editSeconds,
      medianEditSeconds: median(editSeconds),
    };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
