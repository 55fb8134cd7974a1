// npm run new -- "SOFA Weekly | 本周标题" [--slug x] [--section blog] [--lang zh] [--bundle] [--tags a,b]
// Writes a new post, a draft until its author removes draft: true, with full front matter and a body that
// shows every weekly component.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { siteConfig, type Language } from '@/site.config';
import { formatIsoInZone } from '@/lib/model/dates';
import { contentDir, loadPosts } from '@/lib/content/load-posts';
import { urlize } from '@/lib/model/names';
import type { Post } from '@/lib/model/post';
import { absoluteUrl, languagePathUrl, postUrl, reservedFirstSegments } from '@/lib/urls';

const usage = 'usage: npm run new -- "SOFA Weekly | 本周标题" [--slug sofa-weekly-20200710] [--section blog] [--lang zh] [--bundle] [--tags "SOFA Weekly,SOFAJRaft"]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        section: { type: 'string', default: 'blog' },
        lang: { type: 'string', default: siteConfig.defaultLanguage },
        bundle: { type: 'boolean', default: false },
        tags: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

const title = positionals.join(' ').trim();
if (title === '') fail('a title is needed');
const lang = values.lang as Language;
if (!Object.hasOwn(siteConfig.languages, lang)) fail(`unknown language "${values.lang}"; site.config.ts has ${Object.keys(siteConfig.languages).join(', ')}`);
const section = values.section;
// The section is a folder of content/<lang>/ and the first segment of its posts' URLs.
if (!/^[\p{L}\p{N}_-]+$/u.test(section)) fail(`--section "${section}" is not a section name; use letters, digits, - and _ only, such as --section activities`);
const slug = urlize(values.slug ?? title);
if (slug === '') fail(`"${values.slug ?? title}" has no letters or digits to make a URL from; pass --slug`);

if (reservedFirstSegments(lang).has(urlize(section))) fail(`--section "${section}" would be served where the site has its own pages (${languagePathUrl(`/${urlize(section)}/`, lang)}); choose another name`);
const folder = path.join(contentDir(), lang, section);
const isAtThisUrl = (post: Post) => post.section === urlize(section) && post.slug.join('/') === slug;
const taken = loadPosts().posts.find((post) => post.lang === lang && isAtThisUrl(post));
const url = decodeURI(absoluteUrl(postUrl({ lang, section: urlize(section), slug: [slug] })));
const file = values.bundle ? path.join(folder, slug, 'index.mdx') : path.join(folder, `${slug}.mdx`);
const other = values.bundle ? path.join(folder, `${slug}.mdx`) : path.join(folder, slug, 'index.mdx');
if (taken || existsSync(file) || existsSync(other)) {
  fail(`a post with the URL ${url} exists already (${taken?.file ?? path.relative(process.cwd(), existsSync(file) ? file : other)}); nothing was written. Choose another --slug.`);
}

const now = new Date();
const frontMatter = stringify(
  {
    title,
    author: siteConfig.defaultAuthor,
    description: '',
    categories: ['SOFA Weekly'],
    tags: values.tags ? values.tags.split(',').map((tag) => tag.trim()).filter(Boolean) : ['SOFA Weekly'],
    date: formatIsoInZone(now, siteConfig.timeZone),
    // An untouched template never publishes its sample release and event.
    draft: true,
  },
  { lineWidth: 0 },
);
const eventStart = formatIsoInZone(new Date(now.getTime() + 7 * 24 * 3600 * 1000), siteConfig.timeZone).replace(/T.*?([+-]|Z)/, 'T20:00:00$1');
const eventEnd = eventStart.replace('T20:00:00', 'T21:00:00');

const body = `
**SOFA WEEKLY | 每周精选，筛选每周精华问答**

### 每周读者问答提炼

<QA asker="提问人" question="读者的问题写在这里。">

维护者的回答写在这里，可以用 Markdown：列表、图片、\`代码\`。

</QA>

### SOFA 项目进展

<ReleaseNote project="SOFAJRaft" version="1.0.0" url="https://github.com/sofastack/sofa-jraft/releases" thanks="贡献者甲, 贡献者乙">

- 第一条变更；
- 第二条变更；

</ReleaseNote>

### 社区活动报名

<EventCard title="分享主题" speakers="分享嘉宾" start="${eventStart}" end="${eventEnd}" location="线上直播" register="https://example.org/register">

议题介绍写在这里。

</EventCard>
`;

mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `---\n${frontMatter}---\n${body}`, { flag: 'wx' });
console.log(`wrote ${path.relative(process.cwd(), file)}`);
console.log(`its URL: ${url}`);
console.log('it is a draft: npm run dev shows it, and the site publishes it once you remove the line draft: true.');
console.log('preview it with npm run dev; npm run check validates it.');
