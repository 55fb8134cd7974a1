import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Every page of the export, read from out/ as a static host would serve it: each link, image,
// stylesheet, script and icon on our own host must answer 200, and each #fragment must name an
// element of its page. Links to other hosts are not fetched.
const outDir = 'out';

/** A URL written in a page, where it was written, and what it resolves to. */
interface Reference {
  file: string;
  tag: string;
  url: string;
}

/** The HTML files of the export, relative to out/ ("tags/社区活动/index.html"). */
function htmlFiles(): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** The URL a static host serves a file at. 404.html answers any missing URL, so its links must work from a deep one. */
function pageUrl(file: string, origin: string): string {
  if (file === '404.html') return `${origin}/no/such/page/`;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${origin}/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every URL a page refers to, resolved against the page's URL (or its <base>), parsed by the browser's own HTML parser. */
async function referencesIn(page: Page, file: string, html: string, url: string): Promise<Reference[]> {
  const found = await page.evaluate(
    ({ html, url }) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      const base = new URL(document.querySelector('base[href]')?.getAttribute('href') ?? '', url).href;
      const references: { tag: string; url: string }[] = [];
      const add = (element: Element, attribute: string, written: string) => {
        if (/^(mailto|tel|data|javascript):/i.test(written.trim())) return;
        const tag = `<${element.localName} ${attribute}="${written}">`;
        try {
          references.push({ tag, url: new URL(written.trim(), base).href });
        } catch {
          references.push({ tag, url: `invalid URL: ${written}` });
        }
      };
      /** The URLs of a srcset: each candidate is a URL, then optional descriptors up to a comma. */
      const srcsetUrls = (srcset: string) => {
        const urls: string[] = [];
        let rest = srcset;
        for (;;) {
          rest = rest.replace(/^[\s,]+/, '');
          const candidate = /^\S+/.exec(rest)?.[0];
          if (!candidate) return urls;
          rest = rest.slice(candidate.length);
          urls.push(candidate.replace(/,+$/, ''));
          if (!candidate.endsWith(',')) rest = rest.includes(',') ? rest.slice(rest.indexOf(',') + 1) : '';
        }
      };
      for (const element of document.querySelectorAll('[href]')) {
        if (element.localName !== 'base') add(element, 'href', element.getAttribute('href')!);
      }
      for (const element of document.querySelectorAll('[src]')) add(element, 'src', element.getAttribute('src')!);
      for (const element of document.querySelectorAll('video[poster]')) add(element, 'poster', element.getAttribute('poster')!);
      for (const attribute of ['srcset', 'imagesrcset']) {
        for (const element of document.querySelectorAll(`[${attribute}]`)) {
          for (const candidate of srcsetUrls(element.getAttribute(attribute)!)) add(element, attribute, candidate);
        }
      }
      for (const element of document.querySelectorAll('meta[http-equiv="refresh" i][content]')) {
        const target = /;\s*url\s*=\s*['"]?([^'"]*)/i.exec(element.getAttribute('content')!)?.[1];
        if (target) add(element, 'content', target);
      }
      return references;
    },
    { html, url },
  );
  return found.map((reference) => ({ file, ...reference }));
}

/** The ids (and <a name>s) a fragment can point at in an HTML document. */
async function fragmentTargetsIn(page: Page, html: string): Promise<Set<string>> {
  const ids = await page.evaluate((html) => {
    const document = new DOMParser().parseFromString(html, 'text/html');
    return [...document.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')!);
  }, html);
  return new Set(ids);
}

/** Percent-decoded for reading, as long as it decodes. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The fragment of a URL as an id: "#%E7%AE%80%E4%BB%8B" is the id "简介"; "" when there is none. */
function fragmentOf(url: string): string {
  return decoded(new URL(url).hash.slice(1));
}

/** "#top" scrolls to the top of any page (HTML's "indicated part of the document"), with or without such an id. */
function isFragmentIn(fragment: string, ids: Set<string>): boolean {
  return ids.has(fragment) || fragment.toLowerCase() === 'top';
}

/** Node 20 has no Map.groupBy. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** "<a href="…"> in blog/x/index.html", for the first few pages that write it. */
function whereWritten(references: Reference[]): string {
  const places = [...new Set(references.map((reference) => `${reference.tag} in ${reference.file}`))];
  return places.slice(0, 3).join('; ') + (places.length > 3 ? `; and ${places.length - 3} more` : '');
}

test('every internal link, image, stylesheet, script, icon and #fragment in the export resolves', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  await page.route(/^https?:\/\/(?!localhost)/, (route) => route.abort());
  await page.goto('/');

  const files = htmlFiles();
  const internal: Reference[] = [];
  const broken: string[] = [];
  const missingFragments: string[] = [];
  for (const file of files) {
    const url = pageUrl(file, origin);
    const html = readFileSync(`${outDir}/${file}`, 'utf8');
    const ids = await fragmentTargetsIn(page, html);
    for (const reference of await referencesIn(page, file, html, url)) {
      if (reference.url.startsWith('invalid URL')) {
        broken.push(`${reference.url} — ${reference.tag} in ${file}`);
        continue;
      }
      if (new URL(reference.url).origin !== origin) continue;
      // A link within the page ("#main") is checked against the page itself: 404.html is served at any URL.
      if (reference.url.replace(/#.*$/, '') === url) {
        const fragment = fragmentOf(reference.url);
        if (fragment && !isFragmentIn(fragment, ids)) missingFragments.push(`#${fragment} is not an id on its own page — ${reference.tag} in ${file}`);
        continue;
      }
      internal.push(reference);
    }
  }

  // Each target is fetched once, however many pages refer to it; a fragment is looked up in its page's HTML.
  const byTarget = groupBy(internal, (reference) => reference.url.replace(/#.*$/, ''));
  for (const [target, referrers] of byTarget) {
    // No redirects: a static host that does not add the trailing slash would answer 404.
    const response = await page.request.get(target, { maxRedirects: 0 });
    if (response.status() !== 200) {
      const location = response.headers().location;
      broken.push(`${response.status()} ${decoded(target)}${location ? ` (redirects to ${location})` : ''} — ${whereWritten(referrers)}`);
      continue;
    }
    const fragments = groupBy(
      referrers.filter((reference) => fragmentOf(reference.url)),
      (reference) => fragmentOf(reference.url),
    );
    if (fragments.size === 0) continue;
    const ids = await fragmentTargetsIn(page, await response.text());
    for (const [fragment, fragmentReferrers] of fragments) {
      if (!isFragmentIn(fragment, ids)) missingFragments.push(`#${fragment} is not an id on ${decoded(target)} — ${whereWritten(fragmentReferrers)}`);
    }
  }

  test.info().annotations.push({
    type: 'checked',
    description: `${internal.length} references to ${byTarget.size} URLs on this site from ${files.length} pages`,
  });
  // The walk found the export: a vacuous pass would hide a broken check.
  expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'blog/sofa-meetup-hangzhou/index.html', 'tags/社区活动/index.html']));
  expect([...byTarget.keys()]).toEqual(
    expect.arrayContaining([`${origin}/blog/sofa-meetup-hangzhou/architecture.svg`, `${origin}/tags/%E7%A4%BE%E5%8C%BA%E6%B4%BB%E5%8A%A8/`]),
  );
  expect.soft(broken, 'broken links').toEqual([]);
  expect.soft(missingFragments, 'fragments with no element to point at').toEqual([]);
});
