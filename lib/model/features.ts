/**
 * What the learned layer sees of a text: hashed word unigrams and bigrams, character 4-grams
 * inside words (with word-boundary marks) (they join Bokmål, Nynorsk, dialect and split compounds: «bekymringsmelding»,
 * «bekymrings melding»), emoji, ! and ?. Digits read as 0, so every phone number looks alike; a word
 * in capitals adds a shouting feature, and a capitalised word inside a sentence a name feature with
 * its neighbours («hei <N>»). Shared by training (Node) and prediction (content script): both must
 * hash identically.
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

/** Tokens with their offsets in `text`; digits are 0 in the token, offsets stay the text's own. */
export interface Token {
  value: string;
  start: number;
  end: number;
  shouted: boolean;
  /** Starts with a capital inside a sentence: most often a name («Hei Siv», «moren til Ahmed»). */
  capital: boolean;
}

/**
 * The tokens of `text[from, to)`: what `tokenPattern` matches, read by a hand-written scanner
 * (the regex cost a long paste more than hashing its features; a test holds the two equal).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const folded = foldCase(text);
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    let value = folded.slice(start, end);
    if (hasDigit(value)) value = value.replace(/\d/g, '0');
    else if (value.startsWith('!') || value.startsWith('?')) value = value.slice(0, 2);
    // Only a word whose first letter lower-casing changed can be in capitals.
    const upper = text.charCodeAt(start) !== folded.charCodeAt(start);
    const shouted = end - start >= 3 && upper && isShouted(text.slice(start, end));
    const capital = upper && !shouted && !startsSentence(text, from, start);
    tokens.push({ value, start, end, shouted, capital });
  };
  let at = from;
  while (at < to) {
    const code = codePointBefore(folded, at, to);
    const width = code > 0xffff ? 2 : 1;
    const kind = characterKind(code);
    if (kind & (letter | number)) {
      let end = at + width;
      // [\p{L}\p{N}]+, then any number of ['’][\p{L}]+
      end = skipWhile(folded, end, to, letter | number);
      for (;;) {
        const mark = folded.charCodeAt(end);
        if (end + 1 >= to || (mark !== 39 && mark !== 0x2019) || !(characterKind(codePointBefore(folded, end + 1, to)) & letter)) break;
        end = skipWhile(folded, end + 1, to, letter);
      }
      push(at, end);
      at = end;
    } else if (kind & pictographic) {
      push(at, at + width);
      at += width;
    } else if ((code === 33 || code === 63) && at + 1 < to && isBang(folded.charCodeAt(at + 1))) {
      let end = at + 2;
      while (end < to && isBang(folded.charCodeAt(end))) end++;
      push(at, end);
      at = end;
    } else {
      // A single ! or ? is a token too: a rhetorical question or an exclamation weighs.
      if (code === 0xab || code === 0xbb || code === 34 || isBang(code)) push(at, at + 1);
      at += width;
    }
  }
  return tokens;
}

/** What the scanner reads, as one pattern: the test that holds the scanner to it uses this. */
export const tokenPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}|[!?]+|[«»"]/gu;

const letter = 1;
const number = 2;
const pictographic = 4;
const isBang = (code: number) => code === 33 || code === 63;

// Character classes by code point, looked up once each: a table for the first plane, a map beyond.
const kindOfBasic = new Uint8Array(0x10000);
const kindOfAstral = new Map<number, number>();
function characterKind(code: number): number {
  if (code < 0x10000) {
    const known = kindOfBasic[code]!;
    if (known !== 0) return known & 7;
    const kind = classify(code);
    kindOfBasic[code] = kind | 8; // 8: looked up
    return kind;
  }
  let kind = kindOfAstral.get(code);
  if (kind === undefined) kindOfAstral.set(code, (kind = classify(code)));
  return kind;
}
function classify(code: number): number {
  // A lone surrogate is no character: the pattern with its u flag never matches one.
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  const character = String.fromCodePoint(code);
  return (/\p{L}/u.test(character) ? letter : 0) | (/\p{N}/u.test(character) ? number : 0) | (/\p{Extended_Pictographic}/u.test(character) ? pictographic : 0);
}
/** The offset after the characters from `at` (before `to`) whose kind has one of `kinds`. */
function skipWhile(text: string, at: number, to: number, kinds: number): number {
  while (at < to) {
    const code = codePointBefore(text, at, to);
    if (!(characterKind(code) & kinds)) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}
/** The code point at `at`, or the lone half of a pair that `to` cuts, as the text up to `to` reads. */
function codePointBefore(text: string, at: number, to: number): number {
  const code = text.codePointAt(at)!;
  return code > 0xffff && at + 2 > to ? text.charCodeAt(at) : code;
}

/** Whether only spaces, quotes and dashes stand between `at` and a sentence mark or the unit's start. */
function startsSentence(text: string, from: number, at: number): boolean {
  for (let index = at - 1; index >= from; index--) {
    const code = text.charCodeAt(index);
    if (code === 46 || code === 33 || code === 63 || code === 58 || code === 10) return true; // . ! ? : and a line break
    if (!sentenceOpeners.has(code)) return false;
  }
  return true;
}
// Space, quotes, brackets, dashes, @ and # may stand before a sentence's first word.
const sentenceOpeners = new Set([...' "«»“”(-–—@#\t'].map((character) => character.charCodeAt(0)));

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
 * Calls `visit` with every feature of the tokens and the index of the token it came from, to
 * explain a score. Repeats are visited too (the model counts each distinct hash once), except a
 * repeated word's own features (the word and its 4-grams), which its first occurrence visited:
 * a long paste repeats most of its words, and hashing their 4-grams again was most of the work.
 */
export function forEachFeature(tokens: readonly Token[], visit: (hash: number, token: number) => void): void {
  const words = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const { value, shouted } = tokens[index]!;
    const repeated = words.has(value);
    if (!repeated) {
      words.add(value);
      visit(fold(fnv(wordPrefix, value)), index);
    }
    if (shouted) visit(shoutedFeature, index);
    const next = tokens[index + 1];
    if (next) visit(fold(fnv(fnv(fnv(bigramPrefix, value), ' '), next.value)), index);
    // A name inside a sentence: the words around it generalise over every name («Hei <N>», «<N> (17)»). Every word
    // within four of a name as a feature of its own («Mora til <N> har fått demens») scored the same out of fold and
    // 86.3 against 86.6 macro-F1 on four fresh test batches, the judge chosen beforehand (December 2026).
    if (tokens[index]!.capital) {
      visit(capitalFeature, index);
      const previous = tokens[index - 1];
      if (previous) visit(fold(fnv(fnv(bigramPrefix, previous.value), ' <N>')), index);
      if (next) visit(fold(fnv(fnv(bigramPrefix, '<N> '), next.value)), index);
    }
    if (repeated || value.length < charGram - 1 || isNumber(value)) continue;
    // The 4-grams of «<word>», hashed from the word itself: no padded string per token.
    const last = value.length + 2 - charGram;
    for (let at = 0; at <= last; at++) {
      let state = charPrefix;
      for (let offset = at; offset < at + charGram; offset++) {
        state = fnvStep(state, offset === 0 ? 60 /* < */ : offset === value.length + 1 ? 62 /* > */ : value.charCodeAt(offset - 1));
      }
      visit(fold(state), index);
    }
  }
}

// Digits read as 0, so a token of zeros is a number: it has no character n-grams.
function isNumber(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 48) return false;
  return true;
}

const shoutedFeature = hashFeature('s shouted');
const capitalFeature = hashFeature('s capital');
