/** A run of excerpt text, and whether it is what the reader searched for. */
export type ExcerptPart = { text: string; isMatch: boolean };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const codePoint = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return Object.hasOwn(entities, name.toLowerCase()) ? entities[name.toLowerCase()]! : entity;
  });
}

/**
 * Splits a Pagefind excerpt (escaped text with `<mark>` around each match) into plain text runs, so
 * the page renders it as text and highlights matches without setting HTML from the index.
 */
export function excerptParts(excerptHtml: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let isMatch = false;
  for (const piece of excerptHtml.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      isMatch = tag === '<mark>';
      continue;
    }
    // Any other tag is not expected from Pagefind; it is dropped rather than shown as markup.
    const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
    if (text === '') continue;
    const previous = parts.at(-1);
    if (previous && previous.isMatch === isMatch) previous.text += text;
    else parts.push({ text, isMatch });
  }
  return parts;
}

/** The runs of `parts` that cover the characters `start` to `end` of their text, cut to fit. */
export function partsBetween(parts: ExcerptPart[], start: number, end: number): ExcerptPart[] {
  const between: ExcerptPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + part.text.length);
    if (to > from) between.push({ text: part.text.slice(from - offset, to - offset), isMatch: part.isMatch });
    offset += part.text.length;
  }
  return between;
}
