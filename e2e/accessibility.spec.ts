import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

// axe-core's WCAG 2.1 A and AA rules on every kind of page, in both colour schemes, wide and on a phone.
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const notFoundPath = '/no-such-page/';
const notFoundHeading = '页面不存在';

const pages = [
  ['the home page', '/'],
  ['a post with every component', '/blog/sofa-weekly-20200710/'],
  ['a post with code and a table', '/blog/sofajraft-snapshot-tuning/'],
  ['a page bundle post', '/blog/sofa-meetup-hangzhou/'],
  ['the tag index', '/tags/'],
  ['a tag page', '/tags/sofa-weekly/'],
  ['the category index', '/categories/'],
  ['a Chinese category page', '/categories/社区/'],
  ['the archives', '/archives/'],
  ['the not-found page', notFoundPath],
  ['the search page', '/search/'],
  ['the releases hub', '/releases/'],
  ['a project\'s releases', '/releases/sofajraft/'],
  ['the events hub', '/events/'],
  ['the questions hub', '/qa/'],
  ['a Chinese project\'s questions', '/qa/社区站点/'],
] as const;

const phonePages = pages.filter(([, path]) => path === '/' || path.startsWith('/blog/') || path === '/events/' || path === '/qa/');

const colorSchemes = ['light', 'dark'] as const;

/** One line a violation and one indented line per element it was found on, so a failure reads without a debugger. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} — ${violation.helpUrl}`,
    ...violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
}

async function violationsOn(page: Page, path: string, colorScheme: (typeof colorSchemes)[number]): Promise<string[]> {
  // Remote images cannot load on a machine without internet; axe checks their alt text all the same.
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(path);
  // A renamed page would audit the not-found page instead: each page must be the one named.
  const isNotFoundPage = path === notFoundPath;
  expect(response?.status(), path).toBe(isNotFoundPage ? 404 : 200);
  await expect(page.getByRole('heading', { level: 1, name: notFoundHeading }), path).toHaveCount(isNotFoundPage ? 1 : 0);
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return describeViolations(results.violations);
}

for (const colorScheme of colorSchemes) {
  test.describe(`${colorScheme} scheme`, () => {
    for (const [name, path] of pages) {
      test(`${name} (${path}) has no WCAG 2.1 AA violations`, async ({ page }) => {
        expect(await violationsOn(page, path, colorScheme)).toEqual([]);
      });
    }
  });

  test.describe(`${colorScheme} scheme on a 360 px phone`, () => {
    test.use({ viewport: { width: 360, height: 740 } });

    for (const [name, path] of phonePages) {
      test(`${name} (${path}) has no WCAG 2.1 AA violations`, async ({ page }) => {
        expect(await violationsOn(page, path, colorScheme)).toEqual([]);
      });
    }
  });
}
