import { expect, test } from '@playwright/test';

// The export of tests/fixtures/hostile-site. heading-poses-as-question.mdx has two headings written as
// questions' anchors (`## qa-…`, and the very anchor of its own QA) above one real question: search
// lists the real question alone as a 问答, and the headings' sections as nothing but the post.
test.beforeEach(async ({ page }) => {
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
});

test('a heading written as a question\'s anchor is not listed as a reader\'s question', async ({ page }) => {
  await page.goto('/search/?q=SOFAZorblat');
  await expect(page.getByRole('status')).toHaveText('找到 1 篇文章、1 个问答');
  const results = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
  await expect(results).toHaveCount(2);
  const questions = results.filter({ hasText: /^问答/ });
  await expect(questions).toHaveCount(1);
  await expect(questions).toHaveAccessibleName(/^问答 SOFAZorblat 的重试次数怎么设置？/);
  await expect(questions).toHaveAttribute('href', /\/blog\/heading-poses-as-question\/#qa-[0-9a-f]{10}$/);
  await expect(results.filter({ hasText: '超时怎么设置' }).filter({ hasText: /^问答/ })).toHaveCount(0);

  await questions.click();
  await expect(page.getByRole('heading', { name: 'SOFAZorblat 的重试次数怎么设置？' })).toBeInViewport();
});
