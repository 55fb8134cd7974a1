import type { Language } from '@/site.config';

/** The words the site itself shows, in each language it serves. */
const labelsByLanguage = {
  zh: {
    skipToContent: '跳到正文',
    mainNavigation: '主导航',
    toggleTheme: '切换深色/浅色模式',
    latestPosts: '最新文章',
    postedOn: '发布于',
    by: '作者',
    tags: '标签',
    categories: '分类',
    allTags: '全部标签',
    allCategories: '全部分类',
    postsWithTag: (name: string) => `标签：${name}`,
    postsInCategory: (name: string) => `分类：${name}`,
    postCount: (count: number) => `${count} 篇文章`,
    pagination: '分页',
    previousPage: '上一页',
    nextPage: '下一页',
    pageOf: (page: number, count: number) => `第 ${page} / ${count} 页`,
    withPageNumber: (title: string, page: number) => (page > 1 ? `${title}（第 ${page} 页）` : title),
    draft: '草稿',
    scheduled: '定时发布',
    notFoundTitle: '页面不存在',
    notFoundText: '你要找的页面不存在，可能已被移动或删除。',
    backHome: '返回首页',
    qaAsks: '提问：',
    qaAnswer: 'A：',
    releaseTitle: (project: string, version: string) => `发布 ${project} ${version}，主要变更如下：`,
    releaseThanks: '致谢（排名不分先后）：',
    releaseRecommended: '此版本强烈建议升级',
    releaseReport: '详细发布报告：',
    eventTopic: '分享主题',
    eventSpeakers: '分享嘉宾：',
    eventTime: '分享时间：',
    eventLocation: '活动地点：',
    eventAbstract: '议题介绍：',
    eventRegister: '报名方式：',
    eventRegisterLink: '点击这里报名',
    footerSource: '源代码',
    search: '搜索',
    searchSite: '站内搜索',
    searchPosts: '搜索文章',
    searchResults: '搜索结果',
    searchHint: '输入中文或英文关键词，如“回滚”或 SOFAJRaft；↓ ↑ 选择结果，Enter 打开，Esc 清空。',
    searchLoading: '正在加载搜索索引…',
    searchResultCount: (count: number, shown: number) => (count > shown ? `找到 ${count} 篇文章，显示最相关的 ${shown} 篇` : `找到 ${count} 篇文章`),
    searchNoResults: (query: string) => `没有找到与“${query}”相关的文章。`,
    searchUnavailable: '搜索索引还没有生成：它由 npm run build 写入导出的站点（out/pagefind/），npm run dev 里没有。',
    searchNeedsScript: '搜索需要启用 JavaScript。',
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Labels = (typeof labelsByLanguage)['zh'];

export function labelsFor(lang: Language): Labels {
  return labelsByLanguage[lang];
}
