import { componentPropSchemas, type ComponentName } from '../model/component-props';
import type { ComponentChildren } from '../model/component-children';
import type { Post } from '../model/post';
import type { z } from 'zod';

/** One use of a component in a post, with its props validated and typed by the component's own schema. */
export interface TypedComponentUse<Name extends ComponentName> {
  post: Post;
  props: z.output<(typeof componentPropSchemas)[Name]>;
  children: ComponentChildren;
}

/**
 * Every use of one component in these posts, in the order of the posts and, within a post, as written.
 * The props were checked when the post was read; parsing them again with the same schema types them.
 */
export function componentUses<Name extends ComponentName>(posts: Post[], name: Name): TypedComponentUse<Name>[] {
  return posts.flatMap((post) =>
    post.components
      .filter((use) => use.name === name)
      .map((use) => ({ post, props: componentPropSchemas[name].parse(use.props) as z.output<(typeof componentPropSchemas)[Name]>, children: use.children })),
  );
}
