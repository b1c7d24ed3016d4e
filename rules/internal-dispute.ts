import { defineRule, type Detection, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { weighEvidence } from './lib/learned';
import { isPlainlySincere, isSincere, isUnclouded } from './lib/praise';
import { findAll, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, type Span } from '../lib/engine/text';
import { dropOverlaps, inSentences, near } from './lib/sentences';
import { tagged, taggedLexicon } from './lib/tagged-lexicon';
import { ironyEvidence } from './sarcasm';

// The writer's own workplace: managers, colleagues, departments, the employer and the people who decide.
const workplaceWords = [
  'ledelsen', 'leiinga', 'ledelse', 'leiing', 'toppledelsen', 'toppleiinga', 'lederne', 'leiarane', 'lederen vår',
  'leiaren vår', 'lederen min', 'leiaren min', 'ledere', 'leiarar', 'mellomlederne', 'mellomleiarane',
  'sjefen', 'sjefane', 'sjefene', 'sjefer', 'sjefar', 'rektor', 'rektoren', 'avdelingsleder*', 'avdelingsleiar*',
  'teamleder*', 'teamleiar*', 'enhetsleder*', 'einingsleiar*', 'virksomhetsleder*', 'verksemdsleiar*',
  'kommunalsjef*', 'etatssjef*', 'personalsjef*', 'hr', 'hr-avdeling*', 'personalavdeling*', 'it-avdeling*',
  'kollega', 'kollegaen', 'kollegaer', 'kollegaene', 'kollegane', 'kolleger', 'kollegene', 'kollegiet',
  'arbeidsgiver*', 'arbeidsgjevar*', 'arbeidsgivar*', 'arbeidsplassen', 'arbeidsmiljø*', 'administrasjonen',
  'rådmannen', 'kommunedirektøren', 'kommunedirektørens', 'rådmannens', 'byråkratene', 'byråkratane',
  'de som bestemte', 'dei som bestemte', 'de som bestemmer', 'dei som bestemmer', 'de som styrer', 'dei som styrer',
  'de på toppen', 'dei på toppen', 'management', 'manager', 'managers', 'my boss', 'our boss', 'the boss', 'bosses',
  'line manager', 'head teacher', 'headteacher', 'the principal', 'our principal', 'leadership', 'it department',
  'the department', 'colleagues', 'coworkers', 'co-workers', 'my employer', 'our employer', 'the employer',
  'those in charge', 'nobody in charge', 'no one in charge', 'the people in charge', 'whoever decided',
  'the people who decided', 'the town hall',
  'de på kontoret', 'dei på kontoret', 'de som lagde', 'dei som laga', 'de som laget', 'de som satte opp', 'dei som sette opp',
  'de som sitter i', 'dei som sit i', 'the people who made', 'whoever made', 'the people who wrote', 'whoever wrote',
  'clinic director', 'our director', 'the director', 'section head', 'seksjonsleder*', 'seksjonsleiar*',
  'de som lager', 'dei som lagar', 'the people making', 'those making', 'deputy head', 'assisterende rektor', 'inspektøren',
  // Internal decisions and arrangements.
  'turnus*', 'omorganisering*', 'omorganiseringa', 'omstilling*', 'nedbemanning*', 'journalsystem*', 'fagsystem*',
  'stillingskutt*', 'timeplan*', 'planleggingsdag*', 'medarbeiderundersøkelse*', 'medarbeidarundersøking*',
  'bemanning*', 'vikar*', 'rota', 'shift pattern*', 'restructuring', 'reorganisation', 'reorganization',
  'planning days', 'staffing', 'staff survey', 'employee survey',
];

// Complaints that name the workplace themselves (kept in both lists: the longest match wins).
const selfContainedComplaints = [
  'dårligere arbeidsmiljø', 'dårlegare arbeidsmiljø', 'dårlig arbeidsmiljø', 'dårleg arbeidsmiljø',
  'ingen i ledelsen tør', 'ingen i leiinga tør', 'toxic workplace', 'toxic work environment',
];

// A complaint, an accusation or a sign the writer was overruled.
const complaintWords = [
  'udugelig*', 'udugeleg*', 'inkompetent*', 'skjønner ingenting', 'skjønar ingenting', 'forstår ingenting',
  'aner ikke', 'anar ikkje', 'aldri jobbet en', 'aldri jobbet et', 'aldri jobbet på', 'aldri jobba ein',
  'aldri jobba på', 'aldri satt sin fot', 'aldri sett sin fot', 'hører ikke på', 'høyrer ikkje på', 'ikke hører på',
  'ikkje høyrer på', 'lytter ikke', 'lyttar ikkje', 'ingen lytter', 'ingen høyrer', 'blir ikke hørt',
  'vart ikkje høyrde', 'uten at noen av oss', 'utan at nokon av oss', 'uten å spørre', 'utan å spørje',
  'over hodet på', 'over hovudet på', 'overkjørt', 'overkøyrt', 'presset gjennom', 'pressa gjennom',
  'kjørt gjennom', 'kjørte gjennom', 'køyrt gjennom', 'køyrde gjennom', 'tvunget gjennom', 'tvinga gjennom',
  'mot hele kollegiets vilje', 'mot vår vilje', 'mot vilja vår', 'mot viljen', 'saka vekk', 'saken vekk',
  'saka bort', 'saken bort', 'under teppet', 'dysser ned', 'dyssar ned',
  ...selfContainedComplaints, 'elendig*', 'håpløs*', 'katastrofal*',
  'et rot', 'eit rot', 'kaos', 'kaotisk', 'drittsekk*', 'ingen tør',
  'blir stående alene', 'blir ståande åleine', 'står alene', 'står åleine', 'lett å si', 'sitter på kontoret',
  'sit på kontoret', 'rydde opp etter', 'rydda opp etter', 'når skal noen', 'når skal nokon', 'hvem tar egentlig',
  'kven tek eigentleg', 'nok et vedtak', 'nok eit vedtak', 'det var ikke jeg', 'det var ikkje eg',
  'ikke jeg som', 'ikkje eg som', 'bare så det er sagt', 'berre så det er sagt', 'uten forklaring',
  'utan forklaring', 'uten medvirkning', 'utan medverknad', 'uten reell medvirkning', 'utan reell medverknad',
  'går ikke lenger', 'går ikkje lenger', 'gir blaffen', 'bryr seg ikke', 'bryr seg ikkje', 'fraskriver seg',
  'fråskriv seg', 'klaget på', 'klaga på', 'klagd på', 'tar feil', 'tek feil', 'helt feil', 'heilt feil',
  'bygger på feil', 'byggjer på feil', 'mener det er feil', 'meiner det er feil',
  'incompetent', 'useless', 'clueless', 'a complete mess', 'a mess', 'a shambles', 'a joke', 'nobody listens',
  'no one listens', "doesn't listen", "don't listen", 'never listens', 'takes responsibility', 'takes no responsibility',
  'zero explanation', 'no explanation', 'why i bother', 'keeps cancelling', 'keeps canceling', 'keeps ignoring',
  'ignored us', 'ignores us', 'had been made', 'without asking', 'without consulting', 'never asked us', 'toxic',
  'has no idea', 'have no idea', 'never worked a', 'never worked in', 'never set foot', 'thrown under the bus',
  'wasn\'t me', 'not me who', 'fed up with', 'sick of', 'pushed through', 'rammed through', 'overruled',
  // they should try it themselves; nobody can explain; the promise that never came
  'skulle prøvd', 'skulle ha prøvd', 'burde prøvd', 'burde ha prøvd', 'burde prøve', 'bør prøve', 'må gjerne prøve',
  'kan gjerne prøve', 'prøve selv', 'prøve sjølv', 'should try', 'should spend a', 'try it themselves', 'skjønner ikke hvordan',
  'skjønar ikkje korleis', 'forstår ikke hvordan', 'forstår ikkje korleis', "don't understand how", 'kunne forklare hvorfor',
  'kunne forklare kvifor', 'the promised', 'we were promised', 'vi ble lovet', 'vi vart lova', 'den lovede',
  'den lova', 'har hørt det siden', 'har høyrt det sidan', 'sagt siden i fjor', 'sagt sidan i fjor',
  'aldri blitt spurt', 'aldri vorte spurd', 'aldri blitt spurd', 'ikke blitt spurt', 'ikkje blitt spurd', 'ble ikke spurt',
  'vart ikkje spurd', 'vart ikkje spurt', 'ingen av oss ble spurt', 'ingen av oss vart spurd', "weren't asked", 'were not asked',
  'nobody asked us', 'no one asked us', 'så mye for medvirkning', 'så mykje for medverknad', 'so much for',
];
const scanWorkplace = taggedLexicon({
  workplace: [...workplaceWords, ...selfContainedComplaints],
  complaint: complaintWords,
});
// Scare quotes around one word after a workplace actor: HR 'listens', «medvirkning».
const scareQuotes = /['‘"“«]\p{L}{3,20}['’"”»]/gu;

export const examples: RuleExamples = {
  fires: [
    { text: 'Ledelsen her er helt udugelig, tredje turnus på et år.', flagged: 'udugelig' },
    { text: 'My manager keeps cancelling our team meetings with no explanation.', flagged: 'keeps cancelling' },
  ],
  passes: ['Tusen takk til kollegaene mine for et fantastisk år ❤️', 'Uenig med sjefen om hvilken pizza som er best 🍕'],
};

export default defineRule({
  id: 'internal-dispute',
  section: 'profesjonell.internt',
  quote: 'Vanskelige faglige debatter tas internt, vi står samlet utad.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Dette er kritikk av ledelsen, kolleger eller en intern beslutning i en offentlig kanal. Uenighet på jobben tas internt.',
      suggestion: 'Ta det opp med nærmeste leder, tillitsvalgt eller verneombud i stedet, eller i et internt møte. Skriv eventuelt bare det du kan stå for utad.',
    },
    nn: {
      message: 'Dette er kritikk av leiinga, kollegaer eller ei intern avgjerd i ein offentleg kanal. Usemje på jobben tek ein internt.',
      suggestion: 'Ta det opp med næraste leiar, tillitsvald eller verneombod i staden, eller i eit internt møte. Skriv eventuelt berre det du kan stå for utetter.',
    },
    en: {
      message: 'This criticises management, colleagues or an internal decision in public. Disagreements at work are taken internally.',
      suggestion: 'Raise it with your line manager, union representative or safety representative instead, or in an internal meeting.',
    },
  },
  detect(context) {
    const folded = foldCase(context.text);
    const spans = scanWorkplace(context.text);
    const meetingNotice = hasMatch(politicalMeetingNotice, folded);
    return weighEvidence(context, 'internal-dispute', wordListEvidence(context, spans), {
      candidates: tagged(spans, 'workplace'),
      veto: (sentence) =>
        meetingNotice || isPlainlySincere(folded, sentence) || praisesWorkplace(folded, sentence) || hasMatch(smallTalk, folded, sentence.start, sentence.end),
      candidateVeto: (sentence) => isSincere(folded, sentence),
    });
  },
});

// A political body's meeting notice names who attends («I tillegg møter rådmannens ledergruppe»): no quarrel in it.
const politicalMeetingNotice = foldedLexicon([
  'innkalling til møte i formannskap*', 'innkalling til møte i kommunestyre*', 'innkalling til møte i utval*',
  'innkalling til møte i hovedutval*', 'innkalling til møte i hovudutval*', 'innkalling til møte i planutval*',
  'møteinnkalling til formannskap*', 'møteinnkalling til kommunestyre*', 'notice of meeting of the council',
  'notice of the council meeting',
]);

// The workplace's people praised plainly («Avdelingsleiaren har vore flink til å høyre på oss», «we were heard», «godt
// samarbeid»), with no negation, wish or quotation mark in the sentence to turn it («ingen hørte på oss», «Takk for «et
// godt møte»»): the model confirmed such sentences as disputes for want of telling praise from blame (December 2026).
const workplacePraise = foldedLexicon([
  'flink til å høre', 'flinke til å høre', 'flink til å høyre', 'flinke til å høyre', 'flink til å lytte', 'flinke til å lytte',
  'vi ble hørt', 'vi blei hørt', 'vi vart høyrde', 'vi vart høyrt', 'we were heard', 'godt møte', 'good meeting',
  'godt samarbeid', 'good cooperation', 'great cooperation', 'beste sjefen', 'verdens beste sjef', 'best boss',
  'good management',
]);
const turnedAway = foldedLexicon([
  'ikke', 'ikkje', 'ingen', 'aldri', 'uten', 'utan', 'burde', 'skulle', 'not', 'never', 'nobody',
  'no one', 'without', 'should', 'would', "didn't", "don't", "wasn't", "weren't", "haven't",
]);
const quoteMarks = /[«»"“”]/gu;
// A veto, so it clears the model alone and the workplace candidates alike.
const praisesWorkplace = (folded: string, sentence: Span) =>
  hasMatch(workplacePraise, folded, sentence.start, sentence.end) &&
  ![turnedAway, quoteMarks].some((pattern) => hasMatch(pattern, folded, sentence.start, sentence.end)) &&
  isUnclouded(folded, sentence);

// Disagreeing with the boss about cake or football is banter, not a workplace dispute.
const smallTalk = foldedLexicon([
  'pizza', 'kake', 'kaka', 'kaker', 'kaffe', 'kaffi', 'vafler', 'vaflar', 'lunsj', 'lunch', 'cake', 'coffee', 'quiz',
  'fotball', 'football', 'tippekupong*', 'vinmonopol*', '🍕', '🍰', '☕',
]);

/** Complaints and scare quotes next to the workplace, its people or its decisions. */
function wordListEvidence(context: RuleContext, spans: ReturnType<typeof scanWorkplace>): Detection[] {
  const { text } = context;
  const actors = tagged(spans, 'workplace');
  if (actors.length === 0) return [];
  const sentences = context.sentences;
  const detections: Detection[] = [];
  for (const complaint of tagged(spans, 'complaint')) {
    if (inSentences(sentences, actors, sentenceIndexAt(sentences, complaint.start), 1, 1)) detections.push({ start: complaint.start, end: complaint.end });
  }
  for (const quoted of findAll(scareQuotes, text)) {
    if (near(text, actors, quoted, 12, 'before')) detections.push(quoted);
  }
  // Irony aimed at the workplace is criticism of it (RULES.md: «the new expense system, truly the future 🙄»).
  for (const irony of ironyEvidence(context)) {
    if (inSentences(sentences, actors, sentenceIndexAt(sentences, irony.start), 0, 0)) detections.push({ start: irony.start, end: irony.end });
  }
  return dropOverlaps(detections);
}
