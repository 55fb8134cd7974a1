import { expect, test } from '@playwright/test';

// The seed post's images are remote and cannot load on a machine without internet: no test waits for them.
test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await page.goto('/blog/sofa-weekly-20200710/');
});

test('shows the reader question as a Q&A: asker, question and answer', async ({ page }) => {
  const qa = page.locator('section', { hasText: '如果回滚失败有没有告警机制实现？比如钉钉告警。' });
  await expect(qa).toContainText('@郝连帅 提问：');
  await expect(qa.getByRole('blockquote')).toHaveText('如果回滚失败有没有告警机制实现？比如钉钉告警。');
  await expect(qa).toContainText('可以的，实现 FailureHandler 接口。');
  await expect(qa.getByRole('img', { name: 'image.png' })).toBeAttached();
});

test('shows the SOFAJRaft 1.3.3 release with all five changes, the thanks, the recommendation and the link', async ({ page }) => {
  const release = page.getByRole('region', { name: 'SOFAJRaft v1.3.3' });
  await expect(release).toContainText('发布 SOFAJRaft v1.3.3，主要变更如下：');
  await expect(release.getByRole('listitem')).toHaveText([
    'RheaKV 允许不同分片各自配置不同的 learner 节点；',
    '在只有一个成员变更的情况下，仍然使用 raft 联合一致性算法；',
    '替换基于 GPL-2.0 licence 的 Bits.java；',
    '升级 jackson.databind 版本到 2.10.4 已修复安全漏洞；',
    '修复在 node panic 后可能因为未及时刷盘导致快照元数据丢失的 bug；',
  ]);
  await expect(release).toContainText('致谢（排名不分先后）：@zongtanghu');
  await expect(release.getByText('此版本强烈建议升级')).toBeVisible();
  await expect(release.getByRole('link', { name: 'https://github.com/sofastack/sofa-jraft/releases/tag/1.3.3' })).toHaveAttribute(
    'href',
    'https://github.com/sofastack/sofa-jraft/releases/tag/1.3.3',
  );
});

test('shows both CNCF talks with speakers, times in the site time zone and, before they start, registration links', async ({ page }) => {
  await page.clock.install({ time: new Date('2020-07-20T00:00:00+08:00') });
  await page.goto('/blog/sofa-weekly-20200710/');
  const first = page.getByRole('article', { name: '在大规模 Kubernetes 集群上实现高 SLO 的方法' });
  await expect(first).toContainText('霜林 蚂蚁集团技术专家、散樗 蚂蚁集团高级开发工程师');
  await expect(first).toContainText('2020-07-30 20:10–20:40 中国标准时间 (GMT+8)');
  await expect(first).toContainText('随着 Kubernetes 集群的规模和复杂性的增加');
  await expect(first.getByRole('link', { name: '点击这里报名' })).toHaveAttribute('href', /cnosvschina20cn\.sched\.com\/event\/cpCR\//);

  const second = page.getByRole('article', { name: '为 Kubernetes 的秘密披上无形的盾牌' });
  await expect(second).toContainText('柯粟 蚂蚁集团高级开发工程师');
  await expect(second).toContainText('2020-07-31 20:10–20:40 中国标准时间 (GMT+8)');
  await expect(second).toContainText('最后，将分享在蚂蚁集团的实践经验和 KEP 给社区。');
  await expect(second.getByRole('link', { name: '点击这里报名' })).toHaveAttribute('href', /cnosvschina20cn\.sched\.com\/event\/cpDh\//);
});

test('keeps the rest of the text, with the recommended reading pointing at the original site', async ({ page }) => {
  const main = page.getByRole('main');
  await expect(main).toContainText('SOFAStack（Scalable Open Financial Architecture Stack）是蚂蚁集团自主研发的金融级分布式架构');
  await expect(main).toContainText('相约 2020 年 7 月 30 日 - 8 月 1 日三天的线上峰会');
  await expect(page.getByRole('link', { name: '走出微服务误区：避免从单体到分布式单体' })).toHaveAttribute(
    'href',
    'https://www.sofastack.tech/blog/microservices-misunderstanding-avoid-monolith-to-distributed-monolith/',
  );
  await expect(page.getByRole('link', { name: '支付宝资深技术专家尹博学：新一代金融核心突破之全分布式单元化技术架构' })).toHaveAttribute(
    'href',
    'https://www.sofastack.tech/blog/antgroup-yinboxue-fully-distributed-unitized-technology-architecture/',
  );
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['每周读者问答提炼', '本周推荐阅读', 'SOFA 项目进展', '社区活动报名']);
});

test('loads remote images lazily, without a referrer, with their alt text', async ({ page }) => {
  for (const name of ['weekly.jpg', 'image.png', 'CNCF 旗舰会议']) {
    const image = page.getByRole('img', { name });
    await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(image).toHaveAttribute('loading', 'lazy');
  }
  await expect(page.locator('header img')).toHaveAttribute('referrerpolicy', 'no-referrer');
});
