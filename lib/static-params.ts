/**
 * Next.js refuses to export a dynamic route whose generateStaticParams() is empty, so a site with
 * no releases, events or questions yet would not build. Such a route gets this one placeholder
 * instead, which answers "not found": the not-found page (noindex), or a feed or calendar file
 * saying so. Nothing links to it.
 */
export const placeholderSegment = '_none';

export function atLeastOneParam<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}
