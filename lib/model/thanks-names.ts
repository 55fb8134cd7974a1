/** The names of a ReleaseNote's `thanks` prop: "a, b，@c、d" is a, b, c and d. */
export function thanksNames(thanks: string | undefined): string[] {
  return (thanks ?? '').split(/[,，、]/).map((name) => name.trim().replace(/^@/, '')).filter(Boolean);
}
