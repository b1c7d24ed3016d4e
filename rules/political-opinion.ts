import { defineRule, type Detection, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { clearedBy, weighEvidence } from './lib/learned';
import { findAll, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, sentenceWindow, type Span } from '../lib/engine/text';
import { analysePolitics, disclaimedAt, pointsToThePapers, tellsTheDecisionCourse } from './lib/politics';
import { bySentence, dropOverlaps, inSentences, near } from './lib/sentences';
import { tagged, taggedLexicon } from './lib/tagged-lexicon';

const scanMarkers = taggedLexicon({
  // "Ordføreren burde…", "The politicians should…": a demand on a political actor.
  modal: ['bør', 'burde', 'skulle ha', 'should', "shouldn't", 'ought to'],
  // What a political topic "bør": change ("eiendomsskatten bør ned", "nasjonale prøver bør avskaffes").
  changeDemand: [
  'ned', 'opp', 'bort', 'fjernes', 'fjernast', 'avskaffes', 'avskaffast', 'skrotes', 'skrotast', 'kuttes', 'kuttast',
  'økes', 'aukast', 'reduseres', 'reduserast', 'stoppes', 'stoppast', 'bestå', 'vore fjerna', 'vært fjernet',
  'be scrapped', 'be abolished', 'be cut', 'go',
],
  // Praise or support aimed at an actor ("Great to see MDG pushing…", "godt jobbet av ordføreren").
  praise: [
  'great to see', 'good to see', 'glad to see', 'nice to see', 'flott å se', 'godt å se', 'fint å se', 'kjekt å se',
  'kjekt å sjå', 'godt å sjå', 'fint å sjå', 'well done', 'hats off to', 'bra jobba', 'godt jobbet', 'godt jobba',
  'heia', 'kjempejobb', 'strålende jobb', 'fantastisk jobb', 'great job',
],
  // Calls to hold someone to account: "Nokon i kommunestyret må svare for dette".
  accountability: [
  'må svare for', 'skal svare for', 'bør svare for', 'må stå til ansvar', 'bør skamme seg', 'burde skamme seg',
  'bør skjemmast', 'skam dere', 'skam dykk', 'must answer for', 'should answer for', 'should be ashamed',
  'shame on',
],
  // Campaigning: "VOTE THEM OUT", "Lurer på hvem som stemte for…".
  voteOut: [
  'vote them out', 'vote him out', 'vote her out', 'vote out', 'stem dem ut', 'stem dei ut', 'røyst dei ut',
  'kast dem ut', 'kast dei ut', 'stem dem bort', 'nytt flertall', 'nytt fleirtal', 'new majority',
  'lurer på hvem som stemte', 'lurar på kven som røysta', 'lurar på kven som stemte', 'wonder who voted',
],
  // A reminder that is campaigning when tied to the election ("Husk det ved valget").
  reminder: [
  'husk det', 'husk dette', 'hugs det', 'hugs dette', 'tenk på det', 'tenk på dette', 'ikke glem', 'ikkje gløym',
  'husk hvem', 'hugs kven', 'remember that', 'remember this', 'remember who', "don't forget",
],
  // "Stem Frp", "vote Labour".
  partisanCall: ['stem på', 'stem', 'røyst på', 'røyst', 'vote for', 'vote'],
  // "Kvifor skal Frogn bruke 40 millionar på … når kulturskulen har venteliste?"
  why: ['hvorfor', 'kvifor', 'korfor', 'why'],
});
const elections = foldedLexicon([
  'valg', 'valget', 'neste valg', 'val', 'valet', 'neste val', 'valgurne*', 'valurne*', 'valgdagen', 'valdagen',
  'stemmeseddel*', 'stemmesetel*', 'røystesetel*', 'når du stemmer', 'når dere stemmer', 'når du røystar',
  'når de røystar', 'election*', 'ballot*', 'polls', 'voting booth', 'when you vote',
]);
const publicMoney = foldedLexicon([
  'million*', 'milliard*', 'kroner', 'penger', 'pengar', 'money', 'skattepeng*', 'skattebetalernes',
  'taxpayers', "taxpayers'",
]);
// The writer declines to take a stance: «uttaler meg ikke om hva politikerne bør vedta», «not my place to say».
const withheldStance = foldedLexicon([
  'ingen formening', 'ingen meining', 'ingen mening', 'ingen oppfatning', 'uttaler meg ikke', 'uttaler meg ikkje',
  'uttalar meg ikkje', 'uttaler jeg meg ikke', 'uttaler eg meg ikkje', 'uttalar eg meg ikkje', 'ikke min plass', 'ikkje min plass', 'ikke opp til meg', 'ikkje opp til meg', 'kan ikke kommentere',
  'kan ikkje kommentere', 'kan ikke si hva jeg mener', 'kan ikkje seie kva eg meiner', 'not my place', 'not for me to say',
  'no view on', 'no opinion on', "can't comment on", 'cannot comment on',
]);
// Practical advice to the reader, not a demand on the politicians: «Du bør ta med legitimasjon når du skal stemme».
const adviceToReader = /^\P{L}*(?:du|dere|dykk|de|you)\s+(?:bør|burde|må|should|need\s+to|must)(?!\p{L})/iu;
// A vote reported with its count or as unanimous («vedtok budsjettet med 18 mot 13 stemmer», «voted 22–5»): news of
// a decision, not the writer's stance on it.
const voteCount = /(?<![\p{N}])\d{1,2}\s?(?:mot|–|-|to)\s?\d{1,2}(?![\p{N}])|(?<![\p{L}])(?:enstemmig|enstemmige|samrøystes|unanimously|unanimous)(?![\p{L}])/iu;
const voteWord = /(?<![\p{L}])(?:stemmer|stemte|røyster|røysta|røystene|stemmene|votes|voted|vedtok|vedteke|vedtatt|vedtak|adopted|approved)(?![\p{L}])/iu;
const reportsAVote = (text: string, sentence: Span) => {
  const words = text.slice(sentence.start, sentence.end);
  return voteCount.test(words) && voteWord.test(words);
};
// A decision reported next to where to read it («Vedtaket ligg på frogn.no»): news.
const reportsWithPapers = (context: RuleContext, folded: string, sentence: Span) => {
  const window = sentenceWindow(context.sentences, sentenceIndexAt(context.sentences, sentence.start), 1, 1);
  return pointsToThePapers(context, folded, window.start, window.end);
};
const priorityContrast = foldedLexicon(['når', 'mens', 'medan', 'men ikke', 'men ikkje', 'while', 'when', 'instead of', 'i stedet for', 'i staden for']);

export const examples: RuleExamples = {
  fires: [
    { text: 'Jeg mener kommunestyret gjorde en stor feil da de kuttet i skolehelsetjenesten.', flagged: 'Jeg mener' },
    { text: 'Eg synest eigedomsskatten er urettferdig for pensjonistar.', flagged: 'Eg synest' },
    { text: 'The mayor should resign over the ferry contract.', flagged: 'should' },
  ],
  passes: [
    'Kommunestyret møtes torsdag kl. 18. Sakskartet ligger på nettsiden.',
    'Som privatperson mener jeg at eiendomsskatten bør ned.',
  ],
};

export default defineRule({
  id: 'political-opinion',
  section: 'ambassador.privatperson',
  quote: 'Presiser at du ikke ytrer deg på vegne av Frogn kommune hvis det kan reises tvil om din rolle.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Dette leses som din mening om et politisk eller faglig spørsmål. Som ansatt kan det bli oppfattet som {organisation}s syn.',
      suggestion: 'Skriv tydelig at du uttaler deg som privatperson, for eksempel «Jeg uttaler meg som privatperson, ikke på vegne av {organisation}.»',
    },
    nn: {
      message: 'Dette blir lese som meininga di om eit politisk eller fagleg spørsmål. Som tilsett kan det bli oppfatta som synet til {organisation}.',
      suggestion: 'Skriv tydeleg at du uttaler deg som privatperson, til dømes «Eg uttaler meg som privatperson, ikkje på vegner av {organisation}.»',
    },
    en: {
      message: "This reads as your own opinion on a political or professional question. Coming from an employee, it may be taken as {organisation}'s view.",
      suggestion: "Say clearly that you speak as a private person, for example “I'm writing as a private person, not on behalf of {organisation}.”",
    },
  },
  detect(context) {
    // The writer's own disclaimer nearby, or a stance withheld, clears it whatever the model says.
    const politics = analysePolitics(context);
    const folded = foldCase(context.text);
    const viewWithheld = clearedBy(politics.withheld);
    const withheld = (span: Span) => {
      const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
      return sentence !== undefined && (hasMatch(withheldStance, folded, sentence.start, sentence.end) || viewWithheld(sentence));
    };
    const disclaimed = (span: Span) => disclaimedAt(politics.disclaimers, span) || withheld(span);
    // Where the word lists read only someone else's view, or advice to the reader, the model alone finds no stance.
    const othersView = clearedBy(politics.othersViews);
    const ownView = clearedBy(politics.opinions);
    const notTheWritersStance = (sentence: Span) =>
      adviceToReader.test(context.text.slice(sentence.start, sentence.end)) ||
      (othersView(sentence) && !ownView(sentence)) ||
      ((reportsAVote(context.text, sentence) || reportsWithPapers(context, folded, sentence)) && !ownView(sentence));
    // The model reads «privatperson» as the writer's disclaimer wherever it stands («Naboen min er en
    // privatperson», «Hun skriver som privatperson»): when the word is not the writer's, the writer's own
    // «jeg mener» stands whatever the model says.
    const heldOwnViews =
      politics.disclaimers.length === 0 && hasMatch(privatePersonWord, folded)
        ? new Set<Span>(politics.opinions.filter((opinion) => opinion.kind === 'own-view'))
        : undefined;
    // «Jeg tror kommunestyret kommer til å stemme ned forslaget»: a prediction of the others' vote, with no view of the
    // writer's in its sentence, is political-process alone (corpus/LABELLING.md): the model makes no stance of it.
    const predicts = clearedBy(politics.pendingCase.filter((signal) => !signal.stance));
    const onlyPredicts = (sentence: Span) => predicts(sentence) && !ownView(sentence);
    const evidence = wordListEvidence(context)
      .filter((stance) => !disclaimed(stance))
      .map((stance) => (heldOwnViews?.has(stance) ? { ...stance, certain: true } : stance));
    return weighEvidence(context, 'political-opinion', evidence, {
      candidates: politics.subjects,
      veto: (sentence) =>
        politics.report || disclaimed(sentence) || notTheWritersStance(sentence) || onlyPredicts(sentence) || tellsTheDecisionCourse(context, folded, sentence),
    });
  },
});

const privatePersonWord = /privat ?person|private (?:person|citizen|capacity)/;

/** Stances on political subjects found by the word lists. */
function wordListEvidence(context: RuleContext): Detection[] {
  const { text } = context;
  const markers = scanMarkers(text);
  const { actors, subjects, opinions, pendingCase } = analysePolitics(context);
  if (markers.length === 0 && subjects.length === 0) return [];

  const sentences = context.sentences;
  const folded = foldCase(text);
  const sentenceOf = (span: Span) => sentenceIndexAt(sentences, span.start);
  // Its stances only: what political-process holds certain the model still weighs here.
  const stances = pendingCase.filter((signal) => signal.stance).map(({ start, end }) => ({ start, end }));
  const detections: Detection[] = [...tagged(markers, 'voteOut'), ...stances];
  for (const opinion of opinions) {
    const before = opinion.kind === 'evaluation' ? 1 : 0;
    if (inSentences(sentences, subjects, sentenceOf(opinion), before)) detections.push(opinion);
  }
  const changes = tagged(markers, 'changeDemand');
  for (const modal of tagged(markers, 'modal')) {
    const demandOnActor = near(text, actors, modal, 30, 'before') ?? near(text, actors, modal, 3, 'after');
    const changeOfTopic = near(text, subjects, modal, 30, 'before') && near(text, changes, modal, 12, 'after');
    if (demandOnActor || changeOfTopic) detections.push(modal);
  }
  for (const phrase of tagged(markers, 'praise')) {
    if (near(text, actors, phrase, 6, 'after') ?? near(text, actors, phrase, 30, 'before')) detections.push(phrase);
  }
  for (const phrase of tagged(markers, 'accountability')) {
    if (inSentences(sentences, subjects, sentenceOf(phrase))) detections.push(phrase);
  }
  for (const call of tagged(markers, 'partisanCall')) {
    if (near(text, actors, call, 6, 'after')) detections.push(call);
  }
  const reminders = tagged(markers, 'reminder');
  const electionWords = reminders.length > 0 ? findAll(elections, folded) : [];
  for (const reminder of reminders) {
    if (near(text, electionWords, reminder, 40)) detections.push(reminder);
  }
  // Each sentence is judged once, however many "hvorfor" it holds.
  const inSpendingQuestion = bySentence(sentences, (sentence) => isSpendingQuestion(text, folded, sentence));
  detections.push(...tagged(markers, 'why').filter(inSpendingQuestion));
  return dropOverlaps(detections);
}

/** "Why spend millions on X when Y…?": a rhetorical question about public money. */
function isSpendingQuestion(text: string, folded: string, sentence: Span): boolean {
  return text.slice(sentence.start, sentence.end).includes('?') &&
    hasMatch(publicMoney, folded, sentence.start, sentence.end) &&
    hasMatch(priorityContrast, folded, sentence.start, sentence.end);
}
