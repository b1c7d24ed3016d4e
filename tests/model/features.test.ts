import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase } from '../../lib/engine/text';
import { tokenize, tokenPattern } from '../../lib/model/features';

/** The tokens as the pattern reads the folded stretch: what the scanner must reproduce. */
function tokensByPattern(text: string, from: number, to: number): string[] {
  const stretch = foldCase(text).slice(from, to);
  return [...stretch.matchAll(tokenPattern)].map((match) => `${from + match.index}:${match[0]}`);
}
const tokensByScanner = (text: string, from: number, to: number) =>
  tokenize(text, from, to).map((token) => `${token.start}:${foldCase(text).slice(token.start, token.end)}`);

// Letters and digits of several scripts and planes, apostrophes, emoji, halves of surrogate pairs.
const piece = fc.constantFrom(
  'a', 'Ø', 'å', 'ß', 'İ', 'ǅ', 'Σ', '7', '٣', '²', "'", '’', '!', '?', '«', '»', '"', ' ', '.', '-', '\n',
  '🙄', '😀', '©', '𝐀', '𝟙', '\ud83d', '\ude44', '\u0301', '\u200b', 'ﬁ', 'don’t', 'SKANDALE', '!!?',
);
const draft = fc.oneof(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), fc.string({ unit: 'binary', maxLength: 60 }));

describe('tokenize', () => {
  it('reads exactly what the token pattern matches, in any stretch of any text', () => {
    fc.assert(
      fc.property(draft, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(tokensByScanner(text, from, to)).toEqual(tokensByPattern(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps offsets in the text as written, with digits as 0 and words in capitals marked', () => {
    const tokens = tokenize('Ring 917 45 362 – SKANDALE!!! 🙄');
    expect(tokens.map((token) => [token.value, token.start, token.shouted])).toEqual([
      ['ring', 0, false], ['000', 5, false], ['00', 9, false], ['000', 12, false], ['skandale', 18, true], ['!!', 26, false], ['🙄', 30, false],
    ]);
  });

  it('marks a capitalised word inside a sentence as a name, not one that starts a sentence', () => {
    const tokens = tokenize('Hei Siv! «Mora» til Ahmed ringte. NAV svarte?');
    expect(tokens.filter((token) => token.capital).map((token) => token.value)).toEqual(['siv', 'ahmed']);
    expect(tokens.map((token) => token.value)).toContain('?');
  });
});
