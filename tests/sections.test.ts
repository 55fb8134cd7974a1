import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { checkContent } from '@/lib/content/check-content';
import { hugoSectionTitle, sectionTitle } from '@/lib/model/section-title';
import { contentSite } from './content-site';
import { siteConfig } from '@/site.config';
import { postUrl, coverUrl } from '@/lib/urls';

const site = contentSite;

const post = (title: string, extra = '', body = '正文。') => `---\ntitle: "${title}"\ndate: 2020-07-10T15:00:00+08:00\n${extra}---\n\n${body}\n`;
const reasons = (problems: { file: string; reason: string }[]) => problems.map((problem) => `${path.basename(problem.file)}: ${problem.reason}`);

describe('content laid out as Hugo lays it out', () => {
  it('serves each top-level folder of a language as a section, a file beside them as a single page, and content/en/ under /en/', () => {
    const report = checkContent(site({
      'zh/blog/a.md': post('博客文章'),
      'zh/blog/nested/b/index.md': post('嵌套', 'slug: renamed\n'),
      'zh/activities/_index.md': '---\ntitle: "社区活动"\ndescription: "线下活动"\n---\n',
      'zh/activities/meetup.md': post('上海站'),
      'zh/about.md': '---\ntitle: "关于"\n---\n\n关于我们。\n',
      'en/blog/a.md': post('A blog post'),
    }));
    assert.deepEqual(report.errors, []);
    const urls = report.posts.map((found) => `${found.lang} ${found.section} ${postUrl(found)}`).sort();
    assert.deepEqual(urls, [
      'en blog /en/blog/a/',
      'zh activities /activities/meetup/',
      'zh blog /blog/a/',
      'zh blog /blog/nested/renamed/',
      'zh null /about/',
    ]);
    assert.deepEqual(report.sectionPages.map(({ lang, section, title, description }) => ({ lang, section, title, description })), [
      { lang: 'zh', section: 'activities', title: '社区活动', description: '线下活动' },
    ]);
    const [zh, en] = ['zh', 'en'].map((lang) => report.posts.find((found) => found.lang === lang && found.slug[0] === 'a')!);
    assert.equal(zh!.translationKey, en!.translationKey, 'the same path in both language folders pairs the translations');
  });

  it('warns when a single page looks like a post, and asks whether it belongs in a section', () => {
    const { errors, warnings } = checkContent(site({ 'zh/blog/a.md': post('文章'), 'zh/dated.md': post('带日期的页面') }));
    assert.deepEqual(errors, []);
    assert.deepEqual(reasons(warnings), [
      "dated.md: is a single page (a file directly in the language folder, served at /dated/ and in no list or feed), but it has a date as posts do; if it is a post, move it into a section's folder, such as zh/blog/",
    ]);
  });

  it('titles a section whose _index.md has no title, or empty front matter in any format, as Hugo does: its name pluralized and capitalized', () => {
    const { errors, sectionPages } = checkContent(site({
      'zh/blog/a.md': post('文章'), 'zh/blog/_index.md': '---\ndescription: "x"\n---\n',
      'zh/news/a.md': post('新闻'), 'zh/news/_index.md': '---\n---\n',
      'zh/activity/a.md': post('活动'), 'zh/activity/_index.md': '+++\n+++\n',
      'zh/box/a.md': post('盒子'), 'zh/box/_index.md': '{}\n',
      'zh/活动/a.md': post('活动'), 'zh/活动/_index.md': '+++\ndescription = "线下活动"\n+++\n',
    }));
    assert.deepEqual(reasons(errors), []);
    assert.deepEqual(sectionPages.map((page) => [page.section, page.title]).sort(), [
      ['activity', 'Activities'], ['blog', 'Blogs'], ['box', 'Boxes'], ['news', 'News'], ['活动', '活动'],
    ]);
  });

  it('titles a section\'s name as Hugo does by default: pluralized, then capitalized in AP style', () => {
    const titles = ['blog', 'news', 'category', 'key', 'branch', 'box', 'activities', 'notes of the week', '活动'].map(hugoSectionTitle);
    assert.deepEqual(titles, ['Blogs', 'News', 'Categories', 'Keys', 'Branches', 'Boxes', 'Activities', 'Notes of the Weeks', '活动']);
    assert.equal(sectionTitle('blog', 'zh', '博客'), '博客');
    assert.equal(sectionTitle('blog', 'zh'), 'Blogs');
  });

  it('titles a section without a title by its label in site.config.ts, the entry\'s section matched as its name is written (Blog is blog)', () => {
    const zh = siteConfig.languages.zh as { sections: unknown };
    const configured = zh.sections;
    try {
      zh.sections = [{ section: 'Blog', label: '博客文章' }];
      assert.equal(sectionTitle('blog', 'zh'), '博客文章');
      assert.equal(sectionTitle('news', 'zh'), 'News');
    } finally {
      zh.sections = configured;
    }
  });

  it('says what of an _index.md is not shown: a section\'s text, at its line, and a nested section\'s whole file; the home page\'s passes', () => {
    const { errors, warnings, posts } = checkContent(site({
      'zh/_index.md': '---\ntitle: "首页"\n---\n\n欢迎。\n',
      'zh/blog/_index.md': '---\ntitle: "博客"\n---\n\n博客\n\n欢迎来到博客。\n',
      'zh/blog/2019/_index.md': '---\ntitle: "2019"\n---\n',
      'zh/blog/2019/a.md': post('文章'),
    }));
    assert.deepEqual(errors, []);
    assert.deepEqual(posts.map((post) => postUrl(post)), ['/blog/2019/a/']);
    assert.deepEqual(warnings.map((warning) => `${path.relative(path.dirname(path.dirname(warning.file)), warning.file)}:${warning.line} ${warning.kind}`).sort(), [
      '2019/_index.md:0 nested-section-page',
      'blog/_index.md:5 section-page-text',
    ]);
    assert.match(reasons(warnings).join('\n'), /_index\.md: not shown: a nested section.s _index\.md \(Hugo gives the folder blog\/2019 a list page/);
  });
});

describe('Hugo\'s url: front matter, the whole path of a page', () => {
  it('serves a post at its url: inside its section, and a single page at a one-segment url:', () => {
    const { errors, warnings, posts } = checkContent(site({
      'zh/blog/a.md': post('旧站文章', 'url: "/blog/2019/05/01/Hello World/"\n', '见 [这篇](/blog/2019/05/01/hello-world/)。'),
      'zh/about.md': '---\ntitle: "关于"\nurl: /about-us/\n---\n\n关于。\n',
    }));
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, []);
    assert.deepEqual(posts.map((post) => postUrl(post)).sort(), ['/about-us/', '/blog/2019/05/01/hello-world/']);
  });

  it('keeps a post whose url: is outside its section at its own path, with url: redirecting to it, and says so at the line', () => {
    const { errors, warnings, posts } = checkContent(site({
      'zh/blog/a.md': post('旧站文章', 'url: /2019/old-path/\n'),
      'zh/blog/b.md': post('链接', '', '见 [旧址](/2019/old-path/)。'),
    }));
    assert.deepEqual(errors, []);
    const moved = posts.find((post) => post.title === '旧站文章')!;
    assert.equal(postUrl(moved), '/blog/a/');
    assert.deepEqual(moved.aliases, ['/2019/old-path/']);
    assert.deepEqual(warnings.map((warning) => `${warning.line} ${warning.kind}`), ['4 url-outside-section']);
  });

  it('refuses a url: that is not a path, or that the site\'s own pages take, at its line', () => {
    const { errors } = checkContent(site({
      'zh/blog/a.md': post('外链', 'url: https://example.com/x/\n'),
      'zh/blog/b.md': post('标签', 'url: /tags/x/\n'),
    }));
    assert.deepEqual(errors.map((error) => `${path.basename(error.file)}:${error.line} ${error.reason}`).sort(), [
      'a.md:4 url must be a path from the language\'s root, such as /blog/old-name/',
      'b.md:4 url: /tags/x/ is at /tags/, which the site writes itself; set another url: or remove it',
    ]);
  });
});

describe('what the site\'s own pages would shadow is refused, with the file', () => {
  it('a section named like a route of the site or a language', () => {
    const { errors } = checkContent(site({
      'zh/tags/a.md': post('标签'),
      'zh/en/a.md': post('英文'),
      'zh/Search/a.md': post('搜索'),
      'en/archives/a.md': post('Archives'),
      'zh/blog/a.md': post('文章'),
    }));
    assert.deepEqual(reasons(errors).sort(), [
      'Search: the section "Search" would be served at /search/, where the site has its own pages; rename the folder (its posts\' URLs change with it; add the old ones to their aliases:)',
      'archives: the section "archives" would be served at /en/archives/, where the site has its own pages; rename the folder (its posts\' URLs change with it; add the old ones to their aliases:)',
      'en: the section "en" would be served at /en/, where the site has its own pages; rename the folder (its posts\' URLs change with it; add the old ones to their aliases:)',
      'tags: the section "tags" would be served at /tags/, where the site has its own pages; rename the folder (its posts\' URLs change with it; add the old ones to their aliases:)',
    ]);
  });

  it('a post path beginning with page/ or ending in a feed\'s file name, and a single page named like a section', () => {
    const { errors } = checkContent(site({
      'zh/blog/page/2.md': post('第二页'),
      'zh/blog/feed.xml.md': post('订阅'),
      'zh/blog/x.md': post('普通', 'slug: index.xml\n'),
      'zh/blog/ok.md': post('好的'),
      'zh/blog.md': '---\ntitle: "博客"\n---\n',
      'zh/tags.md': '---\ntitle: "标签"\n---\n',
    }));
    assert.deepEqual(reasons(errors).sort(), [
      '2.md: its URL would start with /blog/page/, where the section\'s list has its later pages; rename the folder or file, or set another slug:',
      'blog.md: the single page would be served at /blog/, the URL of the section blog\'s list; rename the file or set another slug:',
      'feed.xml.md: its URL would end in feed.xml, a file name the site writes for lists\' feeds; rename the file or set another slug:',
      'tags.md: the single page would be served at /tags/, where the site has its own pages; rename the file or set another slug:',
      'x.md: its URL would end in index.xml, a file name the site writes for lists\' feeds; rename the file or set another slug:',
    ]);
  });

  it('a section folder name too long for a URL segment', () => {
    const long = '长'.repeat(67);
    const { errors } = checkContent(site({ [`zh/${long}/a.md`]: post('长栏目') }));
    assert.equal(errors.length, 1, reasons(errors).join('\n'));
    assert.match(errors[0]!.reason, /makes a URL segment of 201 bytes, over the limit of 200/);
    assert.match(errors[0]!.reason, new RegExp(`"${long.slice(0, 10)}`));
  });

  it('an alias onto a section\'s list, its later pages or its feeds', () => {
    const { errors } = checkContent(site({
      'zh/activities/a.md': post('活动'),
      'zh/blog/a.md': post('文章', 'aliases: ["/activities/", "/activities/page/3/", "/activities/index.xml", "/blog/feed.xml"]\n'),
    }));
    assert.deepEqual(reasons(errors), [
      'a.md: alias "/activities/" is already the list of the section /activities/; remove it from aliases: or give an old path of this post',
      'a.md: alias "/activities/page/3/" is under /activities/page/, where the list of the section /activities/ has its later pages; remove it from aliases: or give an old path of this post',
      'a.md: alias "/activities/index.xml" would need /activities/index.xml, the list of the section /activities/, as a folder; remove it from aliases: or give an old path of this post',
      'a.md: alias "/blog/feed.xml" would need /blog/feed.xml, the list of the section /blog/, as a folder; remove it from aliases: or give an old path of this post',
    ]);
  });
});

describe('Hugo sites\' conventions', () => {
  afterEach(() => {
    delete process.env.BROKEN_LINKS;
  });

  it('reads a cover written /cover.jpg from the page bundle when public/ has no such file', () => {
    const { posts, errors } = checkContent(site({
      'zh/activities/meetup/index.md': post('上海站', 'cover: "/cover.jpg"\n', '![现场](/cover.jpg)'),
      'zh/activities/meetup/cover.jpg': 'jpeg',
    }));
    assert.deepEqual(errors, []);
    assert.deepEqual(posts[0]!.bundleRootImages, ['/cover.jpg']);
    assert.equal(coverUrl(posts[0]!), '/activities/meetup/cover.jpg');
  });

  it('checks links across sections and languages against the posts there', () => {
    const { errors } = checkContent(site({
      'zh/activities/meetup.md': post('上海站'),
      'en/blog/b.md': post('English'),
      'zh/blog/a.md': post('文章', '', '[活动](/activities/meetup/) [英文](/en/blog/b/) [列表](/activities/) [订阅](/activities/index.xml) [英文首页](/en/)'),
    }));
    assert.deepEqual(errors, []);
  });

  it('makes a missing page or image a warning, rendered as written, with BROKEN_LINKS=warning; every other error stays', () => {
    const files = {
      'zh/blog/a.md': post('文章', 'cover: "/missing-cover.jpg"\n', '[没写的文章](/blog/never-committed/) ![图](/missing.png)'),
      'zh/blog/b.md': post('坏链接', '', '[脚本](javascript:alert(1))'),
    };
    const missingCover = 'a.md:4 the image /missing-cover.jpg does not exist (looked for public/missing-cover.jpg)';
    const missingImage = 'a.md:7 the image /missing.png does not exist (looked for public/missing.png)';
    const scriptUrl = 'b.md:6 the URL "javascript:alert(1)" is not allowed; links and images must be http(s) or relative';
    const lines = (problems: { file: string; line: number; reason: string }[]) => problems.map((problem) => `${path.basename(problem.file)}:${problem.line} ${problem.reason}`);
    // Strict, a.md is refused for its images, so its links are not read: it will not be published.
    assert.deepEqual(lines(checkContent(site(files)).errors), [missingCover, missingImage, scriptUrl]);
    process.env.BROKEN_LINKS = 'warning';
    const lenient = checkContent(site(files));
    assert.deepEqual(lines(lenient.errors), [scriptUrl], 'the javascript: URL is still an error');
    assert.deepEqual(lenient.posts.map((found) => found.title), ['文章']);
    assert.deepEqual(lines(lenient.warnings), [
      missingCover,
      missingImage,
      "a.md:7 links to /blog/never-committed/, which is not a page or file of this site; check the post's slug, or the tag or category name",
    ]);
  });
});
