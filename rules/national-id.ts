import { defineRule, type Detection } from '../lib/engine/rule';
import { eachMatch, foldCase, foldedLexicon, hasMatch } from '../lib/engine/text';
import { isNationalIdNumber } from './lib/national-id-number';

// Eleven digits, each optionally after up to three separators (a line break too: pasted numbers
// wrap; «010190 - 12345», a doubled space, «010190/12345»), not part of a longer digit run. The
// engine has already unified space and dash variants.
const separator = '[ .\\-\\n/_]{0,3}';
const elevenDigits = new RegExp(`(?<!\\d${separator})\\d(?:${separator}\\d){10}(?!${separator}\\d)`, 'gu');

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

export default defineRule({
  id: 'national-id',
  section: 'bevisst.taushetsplikt',
  quote: 'Ansatte har ytringsfrihet, men taushetsplikten gjelder også i de sosiale mediene.',
  severity: 'critical',
  messages: {
    nb: {
      message: 'Dette ser ut som et fødselsnummer eller D-nummer. Å legge det ut bryter taushetsplikten, og nummeret kan misbrukes.',
      suggestion: 'Fjern nummeret. Personopplysninger skal bare sendes gjennom sikre kanaler, som kommunens sikre skjema eller eDialog.',
    },
    nn: {
      message: 'Dette ser ut som eit fødselsnummer eller D-nummer. Å leggje det ut bryt teieplikta, og nummeret kan misbrukast.',
      suggestion: 'Fjern nummeret. Personopplysningar skal berre sendast gjennom sikre kanalar, som dei sikre skjemaa til kommunen eller eDialog.',
    },
    en: {
      message: 'This looks like a Norwegian national ID number (fødselsnummer or D-number). Posting it breaks the duty of confidentiality, and the number can be misused.',
      suggestion: 'Remove the number. Personal data must only go through secure channels, such as the official secure forms or eDialog.',
    },
  },
  examples: {
    fires: [
      { text: 'Hei, jeg får ikke logget inn med fødselsnummeret mitt 28010898414, hva gjør jeg?', flagged: '28010898414' },
      { text: 'Skjemaet hadde bare 260403.89414 skrevet øverst.', flagged: '260403.89414' },
    ],
    passes: ['Støtt korpset: konto 1607 62 38425.', 'Husk å ha fødselsnummer og BankID klart når du søker.'],
  },
  detect({ text }) {
    const detections: Detection[] = [];
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
      detections.push({ start, end });
    });
    return detections;
  },
});
