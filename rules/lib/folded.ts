import { lexicon } from '../../lib/engine/text';

/**
 * Case-insensitive word lists, fast. `lexicon()` matches with the `iu` flags and checks word
 * boundaries with the Unicode class [\p{L}\p{N}\p{M}_]; in V8 both are slow at every position
 * of a long text (measured ~10× on 63,000 characters). Here the entries are lowercased and
 * matched case-sensitively against a lowercased copy of the text, and the boundary class is
 * written out for lower-case letters (Latin, Greek, Cyrillic), digits, combining marks and «_».
 *
 *   const words = foldedLexicon(['brann', 'evakuer*']);
 *   findAll(words, foldCase(text))   // spans index the original text too
 */
export const foldedWordChar = '[0-9_a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f]';

export function foldedLexicon(entries: readonly string[]): RegExp {
  const source = lexicon(entries.map((entry) => entry.toLowerCase())).source;
  return new RegExp(source.replaceAll('[\\p{L}\\p{N}\\p{M}_]', foldedWordChar), 'gu');
}

let lastText = '';
let lastFolded = '';

/**
 * `text` in lower case with every offset kept. «İ» is the one letter whose lower case is
 * longer (i + combining dot); it becomes a plain «i». The last result is cached, as several
 * rules fold the same draft.
 */
export function foldCase(text: string): string {
  if (text !== lastText) {
    const folded = text.replace(/\u0130/g, 'i').toLowerCase();
    lastFolded = folded.length === text.length ? folded : text;
    lastText = text;
  }
  return lastFolded;
}
