import { ContentError } from './content-error';
import type { Post, Term, TermKind } from './post';
import { foldName, urlize } from './names';

const singular: Record<TermKind, string> = { tags: 'tag', categories: 'category' };

interface TermGroup {
  spellings: Map<string, number>;
  posts: Post[];
}

/**
 * Gathers the tags (or categories) of the given posts. Names that differ only in case or
 * white space are one term, shown with the spelling most posts use. Names that differ
 * otherwise but share a URL segment ("a/b" and "a-b") are errors.
 */
export function collectTerms(posts: Post[], kind: TermKind): { terms: Term[]; errors: ContentError[] } {
  const groups = new Map<string, TermGroup>();
  for (const post of posts) {
    for (const name of new Set(post[kind])) {
      const group: TermGroup = groups.get(foldName(name)) ?? { spellings: new Map(), posts: [] };
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      // Two spellings of one name in one post count once; a post's names come one after another.
      if (group.posts.at(-1) !== post) group.posts.push(post);
      groups.set(foldName(name), group);
    }
  }
  const errors: ContentError[] = [];
  const bySegment = new Map<string, Term & { file: string }>();
  for (const group of groups.values()) {
    const [name] = [...group.spellings].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]!;
    const segment = urlize(name);
    const file = group.posts[0]!.file;
    if (segment === '') {
      errors.push(new ContentError(file, 0, 0, `${singular[kind]} "${name}" has no letters or digits to make its URL from; rename it`));
      continue;
    }
    const clash = bySegment.get(segment);
    if (clash) {
      errors.push(
        new ContentError(file, 0, 0, `${singular[kind]} "${name}" has the same URL /${kind}/${segment}/ as "${clash.name}" (in ${clash.file}); use one spelling for both`),
      );
      continue;
    }
    bySegment.set(segment, { kind, name, segment, count: group.posts.length, file });
  }
  const terms = [...bySegment.values()]
    .map(({ file: _file, ...term }) => term)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
  return { terms, errors };
}
