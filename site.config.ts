/**
 * What a community edits to make this site its own.
 * Everything else reads these values; nothing else should hard-code them.
 */

/**
 * A language's header links to its sections: 'auto' (Hugo's sectionPagesMenu), or the entries to show,
 * in order, each a section's folder name and its label (a section without posts is left out).
 */
type SectionLinks = 'auto' | readonly { section: string; label: string }[];

export const siteConfig = {
  /** The site's name when no language is in view (calendars' product id); each language has its own title below. */
  title: 'SOFA Weekly',
  /** Absolute URL where the site is deployed (no trailing slash); SITE_URL overrides it per deployment. */
  url: process.env.SITE_URL ?? 'https://weekly.sofastack.example',
  /** Dates and event times are shown in this IANA time zone, whatever the build machine's zone. */
  timeZone: 'Asia/Shanghai',
  /** Posts per page on the home, tag and category lists. POSTS_PER_PAGE overrides it (test builds use 2). */
  postsPerPage: Number(process.env.POSTS_PER_PAGE ?? 10),
  /** Author written by `npm run new` when a post names none. */
  defaultAuthor: 'SOFA 团队',
  /**
   * The language served at the site root (content/zh/); every other language of `languages` is served
   * under /<lang>/ from content/<lang>/, as Hugo does with defaultContentLanguageInSubdir = false.
   */
  defaultLanguage: 'zh',
  /**
   * Each language: its <html lang> and date locale, the title and description its pages, feeds and
   * search carry, and its header navigation (paths from the language's home, base path and /en/ added for you).
   * A language without posts is not linked from anywhere and stays out of the sitemap.
   * `sections` are the header's links to sections, after the first entry of `navigation`: with 'auto',
   * every section with posts, those of mainSections first and then by name, labelled with the section's
   * title; a lone main section is left out when `navigation` links the home, which lists it. A label
   * given here, or by a `navigation` entry of the section's path, also titles a section whose _index.md has no title.
   */
  languages: {
    zh: {
      htmlLang: 'zh-CN',
      locale: 'zh-CN',
      title: 'SOFA Weekly',
      description: 'SOFAStack 社区周报：每周精选问答、开源项目进展与社区活动。',
      navigation: [
        { label: '博客', path: '/' },
        { label: '标签', path: '/tags/' },
        { label: '分类', path: '/categories/' },
        { label: '归档', path: '/archives/' },
        { label: '发布', path: '/releases/' },
        { label: '活动', path: '/events/' },
        { label: '问答', path: '/qa/' },
      ],
      sections: 'auto' as SectionLinks,
    },
    en: {
      htmlLang: 'en',
      locale: 'en-US',
      title: 'SOFA Weekly',
      description: 'The SOFAStack community weekly: questions answered, project releases and community events.',
      navigation: [
        { label: 'Blog', path: '/' },
        { label: 'Tags', path: '/tags/' },
        { label: 'Categories', path: '/categories/' },
        { label: 'Archives', path: '/archives/' },
        { label: 'Releases', path: '/releases/' },
        { label: 'Events', path: '/events/' },
        { label: 'Q&A', path: '/qa/' },
      ],
      sections: 'auto' as SectionLinks,
    },
  },
  /** The sections whose posts the home page lists (Hugo's mainSections); every section has its own list at /<section>/. */
  mainSections: ['blog'],
  /**
   * What a link to a missing page, or a missing local image, cover or file, is: 'error' stops the
   * build; 'warning' reports it and renders it as written (for a site moved from Hugo, to fix later).
   * BROKEN_LINKS=warning sets 'warning' for one run of check, build or dev.
   */
  brokenLinks: 'error' as 'error' | 'warning',
  /** Hosts whose https <iframe> embeds posts may use; any other iframe is refused (.mdx) or removed (.md). */
  embedHosts: ['player.bilibili.com', 'www.youtube-nocookie.com'],
  /**
   * What the static host serves at most: Cloudflare Pages' free plan takes 20,000 files of 25 MiB at
   * most, GitHub Pages a site of 1 GB. The build warns when out/ passes one, naming the posts that add
   * the most files or bytes; raise them for a host that takes more.
   */
  hostLimits: { files: 20_000, bytes: 1_000_000_000, fileBytes: 25 * 1024 ** 2 },
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
