import type { Language } from '@/site.config';
import { includesUnpublished } from './build-mode';
import type { ComponentChildren } from './component-children';
import type { ContentError } from './content-error';
import type { ComponentName } from './component-props';

/** The two formats a post is written in: MDX, with the weekly's components, or plain Markdown. */
export type SourceFormat = 'mdx' | 'md';

/** One use of a weekly component in a post, with its props as written and what is written inside it. */
export interface ComponentUse {
  name: ComponentName;
  props: Record<string, string | true>;
  line: number;
  children: ComponentChildren;
}

/** A URL written in a post (a link or an image), where it was written. */
export interface UrlUse {
  url: string;
  line: number;
  column: number;
}

/** An image's size in CSS pixels, as a browser lays it out (a JPEG's EXIF rotation applied). */
export interface ImageSize {
  width: number;
  height: number;
}

/** A post read from content/, validated, with everything lists need already derived. */
export interface Post {
  lang: Language;
  /**
   * The section: the top-level folder of the language folder it is in (content/zh/blog/x.md is in
   * "blog"), as Hugo has it; null for a single page, a file directly in the language folder (an
   * "about" page), which is in no list, feed or hub.
   */
  section: string | null;
  /** URL segments after the section: ["sofa-weekly-20200710"], or ["a", "b"] for content/zh/blog/a/b/index.mdx. */
  slug: string[];
  /**
   * What the post's translations share: its translationKey: from front matter, else its path in the
   * language folder (blog/a/b), as Hugo pairs translations.
   */
  translationKey: string;
  /** The line of translationKey: in the file, 0 when the key is the post's path. */
  translationKeyLine: number;
  /**
   * Images written from the site root (/cover.jpg) that are not in public/ but are files of the
   * post's page bundle: the bundle's files, as the themes of Hugo sites read them.
   */
  bundleRootImages: string[];
  /**
   * The size of each local image the post shows (its cover too), by the URL as written: measured from
   * the file when the post is read, so that the page reserves the image's room before it loads.
   */
  imageSizes: Record<string, ImageSize>;
  /** Source file relative to the project root, for messages. */
  file: string;
  /** Absolute path of the page bundle's folder, whose other files are the post's assets; null for a single file. */
  bundleDir: string | null;
  format: SourceFormat;
  title: string;
  date: Date;
  /** When the post was last changed (Hugo's lastmod), if its front matter says. */
  lastModified?: Date;
  author?: string;
  authorlink?: string;
  description?: string;
  /** Text shown in lists: summary, else description, else the text before <!--more-->, else the first paragraph. */
  summary: string;
  categories: string[];
  tags: string[];
  /** An http(s) URL, a root-relative path, or a path relative to the page bundle. */
  cover?: string;
  isDraft: boolean;
  /** Old paths from the site root that redirect to this post. */
  aliases: string[];
  /** The line of aliases: in the file, for messages about them. */
  aliasesLine: number;
  /** The body with front matter blanked out, so that line numbers are the file's. */
  body: string;
  /** Every QA, ReleaseNote and EventCard in the post, with its props as written. */
  components: ComponentUse[];
  /** Every link written in the post, for the check of internal links. */
  links: UrlUse[];
  /** About how long the post takes to read, in minutes (see reading-time.ts). */
  readingMinutes: number;
}

/** The measured size of a post's cover, when it is a local file (a remote one is never downloaded to measure). */
export function coverSize(post: Pick<Post, 'cover' | 'imageSizes'>): ImageSize | undefined {
  return post.cover !== undefined && Object.hasOwn(post.imageSizes, post.cover) ? post.imageSizes[post.cover] : undefined;
}

/** A section's own page, from its _index.md: the title and description of its list. */
export interface SectionPage {
  lang: Language;
  section: string;
  file: string;
  title: string;
  description?: string;
}

/** A section heading of a post, as its table of contents lists it. */
export interface Heading {
  /** 2 for h2, 3 for h3, 4 for h4. */
  depth: number;
  /** The heading's id, Chinese kept as written: the fragment of its link. */
  id: string;
  text: string;
}

/** A tag or a category: the spelling most posts use, its URL segment, and how many published posts have it. */
export interface Term {
  kind: TermKind;
  name: string;
  segment: string;
  count: number;
}

/** The kinds of term a post has, each with its index page, its lists and feeds. */
export const termKinds = ['tags', 'categories'] as const;
export type TermKind = (typeof termKinds)[number];

/** Sorts posts newest first; posts of one moment by their path, so that every build lists them alike. */
export function newestFirst(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.file.localeCompare(b.file);
}

/** Whether a post is in a section, and so in the lists, feeds and hubs; a single page is not. */
export function isInSection(post: Post): post is Post & { section: string } {
  return post.section !== null;
}

/**
 * Whether readers see a post: drafts and posts dated in the future stay out of the export.
 * `next dev` shows them all, and `npm run build -- --drafts` includes them in a preview build.
 */
export function isPublished(post: Post, now: Date = new Date()): boolean {
  if (includesUnpublished()) return true;
  return !post.isDraft && post.date.getTime() <= now.getTime();
}

/** What reading content gave: the posts without errors, and every problem found, errors and warnings. */
export interface ContentReport {
  posts: Post[];
  /** Sections' _index.md files that were read without errors. */
  sectionPages: SectionPage[];
  errors: ContentError[];
  warnings: ContentError[];
}
