import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

// Chinese is read character by character and has no spaces between words, so counting words
// would make a 3,000-character weekly a one-minute read. Each script is counted its own way.
const cjkCharactersPerMinute = 350;
const wordsPerMinute = 225;

// Han ideographs, Japanese kana and Hangul: each character is one unit of reading.
const cjkCharacter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// A run of letters or digits, with inner apostrophes and hyphens: "don't", "state-machine", "1.3.3" counts once.
const word = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** About how many minutes a reader needs for a text: CJK characters at 350 a minute, other words at 225, at least 1. */
export function readingMinutes(text: string): number {
  const cjkCount = text.match(cjkCharacter)?.length ?? 0;
  const wordCount = text.replace(cjkCharacter, ' ').match(word)?.length ?? 0;
  return Math.max(1, Math.round(cjkCount / cjkCharactersPerMinute + wordCount / wordsPerMinute));
}

/** The words of a post's syntax tree, one text node apart from the next (so paragraphs do not run together); HTML tags left out. */
export function readableText(tree: Root): string {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') texts.push(node.value);
  });
  return texts.join(' ');
}
