import { defineRule, type Detection, type RuleExamples } from '../lib/engine/rule';
import { findAll, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, type Span } from '../lib/engine/text';

// A run of capitals (digits and hyphens allowed: "50-ÅRSDAGEN"). Latin capitals only, written out:
// Unicode classes here cost ~10 ms on 63,000 characters. Word boundaries are checked in code.
const capitalWord = /[A-Z\u00c0-\u00d6\u00d8-\u00de0-9][A-Z\u00c0-\u00d6\u00d8-\u00de0-9'’-]*/g;
const upperLetter = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/g;
// Before a word: not inside another word, not a #hashtag or @mention. After: not running on into lower case.
const joinedBefore = /[\p{L}\p{N}\p{M}_#@]/u;
const joinedAfter = /[\p{L}\p{N}\p{M}_]/u;
const lowerLetter = /\p{Ll}/u;
// Runs, not letters, for hasMatch: it indexes the whole text once, and a span per letter would be many.
const lowerCase = /\p{Ll}+/gu;

// Capitalised abbreviations staff write all the time: they are names, not shouting.
const acronyms = new Set([
  'NAV', 'SFO', 'PPT', 'FAU', 'MDG', 'NB', 'OBS', 'KRF', 'FRP', 'SV', 'SP', 'AP', 'RØDT', 'KS', 'LO', 'NHO',
  'UDI', 'IMDI', 'BUP', 'DPS', 'PPS', 'HMS', 'AMU', 'IKT', 'IT', 'HR', 'TV', 'PC', 'PDF', 'SMS', 'ID', 'PIN',
  'NRK', 'VG', 'TV2', 'DNB', 'EU', 'EØS', 'FN', 'NATO', 'USA', 'UK', 'BBC', 'VGS', 'KL', 'CO2', 'OK', 'ATV',
  'COOP', 'KIWI', 'REMA', 'IKEA', 'NSB', 'SVV', 'NVE', 'FHI', 'UNICEF', 'OECD', 'DIY', 'FAQ', 'GDPR', 'RSVP',
]);

// Shouting: at least three capitalised words in a row, or a whole sentence in capitals.
const shoutingRunLength = 3;

// A run of ! and ? (and the double-mark characters, which count as two). A pile is three or more:
// «Ring 110!!» and a doubled «??» are ordinary emphasis (corpus/LABELLING.md), «!!!» is not.
const markRun = /(?:[!?❗❕❓❔‼⁇⁈⁉]\uFE0F?)+/gu;
const doubleMark = /[‼⁇⁈⁉]/gu;
const markPileLength = 3;
const marksIn = (run: string) => run.replace(/\uFE0F/gu, '').length + (run.match(doubleMark)?.length ?? 0);

const heatedWords = foldedLexicon([
  // nb / nn
  'rasende', 'rasande', 'forbanna', 'forbannet', 'fly forbanna', 'forkastelig', 'forkastelige',
  'forkasteleg', 'forkastelege', 'skandaløst', 'skandaløs', 'skandaløse', 'skandaløst dårlig', 'hårreisende',
  'hårreisande', 'opprørende', 'opprørande', 'harmdirrende', 'jeg er så lei', 'eg er så lei', 'jeg er drittlei',
  'eg er drittlei', 'drittlei', 'så jævla lei', 'kva i all verda', 'hva i all verden', 'kva i all verden',
  'hva i huleste', 'kva i huleste', 'hva i helvete', 'kva i helvete', 'hva faen', 'kva faen', 'jeg koker',
  'eg kokar', 'til å bli gal av', 'jeg blir gal', 'eg blir gal', 'skammelig', 'skammeleg', 'skam dere',
  'skam deg', 'jeg er så sint', 'eg er så sint', 'jeg er sint', 'eg er sint',
  // en
  'outrageous', 'disgraceful', 'furious', 'livid', 'fuming', 'appalling', 'shameful', 'scandalous', 'disgusting',
  'absolutely ridiculous', 'sick and tired', 'fed up', 'so angry', 'shame on you', 'what the hell', 'wtf',
]);
// "i rasende fart", "rasende populær": the word as an intensifier, not anger.
const intensifierUse = /^\s+(?:fart|tempo|populære?|populært|rask\w*|fort)(?![\p{L}])/iu;

function isShouting(word: string): boolean {
  return (word.match(upperLetter)?.length ?? 0) >= 2 && !acronyms.has(word.toUpperCase());
}

/** Runs of capitalised words with no lower-case letter between them; one-letter words ("I", "Å") and numbers carry on a run. */
function shoutingRuns(text: string, sentences: () => readonly Span[]): Span[] {
  const runs: Span[] = [];
  let run: (Span & { words: number }) | undefined;
  const close = () => {
    if (!run) return;
    const sentence = sentences()[sentenceIndexAt(sentences(), run.start)];
    const wholeSentence = sentence !== undefined && !hasMatch(lowerCase, text, sentence.start, sentence.end);
    if (run.words >= shoutingRunLength || (run.words >= 2 && wholeSentence)) runs.push({ start: run.start, end: run.end });
    run = undefined;
  };
  for (const word of findAll(capitalWord, text)) {
    const value = text.slice(word.start, word.end);
    if (!isShouting(value) || joinedBefore.test(text[word.start - 1] ?? '') || joinedAfter.test(text[word.end] ?? '')) continue;
    if (run && lowerLetter.test(text.slice(run.end, word.start))) close();
    if (run) {
      run.end = word.end;
      run.words++;
    } else {
      run = { ...word, words: 1 };
    }
  }
  close();
  return runs;
}

export const examples: RuleExamples = {
  fires: [
    { text: 'HVORFOR SVARER INGEN PÅ TELEFONEN?', flagged: 'HVORFOR SVARER INGEN PÅ TELEFONEN' },
    { text: 'Nå må folk slutte å kaste søppel i fjæra!!!', flagged: '!!!' },
    { text: 'Dette er helt forkastelig.', flagged: 'forkastelig' },
  ],
  passes: ['Husk at NAV, SFO og PPT har egne åpningstider i sommer.', 'God helg fra oss alle!'],
};

export default defineRule({
  id: 'tone',
  section: 'saklig.apen-kanal',
  quote: 'Det du legger ut kan bli lest og/eller videreformidlet av mange til mange, og blir stående "til evig tid".',
  severity: 'info',
  messages: {
    nb: {
      message: 'Store bokstaver, mange utropstegn eller sterke ord leses som roping eller sinne, og innlegget blir stående.',
      suggestion: 'Skriv med vanlige bokstaver og ett tegn, og vent gjerne til du har roet deg før du publiserer.',
    },
    nn: {
      message: 'Store bokstavar, mange utropsteikn eller sterke ord blir lesne som roping eller sinne, og innlegget blir ståande.',
      suggestion: 'Skriv med vanlege bokstavar og eitt teikn, og vent gjerne til du har roa deg før du publiserer.',
    },
    en: {
      message: 'Capitals, piles of exclamation marks or heated words read as shouting or anger, and the post stays up.',
      suggestion: 'Use normal capitalisation and a single mark, and consider waiting until you have cooled down before posting.',
    },
  },
  detect({ text, sentences }) {
    const detections: Detection[] = [
      ...shoutingRuns(text, () => sentences),
      ...findAll(markRun, text).filter((run) => marksIn(text.slice(run.start, run.end)) >= markPileLength),
      ...findAll(heatedWords, foldCase(text)).filter((word) => !intensifierUse.test(text.slice(word.end, word.end + 20))),
    ];
    return detections.sort((a, b) => a.start - b.start);
  },
});
