// Names as authors write them, and the URL segments and anchors made from them. Runs in the browser
// too (search), so it imports nothing.
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

/**
 * The most UTF-8 bytes one URL segment (a tag's, a category's, a post's, an alias's) may take. Each
 * segment becomes a file or folder name, in the export and in Next.js's build folder, where Next.js
 * writes a dynamic segment's value as it is (not percent-encoded) with up to 9 bytes after it
 * (`<segment>.segments`, `.html`, `.meta`, `.rsc`; its `__next.*.txt` prefetch files name the route's
 * params, not their values). ext4 and APFS allow 255 bytes in a name: 200 leaves room.
 */
export const maxSegmentBytes = 200;

const utf8 = new TextEncoder();

export function utf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/** Why a URL segment is too long to be a file name of the export ("of 300 bytes, over the limit…"), or undefined when it fits. */
export function segmentSizeProblem(segment: string): string | undefined {
  const bytes = utf8Bytes(segment);
  if (bytes <= maxSegmentBytes) return undefined;
  return `of ${bytes} bytes, over the limit of ${maxSegmentBytes} (UTF-8 bytes: a Chinese character takes 3), because each URL segment names a file of the export; shorten it`;
}

// C0 controls, DEL and C1 controls: invisible, and not allowed in XML 1.0 feeds or in file names on every system.
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/** The first control character in a text, as U+XXXX, or undefined when it has none. */
export function controlCharacterIn(text: string): string | undefined {
  const found = controlCharacter.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

// What no page, feed, search index or calendar can carry as text: C0 and C1 controls but tab and line
// breaks (XML 1.0 refuses them; NUL and ESC reach HTML raw and break React's hydration), halves of a
// UTF-16 pair alone, and noncharacters (U+FFFE, U+FDD0…).
const unsafeInText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\p{Cs}|\p{Noncharacter_Code_Point}/u;
// In a title, name or prop, also the bidirectional embeddings, overrides and isolates, which make a
// name in a list read as another; a body may need them for right-to-left text.
const bidiControl = /[\u202a-\u202e\u2066-\u2069]/u;
const unsafeInValue = new RegExp(`${unsafeInText.source}|${bidiControl.source}`, 'u');

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function describeCharacter(character: string): string {
  if (bidiControl.test(character)) return `${codePoint(character)}, a bidirectional control that makes text read in another order`;
  if (/\p{Cs}/u.test(character)) return `${codePoint(character)}, half of a UTF-16 pair alone`;
  if (/\p{Noncharacter_Code_Point}/u.test(character)) return `${codePoint(character)}, a noncharacter`;
  return `${codePoint(character)}, a control character`;
}

/** A character a page or feed cannot carry, found in a text. */
export interface UnsafeCharacter {
  /** Where it is, in UTF-16 code units. */
  index: number;
  /** "U+001B, a control character". */
  description: string;
}

/**
 * The first character of a front matter value or a prop that no output can carry, or undefined:
 * controls (tab and line breaks aside), lone surrogates, noncharacters and bidirectional overrides.
 */
export function unsafeCharacterInValue(text: string): UnsafeCharacter | undefined {
  const found = unsafeInValue.exec(text);
  return found ? { index: found.index, description: describeCharacter(found[0]) } : undefined;
}

/** The first character of a post's body that no output can carry, or undefined: as in values, but a body may hold bidirectional controls. */
export function unsafeCharacterInBody(text: string): UnsafeCharacter | undefined {
  const found = unsafeInText.exec(text);
  return found ? { index: found.index, description: describeCharacter(found[0]) } : undefined;
}

/** The text without the characters unsafeCharacterInBody finds. */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(new RegExp(unsafeInText.source, 'gu'), '');
}

/** A name as a message shows it: control and other unsafe characters written as \u{…}, a long one cut short. */
export function shownName(name: string): string {
  const shown = name.replace(new RegExp(`${controlCharacter.source}|${unsafeInValue.source}`, 'gu'), (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
  return [...shown].length > 60 ? `${[...shown].slice(0, 60).join('')}…` : shown;
}

/** The names of a ReleaseNote's `thanks` prop: "a, b，@c、d" is a, b, c and d. */
export function thanksNames(thanks: string | undefined): string[] {
  return (thanks ?? '').split(/[,，、]/).map((name) => name.trim().replace(/^@/, '')).filter(Boolean);
}

/** How a question's anchor starts. A heading's id can start so too: the search never tells a question by it. */
export const questionAnchorPrefix = 'qa-';

/**
 * The search index's filter whose values are the anchors of a page's questions. Only the QA component
 * writes it (data-pagefind-filter, which no post may write): the search box tells questions by it.
 */
export const questionSearchFilter = 'question';
