// Spaces that authors paste without seeing them: no-break, en/em, narrow, ideographic.
const unusualSpaces = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const zeroWidth = /[\u200b-\u200d\u2060\ufeff]/g;

/** A name as written, cleaned of invisible differences: NFC, odd spaces made plain, runs of space collapsed, trimmed. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').replace(zeroWidth, '').replace(unusualSpaces, ' ').replace(/\s+/g, ' ').trim();
}

/** Two names with the same fold are one tag (or category): "SOFA Weekly" and " sofa  weekly". */
export function foldName(name: string): string {
  return normalizeName(name).toLowerCase();
}

const keptCharacter = /[\p{L}\p{N}\p{M}._~-]/u;
// Hugo keeps these, but in a URL segment they are reserved or ambiguous, so here they separate words.
const separatorCharacter = /[\s/\\#+%?@]/u;

/**
 * Turns a name into its URL segment. The rule is Hugo's `urlize`, so a site moving
 * from Hugo keeps its tag, category and post URLs:
 * - letters and digits of any script (Chinese stays Chinese), marks, and `. _ ~ -` are kept, lower-cased;
 * - white space and `/ \ # + % ? @` separate words: a run of them becomes one `-`, none at either end;
 * - everything else (`| , ! & : ( )`, full-width punctuation) is dropped.
 * "SOFA Weekly | 本周" → "sofa-weekly-本周", "a/b" → "a-b". Returns "" when nothing is left.
 */
export function urlize(name: string): string {
  let segment = '';
  let isPendingHyphen = false;
  for (const character of normalizeName(name).toLowerCase()) {
    if (keptCharacter.test(character)) {
      if (isPendingHyphen && !segment.endsWith('-') && character !== '-') segment += '-';
      isPendingHyphen = false;
      segment += character;
    } else if (separatorCharacter.test(character) && segment !== '') {
      isPendingHyphen = true;
    }
  }
  return /^\.*$/.test(segment) ? '' : segment;
}
