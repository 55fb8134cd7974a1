import type { z } from 'zod';
import type { ComponentChildren } from '../model/component-children';
import { componentPropSchemas, type ComponentName } from '../model/component-props';
import type { Post } from '../model/post';

/** One use of a component in a post, with its props validated and typed by the component's own schema. */
export interface ComponentUseOf<Name extends ComponentName> {
  post: Post;
  props: z.output<(typeof componentPropSchemas)[Name]>;
  /** The line of its opening tag. */
  line: number;
  children: ComponentChildren;
}

/**
 * Every use of one component in these posts, in the order of the posts and, within a post, as written.
 * The props were checked when the post was read; parsing them again with the same schema types them.
 */
function componentUses<Name extends ComponentName>(posts: Post[], name: Name): ComponentUseOf<Name>[] {
  return posts.flatMap((post) =>
    post.components
      .filter((use) => use.name === name)
      .map((use) => ({
        post,
        props: componentPropSchemas[name].parse(use.props) as z.output<(typeof componentPropSchemas)[Name]>,
        line: use.line,
        children: use.children,
      })),
  );
}

/** What a hub entry keeps of the posts that announced it. */
export interface HubEntry {
  /** Its anchor, or its file name: stable across builds. */
  id: string;
  /** The post that describes it, whose description is shown. */
  post: Post;
  /** The line of its component there. */
  line: number;
  /** Every post that announced it: the one that describes it first, then the others oldest first. */
  posts: Post[];
}

/** Two posts that describe one entry differently: the check's error, at the second one. */
export interface HubConflict {
  /** What is described: "the release SOFAJRaft 1.3.3". */
  what: string;
  /** What a post writes to only mention it: "only project= and version=". */
  mention: string;
  /** The fields the two descriptions differ in, as the component's props (or its children) are named. */
  fields: string[];
  /** The description the hub shows. */
  shown: { post: Post; line: number };
  /** The other description. */
  other: { post: Post; line: number };
}

/** How one hub turns uses of its component into entries. */
export interface Collector<Name extends ComponentName, Entry extends HubEntry> {
  component: Name;
  /** The entry a use belongs to: two uses with one id are one entry. */
  idOf: (use: ComponentUseOf<Name>) => string;
  /**
   * What a use says of its entry beyond what identifies it, each field as text to compare (undefined
   * when not written). A use that says nothing more only mentions the entry.
   */
  fieldsOf: (use: ComponentUseOf<Name>) => Record<string, string | undefined>;
  /**
   * The entry as its describing use (or, when every use only mentions it, its first use) has it, with
   * every post that announced it (HubEntry's `posts`).
   */
  create: (use: ComponentUseOf<Name>, id: string, posts: Post[]) => Entry;
  /** For messages: what the entry is, and what a post writes to only mention it. */
  describe: (use: ComponentUseOf<Name>) => Pick<HubConflict, 'what' | 'mention'>;
}

const byFile = (a: Post, b: Post) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const oldestFirst = (a: Post, b: Post) => a.date.getTime() - b.date.getTime() || byFile(a, b);

/**
 * The entries of one hub and the conflicts between the posts that describe them. Every use of the hub's
 * component in `posts` belongs to one entry by its id. An entry has one description: the uses that say
 * more than its id must say the same, and a use that says nothing more only mentions it. Which description
 * is shown never depends on a post's date (which its author writes) or on the order `posts` come in: when
 * two differ, the one in the first file by path is shown and the other is a conflict, an error of the check.
 */
export function collectEntries<Name extends ComponentName, Entry extends HubEntry>(
  posts: Post[],
  collector: Collector<Name, Entry>,
): { entries: Entry[]; conflicts: HubConflict[] } {
  const groups = new Map<string, ComponentUseOf<Name>[]>();
  for (const use of componentUses([...posts].sort(byFile), collector.component)) {
    const id = collector.idOf(use);
    const group = groups.get(id);
    if (group) group.push(use);
    else groups.set(id, [use]);
  }
  const entries: Entry[] = [];
  const conflicts: HubConflict[] = [];
  for (const [id, uses] of groups) {
    const described = uses.map((use) => ({ use, fields: collector.fieldsOf(use) })).filter(({ fields }) => Object.values(fields).some((value) => value !== undefined));
    const shown = described[0];
    for (const { use, fields } of described.slice(1)) {
      const differing = Object.keys({ ...shown!.fields, ...fields }).filter((field) => fields[field] !== shown!.fields[field]);
      if (differing.length === 0) continue;
      conflicts.push({ ...collector.describe(use), fields: differing, shown: { post: shown!.use.post, line: shown!.use.line }, other: { post: use.post, line: use.line } });
    }
    const owner = shown?.use ?? uses[0]!;
    const others = [...new Set(uses.map((use) => use.post))].filter((post) => post !== owner.post).sort(oldestFirst);
    entries.push(collector.create(owner, id, [owner.post, ...others]));
  }
  return { entries, conflicts };
}

/** The children as a field to compare: undefined when nothing is written inside the component. */
export function childrenField(children: ComponentChildren): string | undefined {
  return children.isEmpty ? undefined : children.fingerprint;
}
