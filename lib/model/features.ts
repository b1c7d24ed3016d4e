/**
 * What the learned layer sees of a text: hashed word unigrams and bigrams, character 4-grams
 * inside words (with word-boundary marks) (they join Bokmål, Nynorsk, dialect and split compounds: «bekymringsmelding»,
 * «bekymrings melding»), emoji and runs of ! and ?. Digits read as 0, so every phone number looks
 * alike; a word in capitals adds a shouting feature. Shared by training (Node) and prediction (content script): both must hash identically.
 */
import { foldCase } from '../engine/text';

export const hashBits = 20;
const hashMask = (1 << hashBits) - 1;

const fnvOffset = 0x811c9dc5;

/** One FNV-1a step: `state` continued by one UTF-16 code unit. */
const fnvStep = (state: number, code: number) => Math.imul(state ^ code, 0x01000193);

/** FNV-1a over the UTF-16 code units of `text[from, to)`, continuing from `state`. */
function fnv(state: number, text: string, from = 0, to = text.length): number {
  for (let index = from; index < to; index++) state = fnvStep(state, text.charCodeAt(index));
  return state;
}

const fold = (state: number) => (state ^ (state >>> hashBits)) & hashMask;

/** The hash bucket of a feature written out, e.g. `w kommunestyret` or `c <kom`. */
export const hashFeature = (feature: string): number => fold(fnv(fnvOffset, feature));

// Hashing continues from these prefixes, so no feature string is ever built (a paste has many).
const wordPrefix = fnv(fnvOffset, 'w ');
const bigramPrefix = fnv(fnvOffset, 'b ');
const charPrefix = fnv(fnvOffset, 'c ');

// Character 4-grams only: 3-grams and 5-grams made the model larger and worse on batches it had
// not seen (cross-fitted by batch, December 2026).
const charGram = 4;

// Words (letters, digits, apostrophes inside), emoji, and runs of ! or ? as tokens of their own.
const tokenPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}|[!?]{2,}|[«»"]/gu;

/** Tokens with their offsets in `text`; digits are 0 in the token, offsets stay the text's own. */
export interface Token {
  value: string;
  start: number;
  end: number;
  shouted: boolean;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const folded = foldCase(text).slice(from, to);
  const tokens: Token[] = [];
  for (const match of folded.matchAll(tokenPattern)) {
    let value = hasDigit(match[0]) ? match[0].replace(/\d/g, '0') : match[0];
    if (value.startsWith('!') || value.startsWith('?')) value = value.slice(0, 2);
    const start = from + match.index;
    const end = start + match[0].length;
    // Only a word whose first letter lower-casing changed can be in capitals.
    const shouted = end - start >= 3 && text.charCodeAt(start) !== match[0].charCodeAt(0) && isShouted(text.slice(start, end));
    tokens.push({ value, start, end, shouted });
  }
  return tokens;
}

function hasDigit(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

// A word in capitals («ALDRI», «SKANDALE»): shouting, which lower-casing would hide.
const isShouted = (word: string) => /^\p{Lu}+$/u.test(word);

/**
 * Calls `visit` with every feature of the tokens (repeats included; the model counts each
 * distinct hash once) and the index of the token it came from, to explain a score.
 */
export function forEachFeature(tokens: readonly Token[], visit: (hash: number, token: number) => void): void {
  tokens.forEach((token, index) => {
    visit(fold(fnv(wordPrefix, token.value)), index);
    if (token.shouted) visit(shoutedFeature, index);
    const next = tokens[index + 1];
    if (next) visit(fold(fnv(fnv(fnv(bigramPrefix, token.value), ' '), next.value)), index);
    if (token.value.length < charGram - 1 || isNumber(token.value)) return;
    // The 4-grams of «<word>», hashed from the word itself: no padded string per token.
    const { value } = token;
    const codeAt = (offset: number) => (offset === 0 ? 60 /* < */ : offset === value.length + 1 ? 62 /* > */ : value.charCodeAt(offset - 1));
    for (let at = 0; at + charGram <= value.length + 2; at++) {
      let state = charPrefix;
      for (let offset = at; offset < at + charGram; offset++) state = fnvStep(state, codeAt(offset));
      visit(fold(state), index);
    }
  });
}

// Digits read as 0, so a token of zeros is a number: it has no character n-grams.
function isNumber(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 48) return false;
  return true;
}

const shoutedFeature = hashFeature('s shouted');
