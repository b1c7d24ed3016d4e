import { defineRule, type Detection, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { weighEvidence } from './lib/learned';
import { badSituation, hyperbole, ironicEmoji, isPlainlySincere, isSincere, isUnclouded, praise, sincere, turnsToPraise } from './lib/praise';
import { findAll, firstMatch, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, sentenceWindow, type Span } from '../lib/engine/text';
import { enclosingQuote, quotedPassages, quotedSpeech, reportedSpeech } from './lib/quotes';
import { dropOverlaps, inSentences } from './lib/sentences';

// Markers that are ironic on their own.
const ironyMarkers = foldedLexicon([
  'takk for ingenting', 'takk for ingen ting', 'tusen takk for ingenting', 'thanks for nothing', 'thanks a lot for nothing',
  'living the dream', 'livin the dream', 'oh great', 'oh joy', 'oh wonderful', 'oh fantastic', 'oh goody', 'yeah right',
  'ja sikkert', 'ja, sikkert', 'ja visst', 'sure, because', 'sure because', 'because that worked so well',
  'what could possibly go wrong', 'hva kan vel gå galt', 'hva kan gå galt', 'kva kan vel gå gale', 'kva kan gå gale',
  'said no one ever', 'sa ingen noensinne', 'drømmejobben altså', 'draumejobben altså', 'ledelse på sitt beste', 'leiing på sitt beste',
  'byråkrati på sitt beste', 'bureaucracy at its finest', 'bureaucracy at its best', 'genius move', 'genius work', 'truly a masterpiece',
  'design masterpiece', 'ten out of ten, no notes',
]);
// The eye-roll needs no words; "/s" closes a sarcastic line.
// A run of eye-rolls is one sign.
const ironySigns = /🙄+|(?<!\S)\/s(?![\p{L}\p{N}])/gu;

// "Ja takk", "jo da", "sikkert": ironic only with a second signal.
const yesPlease = foldedLexicon(['ja takk', 'ja, takk', 'ja tack', 'yes please', 'yes, please']);
const ofCourse = foldedLexicon(['jo da', 'jo, da', 'joda', 'jada', 'ja da']);
// «Jo da, det går fint å bytte vakt»: «fint» there says yes to a request, it praises nothing.
const itIsFine = foldedLexicon(['går fint', 'går helt fint', 'gikk fint', 'gikk helt fint', 'gjekk fint', 'gjekk heilt fint', 'kan fint']);
const surely = foldedLexicon(['sikkert', 'surely', 'i’m sure', "i'm sure"]);

// Scare quotes: a short, lower-case phrase in quotes after a word ("Dagens «sunne» lunsj", HR 'listens').
// Titles and names start with a capital («Sommerles», 'The Liar's Daughter') and are left alone.
const scareQuoted = /^.[\p{Ll}][\p{L}-]*(?:\s[\p{L}-]+){0,2}.$/u;
const afterWord = /[\p{L}\p{N}][\s,]*$/u;
// Word stems of praise and service, at the start of any word in the quotes. Short words that begin
// other words («finalistar», «bestilling», «åpenbart») must be whole.
const praisedInQuotes =
  /(?<![\p{L}])(?:sunn|sunt|næring|nutriti|health|hjelp|servic|informa|listen|lytt|hører|høyrer|dialog|medvirk|involv|consult|feedback|tilbakemeld|help|rask|quick|express|ekspress|gratis|free|smart|effekt|effici|modern|forbedr|improv|oppgrad|upgrad|trygg(?!hets)|safe|fleksib|flexib|transparen|brukervenn|user-friendly|kvalitet|quality|flott|great|nice|finish|ferdig|(?:åpen|åpne?t|åpenhet|openheit|open|openness|beste?|fin|fine|fint|finaste|fineste|final)(?![\p{L}]))/iu;
const quoteFraming = foldedLexicon([
  'another', 'yet another', 'enda en', 'enda ein', 'nok en', 'nok ein', 'nok et', 'nok eit', 'dagens', 'såkalte',
  'såkalla', 'so-called', 'this', 'our', 'vår', 'våre',
]);

/** Sentence `index` with its neighbours: irony often sits in the line after the praise. */
function around(context: RuleContext, index: number): Span {
  return sentenceWindow(context.sentences, index, 1, 1);
}

function indexOfSentence(context: RuleContext, offset: number): number {
  return Math.max(0, sentenceIndexAt(context.sentences, offset));
}

const has = (pattern: RegExp, text: string, span: Span) => hasMatch(pattern, text, span.start, span.end);
const hasEmoji = (text: string, span: Span) => has(ironicEmoji, text, span);

/** Praise in a sentence about something bad, or next to an ironic emoji, that is no thank-you or good news. */
function ironicPraise(context: RuleContext): Detection[] {
  const { sentences } = context;
  const text = foldCase(context.text);
  const flagged = new Set<number>();
  const detections: Detection[] = [];
  for (const word of findAll(praise, text)) {
    const index = indexOfSentence(context, word.start);
    if (flagged.has(index)) continue;
    const sentence = sentences[index]!;
    const window = around(context, index);
    if (has(sincere, text, sentence)) continue;
    if (has(badSituation, text, sentence) || hasEmoji(text, window) || has(hyperbole, text, sentence)) {
      flagged.add(index);
      detections.push(word);
    }
  }
  return detections;
}

/**
 * "Ja takk" after something bad or with an ironic emoji. «Ja takk, begge deler» alone is the
 * idiom for a glad yes to two good things.
 */
function ironicYes(context: RuleContext): Detection[] {
  const text = foldCase(context.text);
  return findAll(yesPlease, text).filter((span) => {
    const index = indexOfSentence(context, span.start);
    const sentence = context.sentences[index]!;
    const previous = sentenceWindow(context.sentences, index, 1, 0);
    return hasEmoji(text, sentence) || has(badSituation, text, previous);
  });
}

/** "Jo da" followed by praise or "sikkert"; "sikkert" about something implausible. */
function ironicConcession(context: RuleContext): Detection[] {
  const text = foldCase(context.text);
  const concessions = findAll(ofCourse, text).filter((span) => {
    const window = around(context, indexOfSentence(context, span.start));
    const rest = { start: span.end, end: window.end };
    return (has(praise, text, rest) && !has(itIsFine, text, rest)) || has(surely, text, rest) || hasEmoji(text, rest);
  });
  const implausible = findAll(surely, text).filter((span) => {
    const sentence = context.sentences[indexOfSentence(context, span.start)]!;
    return has(hyperbole, text, sentence) || hasEmoji(text, sentence) || has(ofCourse, text, sentence);
  });
  return [...concessions, ...implausible];
}

// A verdict that closes a complaint in a few words: «Logisk.», «Framsteg!», «Best onboarding ever.»
const verdictWords = foldedLexicon([
  'logisk', 'logical', 'genialt', 'genialt tenkt', 'framsteg', 'fremskritt', 'progress', 'prioriteringer', 'prioriteringar',
  'priorities', 'rause greier', 'raust', 'generous', 'rettferdig', 'rettferdig fordelt', 'pedagogisk', 'modern', 'moderne',
  'effektivt', 'efficient', 'imponerende', 'imponerande', 'impressive', 'gjennomtenkt', 'kjempesmart', 'godt tenkt',
  'flott planlagt', 'top notch', 'groundbreaking', 'historic', 'klassisk', 'classic', 'bra jobba', 'well played',
  'innovativt', 'innovative', 'visionary', 'democratic', 'demokratisk', 'stort fremskritt', 'stort framsteg',
  ...['strålende', 'strålande', 'fantastisk', 'great', 'brilliant', 'genius', 'perfekt', 'perfect', 'smart'],
]);
// A complaint of something still not done, again or never: after one, praise in a few words is irony nine times in
// ten (76 of 86 development drafts, December 2026), as sure as a warning needs, so the model does not overrule it.
const persistentWords = ['ingen', 'inga', 'ingenting', 'aldri', 'never', 'nobody', 'zero', 'still', 'fortsatt', 'framleis', 'fremdeles', 'igjen', 'again'];
const persistentComplaint = foldedLexicon(persistentWords);
// What the sentence before a verdict complains of: something missing, late, again, or still not done.
const complaintCues = foldedLexicon([
  ...persistentWords, 'ikke', 'ikkje', 'uten', 'utan', 'not', 'no', 'without', 'men', 'but', 'bare', 'berre', 'only', 'halvparten', 'half',
]);
const word = /\p{L}+/gu;
/** At most four words (and 80 characters): counted, as a pattern for it backtracks on runs of non-letters. */
function isShort(text: string, sentence: Span): boolean {
  if (sentence.end - sentence.start > 80) return false;
  return (text.slice(sentence.start, sentence.end).match(word)?.length ?? 0) <= 4;
}

/** A sentence of a few words of praise after a sentence that complains: the praise is the irony. */
function ironicVerdict(context: RuleContext): Detection[] {
  const { text, sentences } = context;
  const folded = foldCase(text);
  const detections: Detection[] = [];
  for (let index = 1; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (!isShort(text, sentence)) continue;
    const verdict = firstMatch(verdictWords, folded, sentence.start, sentence.end);
    if (!verdict) continue;
    const before = sentences[index - 1]!;
    // «Det var ikke lett å finne parkering, men konserten var nydelig. Fantastisk!» is praise twice.
    if (isSincere(folded, before) || !has(complaintCues, folded, before)) continue;
    detections.push(has(persistentComplaint, folded, before) ? { ...verdict, certain: true } : verdict);
  }
  return detections;
}

/** Scare quotes around a word of praise, or a quoted phrase framed as "another 'information meeting'". */
function scareQuotes(context: RuleContext, passages: readonly Span[]): Detection[] {
  const { text } = context;
  let folded: string | undefined;
  return passages.filter((quote) => {
    const quoted = text.slice(quote.start, quote.end);
    if (!scareQuoted.test(quoted) || !afterWord.test(text.slice(Math.max(0, quote.start - 3), quote.start))) return false;
    if (namedMeasure.test(text.slice(quote.end, quote.end + 60))) return false;
    if (praisedInQuotes.test(quoted)) return true;
    folded ??= foldCase(text);
    return firstMatch(quoteFraming, folded, Math.max(0, quote.start - 14), quote.start) !== undefined;
  });
}
// A quote explained right after as what it names («eldre hjelper eldre», eit viktig tiltak …): a measure's or a
// programme's name, not scare quotes.
const namedMeasure =
  /^\s*[,–—-]\s*(?:(?:eit|ein|ei|et|en|a|an|the|vårt|vår|our)\s+)?(?:\p{L}+\s+)?(?:tiltak|tiltaket|prosjekt|prosjektet|tilbod|tilbodet|tilbud|tilbudet|program|programmet|ordning|ordninga|ordningen|kampanje|kampanjen|satsing|satsinga|satsingen|initiative|project|scheme|programme|program|campaign)(?!\p{L})/iu;

const countedInQuotes = /(?<![\p{L}\p{N}])(?:\d{1,4}|tre|fire|fem|seks|sju|syv|åtte|ni|ti|tolv|two|three|four|five|six|seven|eight|nine|ten|twelve)\s[«“"]\p{Ll}/gu;
// An instruction that quotes a button or a menu item («Trykk på «bestilling» i menyen»): the quotes name
// a control, they do not mock it, so the model alone does not read irony into them.
const namesAControl = foldedLexicon(['trykk på', 'klikk på', 'knappen', 'menyen', 'click on', 'tap on', 'the button', 'the menu']);

export const examples: RuleExamples = {
  fires: [
    { text: 'Så flott at bussen er forsinket igjen, da.', flagged: 'flott' },
    { text: 'Takk for ingenting, vegvesenet.', flagged: 'Takk for ingenting' },
    { text: 'Mandag og seks møter. Livet er en fest 🙄', flagged: '🙄' },
  ],
  passes: ['Så flott at så mange kom på dugnaden!', 'Vafler og kaffe etter dugnaden? Ja takk 😋'],
};

export default defineRule({
  id: 'sarcasm',
  section: 'saklig.ironi',
  quote: 'Vær forsiktig med ironi og sarkasme på nett.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Dette kan leses som ironi eller sarkasme. På nett mangler tonefallet, så det blir lett misforstått eller oppfattet som hånlig.',
      suggestion: 'Si rett ut hva du mener, for eksempel «Bussen har vært forsinket tre dager på rad, og det er frustrerende.»',
    },
    nn: {
      message: 'Dette kan lesast som ironi eller sarkasme. På nett manglar tonefallet, så det blir lett misforstått eller oppfatta som hånleg.',
      suggestion: 'Sei rett ut kva du meiner, til dømes «Bussen har vore forseinka tre dagar på rad, og det er frustrerande.»',
    },
    en: {
      message: 'This may read as irony or sarcasm. Online there is no tone of voice, so it is easily misread or taken as mocking.',
      suggestion: 'Say plainly what you mean, for example "The bus has been late three days in a row, and it is frustrating."',
    },
  },
  detect(context) {
    const folded = foldCase(context.text);
    const { sentences } = context;
    // «… men konserten var nydelig. Fantastisk!»: a word or two after a turn to praise carry it on (not after
    // thanks: «Takk til naboen som klipte plenen klokka sju. Verkeleg koseleg.» is irony).
    const carriesOnPraise = (sentence: Span) => {
      const before = sentences[sentenceIndexAt(sentences, sentence.start) - 1];
      return before !== undefined && (folded.slice(sentence.start, sentence.end).match(/\p{L}+/gu)?.length ?? 0) <= 2 && turnsToPraise(folded, before);
    };
    // An interview's words («– Jeg var veldig glad da han svarte ja …, sier Konst») are not the writer's irony.
    const interviewed = reportedSpeech(context.text, sentences).interviewed;
    const { evidence, reported: quotedIrony } = readIrony(context);
    // Quoted things counted («tre «finalistar»», «12 «ambassadørar»»; not «to», also English) are a label: the model
    // alone reads no irony into the marks when nothing else in the sentence turns them.
    const countedQuote = (sentence: Span) =>
      hasMatch(countedInQuotes, context.text, sentence.start, sentence.end) &&
      inSentences(sentences, evidence, sentenceIndexAt(sentences, sentence.start)) === undefined &&
      isUnclouded(folded, sentence);
    // A sentence whose irony the word lists found only in someone else's quoted words («"Takk for ingenting", sa
    // treåringen til tannfeen») is theirs. A claim quoted to be mocked («"Effektivisering", sa de») holds no irony
    // word itself: the model still reads it.
    const reported = (sentence: Span) => {
      const index = sentenceIndexAt(sentences, sentence.start);
      return inSentences(sentences, quotedIrony, index) !== undefined && inSentences(sentences, evidence, index) === undefined;
    };
    return weighEvidence(context, 'sarcasm', evidence, {
      veto: (sentence) =>
        isPlainlySincere(folded, sentence) || carriesOnPraise(sentence) || hasMatch(namesAControl, folded, sentence.start, sentence.end) ||
        interviewed(sentence) || countedQuote(sentence) || reported(sentence),
    });
  },
});

/**
 * The word lists' irony in a draft, less the irony words a quoted speaker says. internal-dispute reads it too (irony
 * aimed at the workplace), so the last draft's is kept: each rule runs once per draft, one after the other.
 */
export function ironyEvidence(context: RuleContext): Detection[] {
  return readIrony(context).evidence;
}

interface IronyReading {
  evidence: Detection[];
  /** Word-list irony inside someone else's quoted words, which `evidence` leaves out. */
  reported: Detection[];
}

function readIrony(context: RuleContext): IronyReading {
  const { text, sentences } = context;
  if (lastIrony?.text === text && lastIrony.sentences === sentences) return lastIrony;
  const passages = quotedPassages(text);
  const speech = quotedSpeech(text, passages);
  // The irony words and signs of the lists («Takk for ingenting», 🙄) inside someone else's quoted words are theirs;
  // a quoted claim set against a complaint («"Rettferdig", sier politikerne. Jo da.») is the writer's irony still.
  const markers = [...findAll(ironyMarkers, foldCase(text)), ...findAll(ironySigns, text)];
  const found = dropOverlaps([
    ...markers,
    ...ironicPraise(context),
    ...ironicYes(context),
    ...ironicConcession(context),
    ...scareQuotes(context, passages),
    ...ironicVerdict(context),
  ]);
  const lexical = new Set(markers);
  const saidByOthers = (detection: Detection) => lexical.has(detection) && enclosingQuote(speech, detection) !== undefined;
  lastIrony = { text, sentences, evidence: found.filter((detection) => !saidByOthers(detection)), reported: found.filter(saidByOthers) };
  return lastIrony;
}
let lastIrony: (IronyReading & { text: string; sentences: readonly Span[] }) | undefined;
