import { defineRule, type Detection, type RuleExamples } from '../lib/engine/rule';
import { weighEvidence } from './lib/learned';
import { cover, distance, findAll, firstMatch, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, type Span } from '../lib/engine/text';

// Words that make a commitment explicit: "vi lover", "det er eit løfte", "I guarantee", "you have my word".
const commitment = foldedLexicon([
  'vi lover', 'jeg lover', 'eg lover', 'eg lovar', 'vi lovar', 'lover vi', 'lovar vi', 'lover jeg', 'lover eg', 'lovar eg',
  'et løfte', 'eit løfte', 'mitt løfte', 'vårt løfte', 'løftet vårt', 'løftet mitt',
  'garanterer', 'garanterar', 'garantere', 'garantera', 'garantert', 'garanteres', 'garanterast',
  'tar personlig ansvar', 'tek personleg ansvar', 'personlig ansvar for', 'personleg ansvar for',
  'det kan du stole på', 'det kan dere stole på', 'det kan de stole på', 'det kan du stola på', 'det kan de stola på',
  'du kan regne med at', 'dere kan regne med at', 'du kan rekne med at', 'de kan rekne med at', 'det kan du regne med', 'det kan du rekne med',
  'du har mitt ord', 'dere har mitt ord', 'de har mitt ord', 'mitt ord på det',
  'i promise', 'we promise', 'promise you', 'you have my word', 'you have our word', 'i give you my word', 'my word on it',
  'i guarantee', 'we guarantee', 'guarantee that', 'guaranteed', 'rest assured', 'personal responsibility',
  'personally make sure', 'you can count on it', 'count on it', 'without fail',
]);
// "…, det er helt sikkert": certainty tagged onto a statement about what will happen.
const certaintyTag = foldedLexicon([
  'det er helt sikkert', 'det er heilt sikkert', 'det er hundre prosent sikkert', 'det er 100 % sikkert',
  'det er 100% sikkert', "that's for sure", 'that is for sure', "that's certain", 'that is certain',
]);
// "Garantert moro for hele familien" is an event advert, not a commitment.
const hype = foldedLexicon(['moro', 'gøy', 'kos', 'stemning', 'god stemning', 'underhaldning', 'underholdning', 'latter', 'fun', 'good time', 'great time', 'entertainment']);
// «Det lover godt for sommeren» bodes well: the verb promises nothing (not «lover å bli ferdig», which does).
const bodesWell = foldedLexicon(['lover godt', 'lovar godt', 'lover bra', 'lovar bra', 'looks promising', 'sounds promising']);
const negation = foldedLexicon(['ikke', 'ikkje', 'ingen', 'aldri', 'not', "can't", 'cannot', 'never', "won't", "don't"]);
// "no" is also Nynorsk for "now", so it only negates right before the phrase ("no guarantee").
const negatedBefore = /(?<!\p{L})no\s+$/iu;
const negatedAfter = /^\s{1,3}(?:ikke|ikkje)(?!\p{L})/iu;

// A definite fix with a deadline, in the municipality's voice: "blir fikset før helga".
const futureVoice = foldedLexicon([
  'blir', 'vil bli', 'skal', 'skal bli', 'vert', 'kommer til å bli', 'kjem til å bli', 'will', 'shall', "we'll", "it'll",
  "they'll", "i'll", 'are going to', 'is going to',
]);
// English "I" only in capitals: lowercase "i" is the Norwegian preposition.
const firstPerson = /(?<!\p{L})(?:[Vv]i|[Jj]eg|[Ee]g|[Ww]e|I)(?!\p{L})/gu;
const fixedOutcome = foldedLexicon([
  'fikset', 'fiksa', 'reparert', 'utbedret', 'utbetra', 'tømt', 'tømd', 'byttet', 'bytta', 'skiftet', 'skifta',
  'erstattet', 'erstatta', 'brøytet', 'brøyta', 'strødd', 'sandet', 'sanda', 'ryddet', 'rydda', 'ordnet', 'ordna',
  'klippet', 'klipt', 'fjernet', 'fjerna', 'lappet', 'lappa', 'åpnet igjen', 'opna igjen', 'i orden igjen',
  'fixed', 'repaired', 'replaced', 'emptied', 'cleared', 'collected', 'sorted', 'mended', 'ploughed', 'plowed',
  'gritted', 'removed', 'back on', 'back up', 'up and running', 'open again',
]);
const fixAction = foldedLexicon([
  'fikser', 'fiksar', 'ordner', 'ordnar', 'reparerer', 'reparerar', 'tømmer', 'tømer', 'bytter', 'byter', 'skifter',
  'skiftar', 'brøyter', 'brøytar', 'rydder', 'ryddar', 'fix', 'sort', 'repair', 'replace', 'empty', 'clear', 'mend',
]);
const weekdays = [
  'mandag', 'måndag', 'tirsdag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'laurdag', 'søndag', 'sundag',
];
const englishWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const deadline = foldedLexicon([
  'i morgen', 'i morgon', 'imorgen', 'imorgon', 'i dag', 'i kveld', 'i natt', 'innen', 'innan', 'denne uka', 'denne uken',
  'denne veka', 'neste uke', 'neste veke', 'i løpet av dagen', 'i løpet av uka', 'i løpet av uken', 'i løpet av veka',
  'i løpet av helga', 'før helga', 'før helgen', 'før jul', 'før påske', 'før sommeren', 'før ferien', 'før skolestart',
  ...weekdays.map((day) => `før ${day}`),
  'tomorrow', 'today', 'tonight', 'this week', 'next week', 'within', 'by the weekend', 'before the weekend',
  'by the end of the week', 'by the end of the day', 'before christmas', 'before summer', 'before easter',
  ...englishWeekdays.flatMap((day) => [`by ${day}`, `before ${day}`]),
]);
// Hopes and plans: not commitments, whatever the model reads.
const hopeWords = ['håper', 'håpar', 'hope', 'hopefully', 'forhåpentligvis', 'forhåpentlegvis', 'planlagt', 'planlagd', 'planned', 'etter planen'];
const hope = foldedLexicon(hopeWords);
// Plans, hopes and conditions are not commitments.
const hedge = foldedLexicon([
  ...hopeWords, 'planlegg*', 'plan', 'if', 'hvis', 'dersom', 'viss', 'om været', 'weather permitting', 'avhenger', 'avheng', 'depends',
  'trolig', 'truleg', 'sannsynligvis', 'sannsynlegvis', 'antakelig', 'probably', 'likely', 'expected', 'expect',
  'forventer', 'forventar', 'regner med', 'reknar med', 'anslått', 'estimated', 'prøver', 'prøve', 'try', 'aim',
  'sikter mot', 'kanskje', 'maybe', 'perhaps', 'could', 'kan',
]);

function explicitCommitments(text: string): Span[] {
  const folded = foldCase(text);
  const found: Span[] = [];
  for (const phrase of findAll(commitment, folded)) {
    const before = Math.max(0, phrase.start - 20);
    if (hasMatch(negation, folded, before, phrase.start) || negatedBefore.test(text.slice(before, phrase.start))) continue;
    if (negatedAfter.test(text.slice(phrase.end, phrase.end + 10))) continue;
    if (hasMatch(hype, folded, phrase.end, Math.min(text.length, phrase.end + 25))) continue;
    found.push(phrase);
  }
  // The cheap test spares a full scan of texts that cannot contain a tag.
  const certaintyTags = /sikkert|for sure|certain/iu.test(text) ? findAll(certaintyTag, folded) : [];
  for (const tag of certaintyTags) {
    // Only as a tag at the end of a clause: "det er helt sikkert 👍", not "det er helt sikkert mange som…".
    if (!/^\s*[\p{L}\p{N}]/u.test(text.slice(tag.end, tag.end + 3))) found.push(tag);
  }
  return found;
}

/** "Hullet blir fikset før helga" / "We'll have it fixed within two weeks": a fix promised by a date. */
function fixesByDeadline(text: string, sentences: readonly Span[]): Span[] {
  const folded = foldCase(text);
  const found: Span[] = [];
  const deadlines = findAll(deadline, folded);
  let index = 0;
  for (const due of deadlines) {
    while (index < sentences.length - 1 && sentences[index]!.end <= due.start) index++;
    const { start, end } = sentences[index]!;
    if (found.some((span) => span.start >= start && span.end <= end)) continue;
    // Required signals first, exceptions last: each check scans the sentence.
    const outcome = firstMatch(fixedOutcome, folded, start, end);
    const action = firstMatch(fixAction, folded, start, end);
    if (!outcome && !action) continue;
    const future = hasMatch(futureVoice, folded, start, end);
    const fix = (future && (outcome ?? action)) || (action && hasMatch(firstPerson, text, start, end) ? action : undefined);
    if (!fix || text[end - 1] === '?' || hasMatch(hedge, folded, start, end) || hasMatch(negation, folded, start, end)) continue;
    found.push(distance(fix, due) <= 40 ? cover(fix, due) : fix);
  }
  return found;
}

/** A question with no «vi», «jeg» or «eg» in it: someone asks, nobody commits. */
const askedOfNoOne = (text: string, sentence: Span) => {
  const words = text.slice(sentence.start, sentence.end).trimEnd();
  return words.endsWith('?') && !hasMatch(firstPerson, text, sentence.start, sentence.end);
};

export const examples: RuleExamples = {
  fires: [
    { text: 'Vi lover at lyset i tunnelen blir fikset før jul.', flagged: 'Vi lover' },
    { text: 'Benken blir byttet innen mandag.', flagged: 'byttet innen' },
  ],
  passes: ['Arbeidet er planlagt ferdig i løpet av april.', 'Vi kan ikkje love nokon dato enno.'],
};

export default defineRule({
  id: 'promise',
  section: 'profesjonell.avsender',
  quote: 'Vær en tydelig avsender, gi presise tilbakemeldinger og hold det du lover.',
  severity: 'info',
  messages: {
    nb: {
      message: 'Her lover du noe på vegne av {organisation}. Det som loves offentlig, må holdes, også om planene endrer seg.',
      suggestion: 'Lov bare det du vet at blir gjort. Skriv heller hva som er planlagt, for eksempel «Arbeidet er planlagt ferdig innen fredag, vi gir beskjed om noe endrer seg».',
    },
    nn: {
      message: 'Her lovar du noko på vegner av {organisation}. Det som blir lova offentleg, må haldast, også om planane endrar seg.',
      suggestion: 'Lov berre det du veit blir gjort. Skriv heller kva som er planlagt, til dømes «Arbeidet er planlagt ferdig innan fredag, vi gir beskjed om noko endrar seg».',
    },
    en: {
      message: 'This makes a commitment on behalf of {organisation}. A public promise has to be kept, even if plans change.',
      suggestion: 'Only promise what you know will happen. Say what is planned instead, e.g. "The work is planned to be finished by Friday; we will let you know if anything changes".',
    },
  },
  detect(context) {
    const { text, sentences } = context;
    const spans = [...explicitCommitments(text), ...fixesByDeadline(text, sentences)];
    // One finding per sentence is enough: a promise and its deadline are the same commitment.
    const perSentence = new Map<number, Detection>();
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      const sentenceStart = sentences[sentenceIndexAt(sentences, span.start)]?.start ?? span.start;
      if (!perSentence.has(sentenceStart)) perSentence.set(sentenceStart, span);
    }
    // A hoped-for, planned or negated commitment, hype («garantert moro») or an omen, is none; the model alone
    // does not make it one. Not every hedge word: «kan», «if» or a question silenced more of the
    // model's true promises than false ones out of fold (December 2026); a question with nobody in it
    // who could commit («Blir veien brøytet i morgen?») is asked, not promised.
    const folded = foldCase(text);
    const uncommitted = (sentence: Span) =>
      [hope, negation, hype, bodesWell].some((words) => hasMatch(words, folded, sentence.start, sentence.end)) ||
      /(?<!\p{L})no\s/u.test(folded.slice(sentence.start, sentence.end)) ||
      askedOfNoOne(text, sentence);
    return weighEvidence(context, 'promise', [...perSentence.values()], { veto: uncommitted });
  },
});
