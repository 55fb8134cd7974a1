import { termKinds, type TermKind } from './model/post';

/**
 * Route params arrive percent-encoded in Next.js 16 (in `next dev` and during the export)
 * while generateStaticParams returns them raw: decode each one once, here, and compare in NFC.
 */
export function decodeRouteParam(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Not valid percent-encoding: it was raw text all along.
  }
  return decoded.normalize('NFC');
}

/** A page number from a /page/<n>/ route, or NaN when it is not a whole number. */
export function pageParam(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The kind of term a /tags/… or /categories/… route is about, or undefined for any other segment. */
export function termKindParam(value: string): TermKind | undefined {
  return termKinds.find((kind) => kind === value);
}
