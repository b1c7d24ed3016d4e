import { eachMatch, foldCase, foldedLexicon, hasMatch, type Span } from '../../lib/engine/text';

/**
 * Norwegian national identity numbers (fødselsnummer, D-nummer, H-nummer and the synthetic test
 * numbers of Skatteetaten and NAV): DDMMYY + individual number (3) + 2 control digits. Validated
 * here and found in text (the national-id rule; a person a draft points out, for the others).
 */

const firstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const secondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

export type NationalIdKind = 'fødselsnummer' | 'D-nummer' | 'H-nummer' | 'synthetic';

const weightedRemainder = (digits: readonly number[], weights: readonly number[]) =>
  weights.reduce((sum, weight, index) => sum + weight * digits[index]!, 0) % 11;

/**
 * The birth year the individual number implies for a two-digit year, or undefined for the
 * combinations the population register never issues.
 */
export function birthYear(twoDigitYear: number, individualNumber: number): number | undefined {
  if (individualNumber <= 499) return 1900 + twoDigitYear;
  if (individualNumber >= 900 && twoDigitYear >= 40) return 1900 + twoDigitYear;
  if (twoDigitYear <= 39) return 2000 + twoDigitYear;
  if (individualNumber <= 749 && twoDigitYear >= 54) return 1800 + twoDigitYear;
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; Date.UTC handles leap years.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * What kind of national identity number `value` is (only its digits count), or undefined when it
 * is none: wrong length, no real birth date, or a failed control digit.
 *
 * Control digits: both weighted sums over all 11 digits must be ≡ 0 (mod 11). For people born
 * from 2032 on, the register may let the first sum leave a remainder of 0–3 (the first control
 * digit then has four possible values); we accept that only when the individual number and
 * year put the birth in 2032 or later, so older numbers keep the strict check.
 */
export function nationalIdKind(value: string): NationalIdKind | undefined {
  const digits = [...value.replace(/\D/g, '')].map(Number);
  if (digits.length !== 11) return undefined;
  const [d1, d2, m1, m2, y1, y2, i1, i2, i3] = digits as [number, number, number, number, number, number, number, number, number];

  let day = d1 * 10 + d2;
  let month = m1 * 10 + m2;
  let kind: NationalIdKind = 'fødselsnummer';
  if (day >= 41 && day <= 71) {
    day -= 40;
    kind = 'D-nummer';
  }
  if (month >= 81) {
    month -= 80;
    kind = 'synthetic';
  } else if (month >= 41) {
    // H-nummer and NAV's synthetic numbers share the month + 40 form.
    month -= 40;
    kind = 'H-nummer';
  }
  const year = birthYear(y1 * 10 + y2, i1 * 100 + i2 * 10 + i3);
  if (year === undefined || !isRealDate(year, month, day)) return undefined;

  const firstRemainder = weightedRemainder(digits, firstWeights);
  const firstAccepted = year >= 2032 ? firstRemainder <= 3 : firstRemainder === 0;
  if (!firstAccepted || weightedRemainder(digits, secondWeights) !== 0) return undefined;
  return kind;
}

export const isNationalIdNumber = (value: string): boolean => nationalIdKind(value) !== undefined;

// Eleven digits, each optionally after up to three separators (a line break too: pasted numbers
// wrap; «010190 - 12345», a doubled space, «010190/12345»), not part of a longer digit run on the
// same line: a number on the line under a phone number («Mobil 922 15 307⏎16084440063») is one of
// its own. The engine has already unified space and dash variants.
const separator = '[ .\\-\\n/_]{0,3}';
const sameLine = '[ .\\-/_]{0,3}';
const elevenDigits = new RegExp(`(?<!\\d${sameLine})\\d(?:${separator}\\d){10}(?!${sameLine}\\d)`, 'gu');

// How people write a birth number: 01019012345, 010190 12345, 010190-12345, 01.01.90 12345.
const usualLayouts = new Set(['11', '6 5', '2 2 2 5']);

// Words that make an eleven-digit number a birth number even when written in an odd layout.
const idContext = foldedLexicon([
  'fødselsnummer*', 'fødselsnr', 'fødselsnr.', 'personnummer*', 'personnr', 'personnr.', 'fnr', 'fnr.', 'f.nr', 'f.nr.',
  'd-nummer*', 'd-nr', 'd-nr.', 'd nummer', 'd number', 'd-number', 'h-nummer*', 'h-number', 'id-nummer*',
  'national id*', 'national identity number', 'id number', 'personal number', 'birth number',
]);
// A bank account number passes the same control as the second fnr digit; "konto" nearby decides.
const accountContext = /(?<!\p{L})\p{L}{0,20}?(?:konto|kto)(?:en|a|er|ene|nr|nummer|nummeret|numre)?(?!\p{L})|(?<!\p{L})(?:account|acct|iban)(?!\p{L})/giu;

const contextBefore = 60;
const contextAfter = 30;

/** The digit groups of a number as written, e.g. "6 5" for "010190 12345". */
const layoutOf = (written: string) =>
  written
    .split(/\D+/u)
    .map((group) => group.length)
    .join(' ');

// The national-id rule and findPersons both ask, for the same draft: it is scanned once.
let lastText: string | undefined;
let lastFound: Span[] = [];

/**
 * The national identity numbers written in `text`: eleven digits that pass the control, in a
 * usual layout or named as an id; next to a bank-account word, both.
 */
export function findNationalIds(text: string): Span[] {
  if (text !== lastText) lastFound = scanNationalIds(text);
  lastText = text; // an equal draft in a new string: kept, as in foldCase
  return [...lastFound];
}

function scanNationalIds(text: string): Span[] {
  const found: Span[] = [];
  eachMatch(elevenDigits, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!isNationalIdNumber(match[0])) return;
    const windowStart = Math.max(0, start - contextBefore);
    const windowEnd = Math.min(text.length, end + contextAfter);
    const namedAsId = hasMatch(idContext, foldCase(text), windowStart, windowEnd);
    const usualLayout = usualLayouts.has(layoutOf(match[0]));
    // An odd layout needs the id named; an account word nearby needs both.
    const nearAccount = hasMatch(accountContext, text, windowStart, windowEnd);
    if (nearAccount ? !(namedAsId && usualLayout) : !(namedAsId || usualLayout)) return;
    found.push({ start, end });
  });
  return found;
}
