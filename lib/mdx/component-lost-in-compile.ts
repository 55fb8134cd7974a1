import type { ComponentUse } from '../model/post';
import type { CompiledMdx } from './compile';

/**
 * The first component the parse found that the compiled body does not have at the same place in the
 * order (none when the two agree): a hub could not find its children there.
 */
export function componentLostInCompile(uses: ComponentUse[], compiled: Pick<CompiledMdx, 'components'>): ComponentUse | undefined {
  const compiledNames = compiled.components.filter((name) => uses.some((use) => use.name === name));
  return uses.find((use, index) => compiledNames[index] !== use.name) ?? (compiledNames.length > uses.length ? uses.at(-1) : undefined);
}
