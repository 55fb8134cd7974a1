import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { siteConfig, type Language } from '@/site.config';
import { aliasExportFile, foldExportPath, exportPathOf, firstPageUrl, homeUrl, isOffSitePath, listFileNames, postUrl, sectionFeedUrl, sectionUrl, siteOwnPathAt, termIndexUrl, termUrl } from '../urls';
import { isPublicFile, isPublishedBundleFile } from './asset-files';
import { ContentError, reportReference } from '../model/content-error';
import { hubConflicts } from '../hubs/conflicts';
import { hubPaths } from '../hubs/hub-paths';
import { type ContentReport, isInSection, isPublished, type Post, termKinds } from '../model/post';
import { brokenLinkSeverity } from '../model/build-mode';
import { findExportClashes } from './export-owners';
import { segmentSizeProblem, shownName } from '../model/names';
import { collectTerms } from '../model/terms';


/** The path of a post from the site root, decoded: /blog/a/b/. */
const languages = Object.keys(siteConfig.languages) as Language[];

const postPath = (post: Post) => exportPathOf(postUrl(post));

function findDuplicateUrls(posts: Post[]): ContentError[] {
  const owners = new Map<string, string>();
  const errors: ContentError[] = [];
  const claim = (post: Post, url: string, clash: (owner: string) => string) => {
    const owner = owners.get(url);
    if (owner) errors.push(new ContentError(post.file, 0, 0, clash(owner)));
    else owners.set(url, post.file);
  };
  for (const post of posts) {
    claim(post, postPath(post), (owner) => `has the same URL ${postPath(post)} as ${owner}; change the file name or its slug:`);
  }
  return errors;
}

/**
 * A post's URL segments come from its file and folder names as well as from slug:, which front matter
 * checks; a name too long for a file name of the export makes Next.js fail (ENAMETOOLONG).
 */
function findLongNames(posts: Post[]): ContentError[] {
  return posts.flatMap((post) =>
    // The section's folder name is a segment of every post URL in it too.
    [...(post.section === null ? [] : [post.section]), ...post.slug].flatMap((segment) => {
      const tooLong = segmentSizeProblem(segment);
      return tooLong === undefined
        ? []
        : [new ContentError(post.file, 0, 0, `the file or folder name "${shownName(segment)}" makes a URL segment ${tooLong}; rename it, or set a shorter slug: for the last one`)];
    }),
  );
}

/** Each path from `path` down to `path` itself: /a, /a/b, /a/b/index.html. */
function pathsDownTo(exportPath: string): string[] {
  const segments = exportPath.split('/').slice(1);
  return segments.map((_segment, index) => `/${segments.slice(0, index + 1).join('/')}`);
}


/**
 * The entry of the folder `root` that a page written at these segments below it would overwrite, or
 * need as a folder; undefined when there is none. Letter case is ignored, as siteOwnPathAt explains.
 */
function entryInTheWay(root: string, segments: string[], listings: Map<string, Dirent[]>): string | undefined {
  let folder = root;
  for (const [index, segment] of segments.entries()) {
    let entries = listings.get(folder);
    if (entries === undefined) {
      entries = statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(folder, { withFileTypes: true }) : [];
      listings.set(folder, entries);
    }
    const entry = entries.find((candidate) => foldExportPath(candidate.name.normalize('NFC')) === foldExportPath(segment));
    if (entry === undefined) return undefined;
    const found = path.join(folder, entry.name);
    if (!entry.isDirectory() || index === segments.length - 1) return found;
    folder = found;
  }
  return undefined;
}

/**
 * An alias is a redirect page the build writes at an old path, so it must neither take nor pass
 * through (as a folder) anything else the export holds: the site's own lists, hubs, feeds and search
 * files (siteOwnPathAt), a post's page, a file of public/ or of a page bundle, another alias. Letter
 * case is ignored throughout, as siteOwnPathAt explains. Drafts are checked too, so that publishing
 * one later does not break the build. One alias claimed by two posts, which Hugo builds, is a
 * reference problem: the older post keeps it, and under brokenLinks 'warning' the newer one is
 * returned without it.
 */
function findAliasClashes(posts: Post[]): { problems: ContentError[]; posts: Post[] } {
  const errors: ContentError[] = [];
  const aliasOwners = new Map<string, Post>();
  const dropped = new Map<Post, Set<string>>();
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  const claim = (exportFile: string, owner: string) => {
    files.set(foldExportPath(exportFile), owner);
    for (const folder of pathsDownTo(exportFile).slice(0, -1)) folders.set(foldExportPath(folder), owner);
  };
  for (const post of posts) claim(`${postPath(post)}index.html`, `the URL of ${post.file}`);
  // A section's list, its later pages and its feed: /<section>/index.html, /<section>/page/…, /<section>/index.xml.
  const listFolders = new Map<string, string>();
  for (const { lang, section } of sectionsOf(posts)) {
    const listPath = exportPathOf(sectionUrl(section, lang));
    const owner = `the list of the section ${listPath}`;
    claim(`${listPath}index.html`, owner);
    for (const name of listFileNames) claim(`${listPath}${name}`, owner);
    listFolders.set(foldExportPath(exportPathOf(firstPageUrl(sectionUrl(section, lang))).replace(/1\/$/, '')), owner);
  }
  const bundles = new Map(posts.flatMap((post) => (post.bundleDir === null ? [] : [[foldExportPath(postPath(post)), post] as const])));
  const listings = new Map<string, Dirent[]>();

  const oldestFirst = [...posts].sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const post of oldestFirst) {
    for (const alias of post.aliases) {
      const target = aliasExportFile(alias);
      // Front matter refused any other alias already.
      if ('problem' in target) continue;
      const refuse = (reason: string) => errors.push(new ContentError(post.file, post.aliasesLine, 1, `alias "${shownName(alias)}" ${reason}; remove it from aliases: or give an old path of this post`));
      const own = siteOwnPathAt(target.file);
      if (own !== undefined) {
        refuse(own.isFolder
          ? `is under ${own.path}, which the site fills with its own pages and files`
          : `would ${own.path === target.file ? 'overwrite' : 'need as a folder'} ${own.path}, a file the site writes itself`);
        continue;
      }
      const listFolder = [...listFolders.keys()].find((folder) => foldExportPath(target.file).startsWith(folder));
      if (listFolder !== undefined) {
        refuse(`is under ${listFolder}, where ${listFolders.get(listFolder)} has its later pages`);
        continue;
      }
      const older = aliasOwners.get(foldExportPath(target.file));
      if (older !== undefined) {
        const severity = brokenLinkSeverity();
        errors.push(reportReference({
          file: post.file,
          line: post.aliasesLine,
          column: 1,
          reason: `alias "${shownName(alias)}" is already an alias of ${older.file}:${older.aliasesLine}, and one old path can lead to one post; the older post keeps it (Hugo writes one of the two): remove it from the aliases: of this post`,
          outcome: `it leads to ${older.file}`,
          kind: 'alias-claimed-twice',
        }, severity));
        if (severity === 'warning') dropped.set(post, (dropped.get(post) ?? new Set()).add(alias));
        continue;
      }
      const downTo = pathsDownTo(target.file);
      const takenFile = downTo.find((candidate) => files.has(foldExportPath(candidate)));
      if (takenFile !== undefined) {
        const owner = files.get(foldExportPath(takenFile))!;
        refuse(takenFile === target.file ? `is already ${owner}` : `would need ${takenFile}, ${owner}, as a folder`);
        continue;
      }
      if (folders.has(foldExportPath(target.file))) {
        refuse(`would write a file where ${folders.get(foldExportPath(target.file))} needs the folder ${target.file}`);
        continue;
      }
      const bundleFolder = downTo.map((candidate) => `${candidate}/`).find((folder) => bundles.has(foldExportPath(folder)));
      const bundle = bundleFolder === undefined ? undefined : bundles.get(foldExportPath(bundleFolder))!;
      const inBundle = bundle && entryInTheWay(bundle.bundleDir!, target.file.slice(bundleFolder!.length).split('/'), listings);
      if (inBundle) {
        refuse(`would overwrite, or need as a folder, ${path.relative(process.cwd(), inBundle)}, a file of the page bundle of ${bundle.file}`);
        continue;
      }
      const inPublic = entryInTheWay('public', target.file.split('/').slice(1), listings);
      if (inPublic) {
        refuse(`would overwrite, or need as a folder, ${inPublic}, a file the site publishes from public/`);
        continue;
      }
      claim(target.file, `an alias of ${post.file}`);
      aliasOwners.set(foldExportPath(target.file), post);
    }
  }
  const kept = posts.map((post) => (dropped.has(post) ? { ...post, aliases: post.aliases.filter((alias) => !dropped.get(post)!.has(alias)) } : post));
  return { problems: errors, posts: kept };
}

/** Each section that has posts, once, by language. */
function sectionsOf(posts: Post[]): { lang: Language; section: string }[] {
  const seen = new Map<string, { lang: Language; section: string }>();
  for (const post of posts) {
    if (isInSection(post)) seen.set(`${post.lang}/${post.section}`, { lang: post.lang, section: post.section });
  }
  return [...seen.values()];
}

/** Every page and feed path the export will have, decoded, pages ending in "/", in every language. */
function pagePaths(published: Post[]): Set<string> {
  const paths = new Set<string>();
  /** A list's pages: the list itself, its /page/1/ redirect page and its later pages. */
  const addList = (pageUrl: (page: number) => string, itemCount: number) => {
    paths.add(exportPathOf(pageUrl(1)));
    paths.add(exportPathOf(firstPageUrl(pageUrl(1))));
    for (let page = 2; page <= Math.ceil(itemCount / siteConfig.postsPerPage); page++) paths.add(exportPathOf(pageUrl(page)));
  };
  const mainSections: readonly string[] = siteConfig.mainSections;
  for (const lang of languages) {
    const posts = published.filter((post) => post.lang === lang);
    const listed = posts.filter(isInSection);
    for (const kind of termKinds) paths.add(exportPathOf(termIndexUrl(kind, lang)));
    for (const hubPath of hubPaths(listed, lang)) paths.add(hubPath);
    addList((page) => homeUrl(lang, page), listed.filter((post) => mainSections.includes(post.section)).length);
    for (const { section } of sectionsOf(listed)) {
      addList((page) => sectionUrl(section, lang, page), listed.filter((post) => post.section === section).length);
      paths.add(exportPathOf(sectionFeedUrl(section, lang)));
    }
    for (const kind of termKinds) {
      for (const term of collectTerms(listed, kind).terms) addList((page) => termUrl(term, lang, page), term.count);
    }
  }
  for (const post of published) {
    paths.add(postPath(post));
    for (const alias of post.aliases) {
      const target = aliasExportFile(alias);
      if ('file' in target) paths.add(target.file.replace(/(^|\/)index\.html$/, '$1'));
    }
  }
  return paths;
}

/**
 * Links from one post to another page of this site must lead somewhere: to a published post of any
 * section or language, a list, a tag or category, a hub, a file in public/ or in a page bundle. When
 * broken links are warnings (brokenLinkSeverity), each is reported and the link is rendered as written.
 */
function findBrokenLinks(posts: Post[], published: Post[]): ContentError[] {
  const pages = pagePaths(published);
  const severity = brokenLinkSeverity();
  // Only published posts' bundles are copied into the export.
  const bundles = new Map(published.flatMap((post) => (post.bundleDir ? [[postPath(post), post.bundleDir] as const] : [])));
  const isShown = new Set(published);
  const unpublished = new Map(posts.filter((post) => !isShown.has(post)).map((post) => [postPath(post), post]));
  const errors: ContentError[] = [];
  for (const post of published) {
    for (const link of post.links) {
      if (isOffSitePath(link.url)) continue;
      const resolved = new URL(link.url, `https://site.invalid${encodeURI(postPath(post))}`).pathname;
      let target: string;
      try {
        target = decodeURIComponent(resolved).normalize('NFC');
      } catch {
        target = resolved;
      }
      const isFile = /\.[a-z0-9]+$/i.test(target);
      const folder = target.replace(/[^/]*$/, '');
      const exists = isFile
        ? pages.has(target) || isPublicFile(target) || (bundles.has(folder) && isPublishedBundleFile(bundles.get(folder)!, target.slice(folder.length)))
        : pages.has(target.replace(/\/?$/, '/'));
      if (exists) continue;
      const draft = unpublished.get(target.replace(/\/?$/, '/'));
      const reason = draft
        ? `links to ${link.url}, which is ${draft.isDraft ? 'a draft' : 'dated in the future'} (${draft.file}) and will not be on the site`
        : `links to ${link.url}, which is not a page or file of this site; check the post's slug, or the tag or category name`;
      errors.push(new ContentError(post.file, link.line, link.column, reason, severity));
    }
  }
  return errors;
}

/**
 * Two posts of one language with one translationKey: the language switcher and hreflang of their
 * translations can name only one of them. A key taken from the post's path clashes too, with a key
 * another post writes.
 */
function findTranslationKeyClashes(posts: Post[]): ContentError[] {
  const owners = new Map<string, Post>();
  const errors: ContentError[] = [];
  for (const post of posts) {
    const key = `${post.lang}\u0000${post.translationKey}`;
    const owner = owners.get(key);
    if (owner === undefined) {
      owners.set(key, post);
      continue;
    }
    const [first, second] = owner.translationKeyLine !== 0 && post.translationKeyLine === 0 ? [post, owner] : [owner, post];
    const firstPlace = first.translationKeyLine === 0 ? `${first.file} (its path)` : `${first.file}:${first.translationKeyLine}`;
    errors.push(new ContentError(second.file, second.translationKeyLine, second.translationKeyLine === 0 ? 0 : 1,
      `translationKey "${shownName(post.translationKey)}" is also the key of ${firstPlace}, in the same language: the language switcher can link only one post of a language; give each post its own translationKey`));
  }
  return errors;
}

/** A single page at /<name>/ takes the URL of a section's list of the same name. */
function findPagesNamedLikeSections(posts: Post[]): ContentError[] {
  const sections = new Set(sectionsOf(posts).map(({ lang, section }) => `${lang}/${section.toLowerCase()}`));
  return posts.flatMap((post) =>
    post.section === null && post.slug.length === 1 && sections.has(`${post.lang}/${post.slug[0]!.toLowerCase()}`)
      ? [new ContentError(post.file, 0, 0, `the single page would be served at ${postUrl(post)}, the URL of the section ${post.slug[0]}'s list; rename the file or set another slug:`)]
      : [],
  );
}

/**
 * A release, event or question is described in one post: another may say the same or only mention it,
 * never describe it otherwise (see lib/hubs/collect.ts). Drafts and posts dated later count too, so that
 * publishing one cannot change what the hubs and calendars show.
 */
function findHubConflicts(posts: Post[]): ContentError[] {
  return languages.flatMap((lang) =>
    hubConflicts(posts.filter((post) => post.lang === lang && isInSection(post))).map(({ what, mention, fields, shown, other }) =>
      new ContentError(
        other.post.file,
        other.line,
        0,
        `${what} is described in ${shown.post.file}:${shown.line} too, with another ${fields.join(', ')}; describe it in one post: make the two the same, or write ${mention} in one of them to mention it`,
      ),
    ),
  );
}

/** The checks that only show across posts: two posts with one URL, two tags with one URL, aliases, links that lead nowhere. */
export function checkAcrossPosts({ posts: loaded, sectionPages, errors, warnings }: ContentReport): ContentReport {
  const { problems: aliasProblems, posts } = findAliasClashes(loaded);
  const published = posts.filter((post) => isPublished(post));
  errors.push(...findDuplicateUrls(posts));
  errors.push(...findPagesNamedLikeSections(posts));
  errors.push(...findTranslationKeyClashes(posts));
  for (const problem of aliasProblems) (problem.severity === 'error' ? errors : warnings).push(problem);
  errors.push(...findLongNames(posts));
  // The general rule last, over the posts the rules above left alone: each clash is told once.
  const told = new Set(errors.map((error) => error.file));
  errors.push(...findExportClashes(posts.filter((post) => !told.has(post.file)), languages));
  errors.push(...findHubConflicts(posts));
  // Terms of unpublished posts can clash too: report them now, not on the day they are published.
  for (const lang of languages) {
    const listed = posts.filter((post) => post.lang === lang && isInSection(post));
    for (const kind of termKinds) errors.push(...collectTerms(listed, kind).errors);
  }
  for (const problem of findBrokenLinks(posts, published)) (problem.severity === 'error' ? errors : warnings).push(problem);
  return { posts, sectionPages, errors, warnings };
}
