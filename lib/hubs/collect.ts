import type { z } from 'zod';
import type { ComponentChildren } from '../model/component-children';
import { componentPropSchemas, type ComponentName } from '../model/component-props';
import type { Post } from '../model/post';

/** One use of a component in a post, with its props validated and typed by the component's own schema. */
export interface ComponentUseOf<Name extends ComponentName> {
  post: Post;
  props: z.output<(typeof componentPropSchemas)[Name]>;
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
      .map((use) => ({ post, props: componentPropSchemas[name].parse(use.props) as z.output<(typeof componentPropSchemas)[Name]>, children: use.children })),
  );
}

/** What a hub entry keeps of the posts that announced it. */
export interface HubEntry {
  /** Its anchor, or its file name: stable across builds. */
  id: string;
  /** Every post that announced it, in the order the collector read them. */
  posts: Post[];
}

/** How one hub turns uses of its component into entries. */
export interface Collector<Name extends ComponentName, Entry extends HubEntry> {
  component: Name;
  /** The entry a use belongs to: two uses with one id are one entry. */
  idOf: (use: ComponentUseOf<Name>) => string;
  /** The entry of the first use with an id. */
  create: (use: ComponentUseOf<Name>, id: string) => Entry;
  /** What a later use with the same id adds to the entry (a link the first one lacked). */
  merge?: (entry: Entry, use: ComponentUseOf<Name>) => void;
}

/**
 * The entries of one hub: every use of its component in `posts` (read in the order given), one
 * entry per id, each listing every post that announced it. The hubs share this shape; what an entry
 * holds and how a hub sorts its entries is theirs.
 */
export function collectEntries<Name extends ComponentName, Entry extends HubEntry>(posts: Post[], collector: Collector<Name, Entry>): Entry[] {
  const entries = new Map<string, Entry>();
  for (const use of componentUses(posts, collector.component)) {
    const id = collector.idOf(use);
    const known = entries.get(id);
    if (!known) {
      entries.set(id, collector.create(use, id));
      continue;
    }
    if (!known.posts.includes(use.post)) known.posts.push(use.post);
    collector.merge?.(known, use);
  }
  return [...entries.values()];
}
