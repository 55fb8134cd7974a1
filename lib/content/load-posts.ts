// Loading posts whose text is parsed and whose body is compiled now: the MDX compiler and its plugins.
// Finding the files and making each a Post from its parsed text is lib/content/post-sources.ts, which
// needs neither, and which this module's callers reach through it.
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { siteConfig } from '@/site.config';
import { parseMdx } from '../mdx/compile';
import { ContentError, ContentErrors } from '../model/content-error';
import { parseSource } from './front-matter';
import { postCompileOptions, precompile } from '../mdx/compile-cache';
import type { ParseCache } from './parse-cache';
import type { ContentReport, SourceFormat } from '../model/post';
import { readableText, readingMinutes } from '../model/reading-time';
import { checkMdxTree } from '../mdx/check-tree';
import { textBoundProblem, treeBoundProblem, type BoundProblem } from '../model/post-bounds';
import { addCompileError, addToReport, checkCompiledBody, contentDir, findPostSources, loadAllSources, loadSource, newParseCache, type LoadedSource, type ParsedPost, type PostSource, type SourceLoader } from './post-sources';

export {
  addToReport,
  contentDir,
  findPostSources,
  maxPostBytes,
  newParseCache,
  type BundleReader,
  type LoadedSource,
  type ParsedPost,
  type PostSource,
  type SourceFile,
  type SourceLoader,
  type SourceRole,
} from './post-sources';

const summaryLength = 160;

function summaryOf(tree: Root, body: string): string {
  const moreAt = body.search(/<!--\s*more\s*-->/);
  const nodes = moreAt >= 0
    ? tree.children.filter((node) => (node.position?.end.offset ?? Infinity) <= moreAt)
    : tree.children.filter((node) => node.type === 'paragraph' && toString(node).trim() !== '').slice(0, 1);
  const text = nodes.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > summaryLength ? `${text.slice(0, summaryLength)}…` : text;
}

/** A bound of postBounds the post passes, as its error at the line where it does. */
function boundError(file: string, { line, reason }: BoundProblem): ContentError {
  return new ContentError(file, line, line > 0 ? 1 : 0, reason);
}

function parsePost(text: string, file: string, format: SourceFormat, isDateRequired: boolean): { parsed: ParsedPost; tree: Root } {
  const parsed = parseSource(text, file, siteConfig.timeZone, isDateRequired);
  // Counted before the parse, what would take the parser minutes; counted after it, what would take the checks and the compile long.
  const textProblem = textBoundProblem(parsed.body, format);
  if (textProblem) throw boundError(file, textProblem);
  const tree = parseMdx(parsed.body, format, file);
  const treeProblem = treeBoundProblem(tree);
  if (treeProblem) throw boundError(file, treeProblem);
  const { errors, references, ...check } = checkMdxTree(tree, file, parsed.body);
  if (errors.length > 0) throw new ContentErrors(errors);
  const { frontMatter, body } = parsed;
  const post: ParsedPost = {
    frontMatter,
    body,
    summary: frontMatter.summary ?? frontMatter.description ?? summaryOf(tree, body),
    check,
    frontMatterWarnings: parsed.warnings,
    references: [...parsed.references, ...references],
    coverLine: parsed.lineOf('cover'),
    dateLine: parsed.lineOf('date'),
    readingMinutes: readingMinutes(readableText(tree)),
  };
  return { parsed: post, tree };
}

// Given a parser, loadSource always has a result.
const loadParsedSource = (postSource: PostSource, cache: ParseCache<ParsedPost>) => loadSource(postSource, cache, parsePost)!;

/** Loads one post file: its post (unless it has errors) and its problems. Never throws for bad content. */
export function loadPostSource(postSource: PostSource, cache: ParseCache<ParsedPost>): LoadedSource {
  const { tree: _tree, ...result } = loadParsedSource(postSource, cache);
  return result;
}

/** Loads one post file and compiles its body unless the compiled-body cache has it, from the tree parsed for the checks. */
export async function loadAndCompileSource(postSource: PostSource, cache: ParseCache<ParsedPost>): Promise<LoadedSource> {
  const { tree, ...result } = loadParsedSource(postSource, cache);
  const { post } = result;
  if (post) {
    try {
      checkCompiledBody({ ...result, post }, await precompile(postCompileOptions(post), tree));
    } catch (error) {
      addCompileError(error, { ...result, post });
    }
  }
  return result;
}

/** Reads every post of every configured language. Never throws for bad content: it returns each problem instead. */
export function loadPosts(root: string = contentDir()): ContentReport {
  const report: ContentReport = { posts: [], sectionPages: [], errors: [], warnings: [] };
  const cache = newParseCache(root);
  for (const postSource of findPostSources(root, report)) addToReport(report, loadParsedSource(postSource, cache));
  cache.save();
  return report;
}

/**
 * Reads every post as loadPosts() does and compiles each body, so that the pages only run it: a body is
 * parsed once per build, for its checks, and compiled from that tree. A body that fails to compile is
 * reported as content errors are. `loadSources` lets the build spread the files over threads
 * (scripts/content-threads.ts); without it the files are loaded here, one after another.
 */
export async function loadAndCompilePosts(root: string = contentDir(), loadSources: SourceLoader = loadEachSource): Promise<ContentReport> {
  return loadAllSources(root, loadSources);
}

/** The SourceLoader that loads and compiles the files one after another, in this thread. */
export async function loadEachSource(_root: string, sources: PostSource[], cache: ParseCache<ParsedPost>): Promise<LoadedSource[]> {
  const results: LoadedSource[] = [];
  for (const postSource of sources) results.push(await loadAndCompileSource(postSource, cache));
  return results;
}
