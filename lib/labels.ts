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
    archives: '归档',
    archivesDescription: '按年份浏览全部文章。',
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
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Labels = (typeof labelsByLanguage)['zh'];

export function labelsFor(lang: Language): Labels {
  return labelsByLanguage[lang];
}
