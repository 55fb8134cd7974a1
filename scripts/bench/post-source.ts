// The MDX source of one generated post. Everything comes from a generator seeded with the post's
// number, so post 17 is the same file in a 1,000-post and a 10,000-post corpus.
import { seededRandom, type SeededRandom } from './seeded-random';

/** 200 tag names, clearly distinct after urlize: "标签-1" … "标签-100" and "topic-1" … "topic-100". */
export const benchTags: readonly string[] = Array.from({ length: 200 }, (_, i) =>
  i % 2 === 0 ? `标签 ${i / 2 + 1}` : `topic-${(i + 1) / 2}`,
);

export const benchCategories: readonly string[] = [
  'SOFA Weekly', '技术实践', '社区活动', '版本发布', 'Release Notes',
  '源码解析', 'Case Study', 'Cloud Native', '开源之夏', 'Meetup',
];

const projects = ['SOFAJRaft', 'SOFARPC', 'MOSN', 'Seata', 'SOFARegistry', 'Layotto', 'SOFAArk', 'SOFATracer', 'SOFABoot', 'Occlum'];
const authors = ['SOFA 团队', '郝连帅', '霜林', '散樗', 'Alice Chen', 'Bob Li', '王小明', 'zongtanghu', 'Carol Zhang', '李四'];
const zhTerms = [
  '服务网格', '注册中心', '分布式事务', '配置中心', '消息队列', '可观测性', '链路追踪', '限流降级', '一致性协议',
  '快照', '日志复制', '容器编排', '灰度发布', '连接池', '线程模型', '序列化', '负载均衡', '故障注入', '冷启动', '内存占用',
];
const zhVerbs = ['优化了', '重构了', '修复了', '讨论了', '验证了', '简化了', '测量了', '对比了'];
const zhTemplates = [
  (a: string, b: string, v: string) => `在${a}场景下，我们${v}${b}的实现，写入延迟明显下降。`,
  (a: string, b: string, v: string) => `社区同学${v}${a}与${b}之间的交互，并补充了单元测试。`,
  (a: string, b: string) => `如果${a}出现抖动，建议先检查${b}的配置，再考虑扩容。`,
  (a: string, b: string, v: string) => `本周我们${v}${a}，顺带整理了${b}的文档。`,
  (a: string, b: string) => `${a}和${b}是两个经常被一起提到的话题，本文分别说明。`,
];
const enWords = [
  'raft', 'snapshot', 'latency', 'throughput', 'cluster', 'leader', 'follower', 'registry', 'mesh', 'sidecar',
  'release', 'config', 'tracing', 'metrics', 'the', 'a', 'with', 'for', 'and', 'under', 'load', 'replica',
  'community', 'contributor', 'benchmark', 'startup', 'memory', 'thread', 'pool', 'codec', 'protocol', 'shard',
];
const codeSamples: Record<string, readonly string[]> = {
  java: [
    'NodeOptions nodeOptions = new NodeOptions();',
    'nodeOptions.setSnapshotIntervalSecs(30 * 60);',
    'if (status.isOk()) { done.run(Status.OK()); }',
    'Map<String, List<Long>> index = new HashMap<>();',
  ],
  go: [
    'func (s *Server) Serve(ctx context.Context) error {',
    '\treturn s.listener.Accept()',
    '}',
    'cfg := map[string]int{"workers": 4}',
  ],
  bash: ['iostat -x 1 | grep nvme0n1', 'du -sh /data/jraft/snapshot', 'curl -s http://localhost:8080/metrics | head'],
  yaml: ['server:', '  port: 12200', '  threads: 200', 'registry: "zookeeper://127.0.0.1:2181"'],
};

function zhSentence(random: SeededRandom): string {
  const [a, b] = random.sample(zhTerms, 2) as [string, string];
  return random.pick(zhTemplates)(a, b, random.pick(zhVerbs));
}

function enSentence(random: SeededRandom): string {
  const words = Array.from({ length: random.int(8, 16) }, () => random.pick(enWords));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph mixing Chinese and English sentences, with some inline code, emphasis and a link. */
function paragraph(random: SeededRandom): string {
  const sentences = Array.from({ length: random.int(2, 5) }, () => (random.chance(0.6) ? zhSentence(random) : enSentence(random)));
  if (random.chance(0.3)) sentences.push(`参考 \`${random.pick(projects)}.${random.pick(enWords)}()\` 的实现。`);
  if (random.chance(0.25)) sentences.push(`**${random.pick(zhTerms)}**是本节的重点。`);
  if (random.chance(0.2)) sentences.push(`详见 [${random.pick(projects)} 文档](https://example.org/docs/${random.pick(enWords)})。`);
  return sentences.join(' ');
}

function list(random: SeededRandom): string {
  const ordered = random.chance(0.4);
  return Array.from({ length: random.int(3, 6) }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${random.chance(0.5) ? zhSentence(random) : enSentence(random)}`).join('\n');
}

function codeBlock(random: SeededRandom): string {
  const language = random.pick(Object.keys(codeSamples));
  const lines = codeSamples[language] ?? [];
  return ['```' + language, ...random.sample(lines, random.int(2, lines.length)), '```'].join('\n');
}

function table(random: SeededRandom): string {
  const rows = Array.from({ length: random.int(3, 6) }, () =>
    `| ${random.pick(zhTerms)} | ${random.int(1, 999)} ms | ${random.pick(enWords)} ${random.pick(enWords)} |`,
  );
  return ['| 指标 | 数值 | note |', '| --- | ---: | --- |', ...rows].join('\n');
}

function section(random: SeededRandom): string {
  const blocks = [`## ${random.pick(zhTerms)}：${random.pick(enWords)} ${random.pick(enWords)}`, paragraph(random)];
  const extras = [() => list(random), () => codeBlock(random), () => table(random), () => `> ${zhSentence(random)}`];
  for (let i = random.int(1, 3); i > 0; i -= 1) blocks.push(random.pick(extras)(), paragraph(random));
  if (random.chance(0.6)) blocks.push(`### ${random.pick(projects)} ${random.pick(zhTerms)}`, paragraph(random), list(random));
  return blocks.join('\n\n');
}

/**
 * The weekly's components, written as a user writes them: string props, blank lines inside. Each
 * post's release and question are its own (the post's number in the version and the question):
 * two posts describing one release differently are an error of check (lib/hubs/conflicts.ts).
 */
function componentSection(random: SeededRandom, dateMs: number, index: number): string {
  const project = random.pick(projects);
  const version = `${random.int(1, 3)}.${random.int(0, 9)}.${random.int(0, 20)}-b${index}`;
  const [asker, thanksA, thanksB] = random.sample(authors, 3) as [string, string, string];
  return [
    '### 每周读者问答提炼',
    `<QA asker="${asker}" question="${zhSentence(random)}（第 ${index} 篇）">`,
    zhSentence(random) + zhSentence(random),
    '</QA>',
    '### SOFA 项目进展',
    `<ReleaseNote project="${project}" version="${version}" url="https://example.org/r" thanks="${thanksA}, ${thanksB}" recommended>`,
    list(random).replace(/^\d+\./gm, '-'),
    '</ReleaseNote>',
    '### 社区活动报名',
    `<EventCard title="${project} ${random.pick(zhTerms)}实践" start="${shanghaiIso(dateMs)}" end="${shanghaiIso(dateMs + 40 * 60_000)}" register="https://example.org">`,
    paragraph(random),
    '</EventCard>',
  ].join('\n\n');
}

// Newest post: 2024-12-31 20:00 in Shanghai. Post i is about 3 hours older than post i-1, so every date is in the past.
const newestPostMs = Date.UTC(2024, 11, 31, 12, 0, 0);
const hourMs = 3_600_000;

/** 2024-12-31T20:00:00+08:00 */
function shanghaiIso(ms: number): string {
  return `${new Date(ms + 8 * hourMs).toISOString().slice(0, 19)}+08:00`;
}

/** Every 20th post (post 0 included) uses QA, ReleaseNote and EventCard. */
export function usesComponents(index: number): boolean {
  return index % 20 === 0;
}

/** Tags are drawn with a skew, as on a real site: a few are on many posts, most on a few. */
function drawTags(random: SeededRandom): string[] {
  const tags = new Set<string>();
  const count = random.int(2, 5);
  while (tags.size < count) tags.add(benchTags[Math.floor(benchTags.length * random.next() ** 2)] ?? 'topic-1');
  return [...tags];
}

/** The complete source of post number `index` (front matter and MDX body). */
export function postSource(index: number, seed: string): string {
  const random = seededRandom(`${seed}:${index}`);
  const dateMs = newestPostMs - index * 3 * hourMs - random.int(0, 120) * 60_000;
  const categories = random.chance(0.15) ? random.sample(benchCategories, 2) : [random.pick(benchCategories)];
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(`Bench 第 ${index} 篇：${random.pick(projects)} ${random.pick(zhTerms)} and ${random.pick(enWords)}`)}`,
    `date: ${shanghaiIso(dateMs)}`,
    `author: ${JSON.stringify(random.pick(authors))}`,
    ...(random.chance(0.5) ? [`description: ${JSON.stringify(zhSentence(random))}`] : []),
    `categories: ${JSON.stringify(categories)}`,
    `tags: ${JSON.stringify(drawTags(random))}`,
    '---',
  ];
  const body = [paragraph(random), ...Array.from({ length: random.int(3, 6) }, () => section(random))];
  if (usesComponents(index)) body.splice(1, 0, componentSection(random, dateMs, index));
  return `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}
