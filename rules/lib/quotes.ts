import { eachMatch, firstStartingFrom, type Span } from '../../lib/engine/text';
import { bySentence } from './sentences';

const quoteMark = /[«»“”„"'‘’]/gu;
const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/u;
const openers = new Set(['«', '“', '„', '"', "'", '‘']);
const closers = new Set(['»', '”', '“', '"', "'", '’']);
// Longest passage taken for a quote; beyond it a stray mark is more likely than a quotation.
const maxLength = 80;

/**
 * Quoted passages of `text` (quote marks included), scanned once without backtracking: «…», “…”,
 * „…“ and straight or single quotes. A mark opens before a word and after a non-word, closes
 * after a non-space and before a non-word, so apostrophes inside words (don't, Liar's) do neither.
 */
export function quotedPassages(text: string): Span[] {
  const passages: Span[] = [];
  let open: number | undefined;
  eachMatch(quoteMark, text, (match) => {
    const at = match.index;
    const mark = match[0];
    const previous = text[at - 1] ?? ' ';
    const next = text[at + 1] ?? ' ';
    if (open !== undefined && (at - open > maxLength || text.slice(open, at).includes('\n'))) open = undefined;
    if (open !== undefined && closers.has(mark) && !space.test(previous) && !wordChar.test(next)) {
      passages.push({ start: open, end: at + 1 });
      open = undefined;
    } else if (openers.has(mark) && !wordChar.test(previous) && !space.test(next)) {
      open = at;
    }
  });
  return passages;
}

/** The passage that contains `span`, if any (`passages` as quotedPassages gives them: in order, apart). */
export function enclosingQuote(passages: readonly Span[], span: Span): Span | undefined {
  // The last passage opening before the span is the only one that can hold it.
  const passage = passages[firstStartingFrom(passages, span.start) - 1];
  return passage && span.end < passage.end ? passage : undefined;
}

// Verbs of saying that both readings below know; each adds its own.
const sayVerbs = 'sa|sier|seier|said|says';

// A quotation a speech verb follows directly («"Takk for ingenting", sa seksåringen», «"Thanks", my son said»: English
// puts a short speaker first): its words, irony included, are the speaker's. «"Great job", said nobody» is the
// writer's own. Unlike `reportedSpeech`, which takes a whole sentence that ends in its attribution, only the quoted
// words are the speaker's: «… sa seksåringen min da jeg kom hjem» goes on in the writer's voice.
const askVerbs = 'spurte|spør|svarte|ropte|asked|replied|shouted';
const speechAfterQuote = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:${sayVerbs}|${askVerbs})\s+(?!(?:nobody|no\s+one|ingen|aldri|never|ever)(?![\p{L}]))\p{L}|(?:\p{L}+\s+){1,3}(?:said|says|asked|replied|shouted)(?![\p{L}]))`,
  'iu',
);

/** Of `passages` (as quotedPassages gives them), the quotations a speech verb follows directly. */
export function quotedSpeech(text: string, passages: readonly Span[]): Span[] {
  return passages.filter((passage) => speechAfterQuote.test(text.slice(passage.end, passage.end + 40)));
}

// Reported speech («… skal gå bra, sa ordføraren ved møtestart», «…», sier Hansen, "…," the mayor said): the
// sentence is someone else's. The speaker after the verb is a name or a noun in its definite form, so «…, sier vel
// det meste» and «uansett hva partiene sier» stay the writer's; a title may follow («sier Konst, kommunalleder for
// samfunnsutvikling»), and so may a party and where it was said («sa Frøydis Austigard (V) under debatten»), but
// not the writer's own clause («sa ordføreren, og det er jeg enig i»).
// Words that begin the writer's own clause, never a speaker's title or where it was said.
const notWritersClause = String.raw`(?!(?:og|men|and|but|so|så|jeg|eg|vi|me|we|det|som|that|which|I)(?!\p{L}))`;
const speechVerb = `${sayVerbs}|meinte|mente|uttalte|uttaler|forklarte|forklarer|fortalde|fortalte|fortel|forteller|added`;
const speaker = String.raw`(?:\p{Lu}[\p{L}-]*|\p{L}{2,}(?:en|an|a|et|er))(?:\s+\p{L}[\p{L}-]*){0,3}`;
// «…, sier hun.»: a pronoun names the speaker too, but only as the sentence's last word (title aside), so «sier de
// fleste» and «sier han også til oss» stay the writer's.
const pronounSpeaker = String.raw`(?:hun|han|ho|hen|de|dei)(?![\p{L}])`;
const party = String.raw`(?:\s\(\p{Lu}{1,5}\)(?:\s+${notWritersClause}\p{Ll}+(?:\s+\p{Ll}+){0,3})?)?`;
const title = String.raw`(?:,\s+${notWritersClause}[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,9})?`;
const attribution = new RegExp(
  String.raw`(?:[»"”']\s*,\s*|,\s*(?:[»"”']\s*)?)(?:(?:${speechVerb})\s+(?:(?:the\s+)?${speaker}${party}|${pronounSpeaker})|(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:said|says|added))${title}[\s.!]*$`,
  'u',
);

interface ReportedSpeech {
  said: (span: Span) => boolean;
  interviewed: (span: Span) => boolean;
}
// One reading per draft, keyed by its sentences (a new draft has new ones).
const readings = new WeakMap<readonly Span[], { text: string; speech: ReportedSpeech }>();

// A paragraph opened by a dash, the news' way of quoting («– Jeg var veldig glad da han svarte ja. Det er ikke til
// å stikke under en stol, sier Konst»): when it names its speaker, every sentence in it is the speaker's.
const dashOpening = String.raw`^[ \t]*[–—-][ \t]`;
const dashParagraph = new RegExp(`${dashOpening}[^\\n]*`, 'gmu');
const opensWithDash = new RegExp(dashOpening, 'u');

/** Whether `span` lies in a line opened by a dash: quoted, whether or not the line names its speaker. */
export function inDashQuotedLine(text: string, span: Span): boolean {
  return opensWithDash.test(text.slice(text.lastIndexOf('\n', span.start - 1) + 1, span.start));
}

/**
 * Reported speech, read once per text: `said`, a sentence that names its speaker at its end or lies in a
 * dash-quoted paragraph that does; `interviewed`, only the latter, the news' way of quoting an interview (a writer
 * who mocks someone's words quotes them in «…» and answers them: «"Vi har full kontroll", sa kommunalsjefen. Ja, det
 * merka vi»).
 */
export function reportedSpeech(text: string, sentences: readonly Span[]): ReportedSpeech {
  // politics (its opinions and its report test) and sarcasm all ask about one draft: read it once.
  const cached = readings.get(sentences);
  if (cached?.text === text) return cached.speech;
  const attributed = (sentence: Span) => attribution.test(text.slice(Math.max(sentence.start, sentence.end - 160), sentence.end));
  const paragraphs: Span[] = [];
  eachMatch(dashParagraph, text, (match) => {
    const paragraph = { start: match.index, end: match.index + match[0].length };
    for (let i = firstStartingFrom(sentences, paragraph.start); i < sentences.length && sentences[i]!.start < paragraph.end; i++) {
      if (attributed(sentences[i]!)) return void paragraphs.push(paragraph);
    }
  });
  const inParagraph = (sentence: Span) => {
    const paragraph = paragraphs[firstStartingFrom(paragraphs, sentence.start + 1) - 1];
    return paragraph !== undefined && sentence.end <= paragraph.end;
  };
  const speech = { said: bySentence(sentences, (sentence) => attributed(sentence) || inParagraph(sentence)), interviewed: bySentence(sentences, inParagraph) };
  readings.set(sentences, { text, speech });
  return speech;
}
