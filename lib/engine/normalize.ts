/**
 * The engine's first stage: pasted text reaches the rules and the model in one canonical form, so
 * «Idiot», a fødselsnummer with a zero-width space or full-width digits and a thin space read the
 * same as typed text. Every offset in the normalised text maps back into the original, so findings
 * and highlights still point at exactly what the person wrote.
 */
import type { Span } from './text';

export interface NormalizedText {
  /** The canonical text the rules and the model read. */
  readonly text: string;
  /** The span of the original text that `span` of the normalised text came from. */
  toOriginal(span: Span): Span;
}

// Format characters (zero-width space/joiners, soft hyphen, bidi marks, BOM) carry nothing a rule
// needs and hide words and numbers from it.
const formatChar = /\p{Cf}/u;
// White space other than tab and line breaks: no-break, thin, narrow, ideographic …
const spaceVariant = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
// Hyphens, dashes and the minus sign.
const dashVariant = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/u;
const nonAsciiDigit = /(?![0-9])\p{Nd}/u;
const combiningMark = /\p{M}/u;
const codePointLength = (text: string, index: number) => (text.codePointAt(index)! > 0xffff ? 2 : 1);
// Combining marks start at U+0300; the cheap test first, as this runs on every character of a paste.
const isCombining = (text: string, index: number) =>
  text.charCodeAt(index) >= 0x300 && combiningMark.test(String.fromCodePoint(text.codePointAt(index)!));
// Anything that may change under the steps below; text without it is returned as it is. Without the u flag
// a long paste is scanned four times as fast; a surrogate pair is found at its first half, as with it.
const mayChange = /[^\t\n\r\x20-\x7e\u00c0-\u00ff]/;

const isDecimalDigit = (code: number) => /\p{Nd}/u.test(String.fromCodePoint(code));

/** The ASCII digit of any Unicode decimal digit: Unicode keeps them in runs of ten, 0 to 9. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let first = code;
  while (isDecimalDigit(first - 1)) first--;
  return String((code - first) % 10);
}

function canonical(segment: string): string {
  if (formatChar.test(segment)) return '';
  if (spaceVariant.test(segment)) return ' ';
  if (dashVariant.test(segment)) return '-';
  const normalized = segment.normalize('NFKC');
  return nonAsciiDigit.test(normalized) ? normalized.replace(/\p{Nd}/gu, asciiDigit) : normalized;
}

const identity = (text: string): NormalizedText => ({ text, toOriginal: (span) => ({ start: span.start, end: span.end }) });

/** A stretch of the normalised text that differs from the original stretch it came from. */
interface ChangedPiece {
  from: number;
  to: number;
  originalFrom: number;
  originalTo: number;
}

/** The last piece whose `from` satisfies `before`, by binary search over pieces in text order. */
function lastPiece(pieces: readonly ChangedPiece[], before: (from: number) => boolean): ChangedPiece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  let found: ChangedPiece | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (before(pieces[middle]!.from)) {
      found = pieces[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * NFKC, format characters removed, space and dash variants unified, decimal digits in ASCII.
 * Linear: runs of plain text are copied as they are; each other character is normalised together
 * with its combining marks (and the letter before them), and only those pieces are remembered.
 */
export function normalizeText(original: string): NormalizedText {
  const special = new RegExp(mayChange.source, 'g');
  const parts: string[] = [];
  const pieces: ChangedPiece[] = [];
  let length = 0;
  let copiedUpTo = 0;
  const copy = (to: number) => {
    if (to > copiedUpTo) parts.push(original.slice(copiedUpTo, to)), (length += to - copiedUpTo);
    copiedUpTo = to;
  };
  for (let match = special.exec(original); match; match = special.exec(original)) {
    let from = match.index;
    // A combining mark belongs with the letter before it (NFD «a» + ring → «å»).
    if (isCombining(original, from) && from > copiedUpTo) from -= from >= 2 && /[\udc00-\udfff]/.test(original[from - 1]!) ? 2 : 1;
    let to = match.index + codePointLength(original, match.index);
    while (to < original.length && isCombining(original, to)) to += codePointLength(original, to);
    special.lastIndex = to;
    const segment = original.slice(from, to);
    const output = canonical(segment);
    if (output === segment) continue;
    copy(from);
    parts.push(output);
    pieces.push({ from: length, to: length + output.length, originalFrom: from, originalTo: to });
    length += output.length;
    copiedUpTo = to;
  }
  if (pieces.length === 0) return identity(original);
  copy(original.length);
  const text = parts.join('');
  const startOf = (offset: number) => {
    const piece = lastPiece(pieces, (from) => from <= offset);
    if (!piece) return offset;
    return offset < piece.to ? piece.originalFrom : piece.originalTo + (offset - piece.to);
  };
  const endOf = (offset: number) => {
    const piece = lastPiece(pieces, (from) => from < offset);
    if (!piece) return offset;
    return offset <= piece.to ? piece.originalTo : piece.originalTo + (offset - piece.to);
  };
  return {
    text,
    toOriginal({ start, end }) {
      const from = startOf(start);
      return { start: from, end: end > start ? Math.max(from, endOf(end)) : from };
    },
  };
}
