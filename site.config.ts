/**
 * What a community edits to make this site its own.
 * Everything else reads these values; nothing else should hard-code them.
 */
export const siteConfig = {
  /** Shown in the header, the <title> of every page and the feeds. */
  title: 'SOFA Weekly',
  description: 'SOFAStack 社区周报：每周精选问答、开源项目进展与社区活动。',
  /** Absolute URL where the site is deployed (no trailing slash); SITE_URL overrides it per deployment. */
  url: process.env.SITE_URL ?? 'https://weekly.sofastack.example',
  /** Dates and event times are shown in this IANA time zone, whatever the build machine's zone. */
  timeZone: 'Asia/Shanghai',
  /** Posts per page on the home, tag and category lists. POSTS_PER_PAGE overrides it (test builds use 2). */
  postsPerPage: Number(process.env.POSTS_PER_PAGE ?? 10),
  /** Author written by `npm run new` when a post names none. */
  defaultAuthor: 'SOFA 团队',
  /** Language of the posts under content/zh/, served at the site root. */
  defaultLanguage: 'zh',
  languages: {
    zh: { htmlLang: 'zh-CN', locale: 'zh-CN' },
  },
  /** Header navigation; paths are relative to the site root (the base path is added for you). */
  navigation: [
    { label: '博客', path: '/' },
    { label: '标签', path: '/tags/' },
    { label: '分类', path: '/categories/' },
    { label: '归档', path: '/archives/' },
    { label: '发布', path: '/releases/' },
    { label: '活动', path: '/events/' },
    { label: '问答', path: '/qa/' },
  ],
  /** Hosts whose https <iframe> embeds posts may use; any other iframe is refused (.mdx) or removed (.md). */
  embedHosts: ['player.bilibili.com', 'www.youtube-nocookie.com'],
  /** Source repository, linked from the footer. */
  repository: 'https://github.com/sofastack',
  /**
   * Where a post's source is edited: the post's path from the project root (content/zh/x.mdx) is added
   * to it for its "编辑此文" link. An empty string hides the link.
   */
  editUrl: 'https://github.com/sofastack/sofa-weekly/edit/main/',
} as const;

export type SiteConfig = typeof siteConfig;
export type Language = keyof typeof siteConfig.languages;
