/**
 * What `political-opinion` and `political-process` share: who and what is political, the
 * writer's own voice, and the analysis of cases pending political decision. Both rules read
 * the same context, so the analysis is computed once per draft (cached on the context), from
 * one scan of the text over all the word lists below.
 */
import type { RuleContext } from '../../lib/engine/rule';
import { cover, distance, findAll, firstMatch, firstStartingFrom, foldCase, foldedLexicon, hasMatch, sentenceIndexAt, sentenceWindow, type Span } from '../../lib/engine/text';
import { enclosingQuote, inDashQuotedLine, quotedPassages, reportedSpeech } from './quotes';
import { tagged, taggedLexicon } from './tagged-lexicon';
import { dropOverlaps, inSentences, near } from './sentences';

const byStart = (a: Span, b: Span) => a.start - b.start;

// Bodies and people who take political decisions (definite forms: "kommunestyremøtet" is an event).
const decisionMakerWords = [
  'kommunestyre', 'kommunestyret', 'kommunestyrets', 'kommunestyrerepresentant*', 'formannskapet',
  'formannskapets', 'politiker', 'politikere', 'politikerne', 'politikernes', 'politikar', 'politikarar',
  'politikarane', 'lokalpolitiker*', 'lokalpolitikar*', 'flertallet', 'fleirtalet', 'posisjonen', 'opposisjonen',
  'hovedutvalget', 'hovudutvalet', 'stortinget', 'regjeringen', 'regjeringa',
  'council', "council's", 'councillors', 'councilors', 'councillor', 'councilor', 'politicians', 'politician',
  'council majority', 'ruling majority', 'the opposition', 'the government',
];
const officeHolderWords = [
  'ordfører', 'ordføreren', 'ordførerens', 'ordforer*', 'ordførar', 'ordføraren', 'varaordfører*', 'varaordførar*',
  'mayor', "mayor's", 'deputy mayor', 'statsråd*', 'statsminister*',
];
// Lower-case-safe party names and abbreviations; the ambiguous ones are in `capitalisedPartyWords`.
const partyWords = [
  'arbeiderpartiet', 'arbeidarpartiet', 'frp', 'fremskrittspartiet', 'framstegspartiet', 'senterpartiet',
  'sosialistisk venstreparti', 'miljøpartiet', 'mdg', 'krf', 'kristelig folkeparti', 'raudt', 'pensjonistpartiet',
  'partiet', 'partiene', 'partia', 'partiprogram*', 'conservatives', 'tories', 'progress party', 'centre party',
  'socialist left', 'green party', 'christian democrats', 'labour party',
];
// Political questions: budgets, taxes, closures, structure, decisions, elections.
// Names that are ordinary words in lower case (høyre = right/hear, venstre = left, rødt = red, sv = svar):
// parties only when capitalised.
const capitalisedPartyWords = ['ap', 'sp', 'sv', 'krf', 'frp', 'høyre', 'venstre', 'rødt', 'labour'];
const politicalTopicWords = [
  'budsjett', 'budsjettet', 'budsjetta', 'budsjettene', 'budsjettforslag*', 'budsjettframlegg*', 'budsjettkutt*',
  'økonomiplan*', 'eiendomsskatt*', 'eigedomsskatt*', 'skatt', 'skatten', 'skattene', 'skattane', 'skatteøk*',
  'bompeng*', 'bomring*', 'skolestruktur*', 'skulestruktur*', 'barnehagestruktur*', 'kutt', 'kutta', 'kuttet',
  'kuttene', 'kutte', 'kutter', 'kuttar', 'kuttforslag*', 'nedskjæring*', 'innsparing*', 'sparetiltak*',
  'nedlegging*', 'nedleggelse*', 'legge ned', 'legges ned', 'leggje ned', 'leggjast ned', 'lagt ned',
  'sammenslåing*', 'samanslåing*', 'vedtak', 'vedtaket', 'vedtakene', 'vedtaka', 'nasjonale prøver',
  'nasjonale prøvar', 'mobilforbud*', 'mobilforbod*', 'skolemat*', 'skulemat*', 'eldreomsorg*',
  'privatisering*', 'konkurranseutsetting*', 'leksefri*', 'fraværsgrense*', 'brukervalg', 'fritt brukarval', 'politikk*', 'politisk', 'politiske', 'valgløfte*', 'vallovnad*',
  'valgkamp*', 'valkamp*', 'stemte for', 'stemte mot', 'stemt for', 'stemt mot', 'røysta for', 'røysta mot',
  'budget', 'budgets', 'budget cuts', 'cuts', 'cutting', 'property tax*', 'taxes', 'tolls', 'toll road*',
  'policy', 'policies', 'school structure', 'closure', 'closures', 'merger', 'national tests', 'election*',
  'voted for', 'voted against', 'referendum',
];
// The administration's official view in a case: the only one staff may point to.
const recommendationWords = [
  'innstillingen', 'innstillinga', 'innstilling til', 'rådmannens innstilling', 'kommunedirektørens innstilling',
  'rådmannen', 'rådmannens', 'kommunedirektøren', 'kommunedirektørens', 'tilrår', 'tilrådinga', 'tilrådd',
  'saksfremlegget', 'saksframlegget', 'the recommendation', 'recommends', 'the chief executive',
  "the chief executive's",
];

// "Som privatperson", "mine egne meninger", "not on behalf of my employer": the writer's own
// disclaimer, which clears political-opinion. Not "en privatperson" (someone else) nor "ikke
// kommunens ansvar" (whose job something is): each entry says in whose name the writer speaks.
const privatePersonWords = [
  'som privatperson', 'som privat person', 'privat mening', 'privat meining', 'private mening',
  'private meining', 'min private mening', 'mi private meining', 'private meninger',
  'private meiningar', 'helt privat', 'heilt privat', 'rent privat', 'skriver privat', 'skriv privat',
  'uttaler meg privat', 'uttalar meg privat', 'mine egne meninger', 'mine eigne meiningar', 'mine egne synspunkter',
  'mine eigne synspunkt', 'min egen mening', 'mi eiga meining', 'mitt eget syn', 'mitt eige syn',
  'ikke på vegne av', 'ikkje på vegner av', 'ikkje på vegne av', 'ikke som ansatt', 'ikkje som tilsett',
  'ikke som kommuneansatt', 'ikke arbeidsgiverens syn', 'ikke arbeidsgivers syn', 'ikke min arbeidsgivers syn',
  'ikkje arbeidsgjevaren sitt syn', 'ikke kommunens syn', 'ikke kommunens mening', 'ikke kommunens meninger',
  'ikkje kommunen sitt syn', 'ikkje kommunen si meining',
  'speaking privately', 'private opinion', 'private view*', 'personal opinion', 'personal view*', 'my own view*',
  'my own opinion*', 'views are my own', 'opinions are my own', 'views my own', 'not on behalf of',
  'not for my employer', "not my employer's", 'in a private capacity', 'as a private citizen', 'as a private person',
  'speaking only for myself', 'speaking for myself', 'snakker bare for meg selv', 'snakker for meg selv',
  'talar berre for meg sjølv', 'snakkar berre for meg sjølv',
];
// A disclaimer speaks for the passage around it, not for a whole document.
const disclaimerReach = 600;
// "ikke (bare) som privatperson, men som rådgiver": denied, not claimed.
const deniedBefore = /(?:^|[^\p{L}])(?:ikke|ikkje|not|never|aldri)(?:\s+\p{L}+)?\s+$/iu;
// "Hun skriver som privatperson": someone else's disclaimer.
const otherSpeaker = /(?<![\p{L}])(?:han|hun|ho|hen|de|dei|he|she|they)(?![\p{L}])/iu;

// The writer's own view. Verbs need the writer as subject; phrases carry it.
const opinionVerbWords = ['mener', 'meiner', 'synes', 'synest', 'syns'];
// Weaker: "tror/think" also predicts and guesses, so it needs a judgement in the same sentence.
const weakVerbWords = ['tror', 'trur', 'think', 'i think', 'believe', 'reckon'];
const ownViewPhraseWords = [
  'etter min mening', 'etter mi meining', 'etter mitt syn', 'min mening er', 'mi meining er', 'min vurdering',
  'mi vurdering', 'min faglige vurdering', 'mi faglege vurdering', 'min påstand', 'jeg er overbevist om',
  'eg er overtydd om', 'in my opinion', 'in my view', 'my view is', 'my opinion is', 'imo', 'imho', 'i feel',
  'i personally feel', 'i strongly believe', 'personally i think', 'my professional view', 'my professional opinion',
  // agreement in the writer's own voice: «det er jeg helt enig i», «I fully agree»
  'jeg er enig', 'jeg er helt enig', 'er jeg enig', 'er jeg helt enig', 'eg er einig', 'eg er heilt einig', 'er eg einig',
  'er eg heilt einig', 'i agree', 'i fully agree', 'i totally agree', 'i completely agree',
];
// Judgements that make a sentence a stance, whoever the grammatical subject is.
const evaluationWords = [
  'helt feil', 'heilt feil', 'feil av', 'er feil å', 'var feil å', 'er riktig å', 'var riktig å', 'er rett å',
  'var rett å', 'en skandale', 'ein skandale', 'skandale*', 'skandaløs*',
  'skammelig*', 'skamlaus*', 'skamløs*', 'dummeste', 'dummaste', 'tåpelig*', 'tåpeleg*', 'latterlig*',
  'latterleg*', 'hårreisende', 'uansvarlig*', 'uansvarleg*', 'urettferdig*', 'kortsiktig*', 'for dyrt',
  'altfor dyrt', 'pengesløs*', 'sløsing*', 'sløseri*', 'bortkastede penger', 'bortkasta pengar', 'dårlig utredet',
  'dårleg utgreidd', 'dårleg utgreia', 'svik', 'svek', 'løftebrudd',
  // «endelig noen som lytter», not «endelig noen fine dager»
  'endelig noen som', 'endeleg nokon som', 'endelig noen i', 'endeleg nokon i', 'endelig noen med', 'endeleg nokon med',
  'endelig noen politikere', 'endeleg nokon politikarar',
  'bare teater', 'berre teater', 'bare skuespill', 'berre skodespel', 'skinnprosess*', 'fortjener bedre',
  'fortener betre', 'moden for', 'ikke bærekraftig', 'ikkje berekraftig', 'uforsvarlig*',
  'uforsvarleg*', 'ikke forsvarlig', 'ikkje forsvarleg', 'uforståelig*', 'uforståeleg*', 'urimelig*', 'urimeleg*',
  'bygger på feil', 'byggjer på feil', '🙄', '😒', '🤦', '🤡',
  'brilliant idea', 'pure fantasy', 'about time someone', 'about time they', "it's about time", 'has no idea',
  'have no idea', 'had no idea', 'no clue', 'clueless',
  'disgrace*', 'scandal*', 'shameful', 'ridiculous', 'absurd', 'a joke', 'waste of money', 'waste of taxpayers',
  'short-sighted', 'shortsighted', 'unfair', 'irresponsible', 'has ignored', 'have ignored', 'let down',
  'betrayed', 'just theatre', 'just theater', 'got it wrong', 'got this wrong', 'the wrong decision',
  'deserve better',
  // a view beside a prediction of the vote: «I reckon the council will vote it down, and frankly they should»
  'frankly they should', 'and they should', "and they shouldn't", 'and they should not', 'and rightly so',
  'a huge mistake', 'a big mistake', 'a terrible mistake', 'a serious mistake',
];

// A case that is up for political decision, or the stage it is at.
const pendingCaseWords = [
  'skal opp i', 'skal opp til', 'kommer opp i', 'kjem opp i', 'kommer opp til', 'kjem opp til', 'skal behandles',
  'behandles i', 'behandles av', 'skal handsamast', 'handsamast i', 'handsames i', 'til behandling',
  'til politisk behandling', 'til handsaming', 'før behandlingen', 'før handsaminga', 'behandlingen i',
  'handsaminga i', 'før kommunestyret', 'før formannskapet', 'før politikerne', 'før politikarane',
  'før de vedtar', 'før dei vedtek', 'før vedtaket', 'før saken', 'før saka', 'høringsfrist*', 'høyringsfrist*',
  'på høring', 'på høyring', 'høringsutkast*', 'høyringsutkast*', 'høringen', 'høyringa', 'budsjettforslag*',
  'budsjettframlegg*', 'forslaget om', 'framlegget om', 'forslag til budsjett', 'skal vedta', 'skal stemme',
  'skal røyste', 'stemmer over', 'røystar over', 'skal avgjøres', 'skal avgjerast',
  'before the council', 'council votes', 'votes on', 'vote on', 'will vote', 'will decide', 'to decide on',
  'the proposal', 'proposal to', 'budget proposal', 'draft budget', 'consultation', 'public hearing',
  'goes to the council', 'comes before', 'before the vote', 'up for a vote', 'final decision',
];
// A prediction: the writer guesses how the politicians will decide.
const predictionWords = [
  'tror', 'trur', 'tipper', 'tippar', 'regner med', 'reknar med', 'spår', 'er sikker på', 'er viss på', 'garantert',
  'neppe', 'nok', 'doubt', 'bet', "i'd bet", 'bet money', 'expect', 'predict', 'reckon', 'my guess', 'mark my words',
  'no way', 'i think', 'probably', 'definitely', 'surely',
];
const outcomeWords = [
  'kommer til å', 'kjem til å', 'lander på', 'landar på', 'ender med', 'endar med', 'går for', 'går inn for',
  'stemme ned', 'stemmer ned', 'stemt ned', 'røyste ned', 'røystar ned', 'vedta', 'vedtar', 'vedtek', 'vedtatt',
  'vedteke', 'går gjennom', 'går igjennom', 'vil stemme', 'vil vedta', 'sier ja', 'sier nei', 'seier ja',
  'seier nei', 'snur', 'go along', 'go through', 'goes through', 'pass', 'passes', 'approve', 'approves', 'reject',
  'rejects', 'vote it down', 'vote down', 'back down', 'cave', 'will vote', 'going to vote',
];
// The administration's or a department's own voice, and what it would prefer.
const administrationVoiceWords = [
  'administrasjonen', 'administrasjonens', 'i administrasjonen', 'fagfolkene', 'fagfolka', 'saksbehandlerne',
  'saksbehandlarane', 'fagetaten', 'etaten', 'vi på', 'vi i', 'oss i', 'oss på', 'me på', 'me i', 'av oss',
  'vi som jobber med', 'vi som jobbar med', 'me som jobbar med', 'the administration', 'staff', 'officers',
  'planners', 'we in', 'we at', 'those of us', 'most of us',
];
const administrationPreferenceWords = [
  'mener', 'meiner', 'enige', 'einige', 'ønsker', 'ønskjer', 'vil ha', 'foretrekker', 'føretrekkjer', 'foretrakk',
  'føretrekte', 'anbefaler', 'vet', 'veit', 'ser jo', 'preferred', 'prefer', 'prefers', 'want', 'wanted', 'agree',
  'know', 'think', 'thinks',
];
// Counterfactual advice is itself a view other than the recommendation.
const counterfactualWords = [
  'ville anbefalt', 'ikke ville anbefalt', 'ville ikke anbefalt', 'ville aldri anbefalt', 'ville tilrådd',
  'ikkje ville tilrådd', 'ville ikkje tilrådd', 'ville heller', 'would have recommended', 'would not recommend',
  "wouldn't recommend", 'would never recommend', 'would rather',
];
// "Uansett hva som står i budsjettforslaget", "same kva innstillinga seier".
const regardlessWords = [
  'uansett hva', 'uansett kva', 'same kva', 'samme hva', 'uavhengig av', 'regardless of', 'whatever',
  'no matter what', 'står ikke i', 'står ikkje i', 'står ikke noe om', "isn't in",
];

const scanPolitics = taggedLexicon({
  actor: [...decisionMakerWords, ...officeHolderWords, ...partyWords],
  capitalisedParty: capitalisedPartyWords,
  topic: politicalTopicWords,
  recommendation: recommendationWords,
  pending: [...pendingCaseWords, 'skal vedta'],
  private: privatePersonWords,
  opinionVerb: [...opinionVerbWords],
  weakVerb: weakVerbWords,
  ownViewPhrase: ownViewPhraseWords,
  evaluation: evaluationWords,
  prediction: [...predictionWords, 'tror', 'trur'],
  outcome: [...outcomeWords, 'skal vedta'],
  administrationVoice: administrationVoiceWords,
  administrationPreference: [...administrationPreferenceWords, 'i think'],
  counterfactual: counterfactualWords,
  regardless: regardlessWords,
});

// Names that are ordinary words in lower case (høyre = right/hear, venstre = left, rødt = red).
// The writer before an opinion verb: "jeg (personlig) mener", "de fleste av oss i sektoren meiner".
const writerBefore = /(?:^|[^\p{L}])(?:jeg|eg|av oss)(?:\s\p{L}+){0,3}\s$/iu;
const writerBeforeWeak = /(?:^|[^\p{L}])(?:jeg|eg|i)(?:\s\p{L}+){0,2}\s$/iu;
// Inverted order: "mener jeg", "synest eg".
const writerAfter = /^\s(?:jeg|eg)(?![\p{L}])/iu;
// «men», «but»: what follows turns against what came before in the sentence.
export const turn = foldedLexicon(['men', 'but', 'likevel', 'though', 'however', 'derimot']);
// A view withheld: «Jeg kan ikke si noe om hva jeg mener om saken», «I can't say what I think», «vil ikkje dele mi
// vurdering». What the guideline asks of staff, not a view of theirs.
const refusedBefore = /(?:^|[^\p{L}])(?:ikke|ikkje|not|never|aldri|can't|cannot|won't)(?:\s\p{L}+){0,5}\s(?:(?:hva|kva|what|how)(?:\s(?:jeg|eg|i))?(?:\s(?:selv|sjølv|sjøl|myself))?|(?:dele|deler|gi|gir|share|give)(?:\s(?:ut|with you))?)\s$/iu;
// Another person between writer and verb makes it someone else's view ("jeg lurer på hva du mener").
const someoneElse = /(?<![\p{L}])(?:du|deg|dere|dykk|de|dei|han|hun|ho|hen|you|he|she|they|folk|innbyggerne|innbyggjarane)(?![\p{L}])/iu;
// Sentence-initial opinion verb with the pronoun dropped: "Synes det er trist at…", "Honestly think…".
const droppedPronounOpening = /^(?:(?:honestly|really|seriously|ærlig talt|ærleg talt|personlig|personleg|egentlig|eigentleg)[\s,]+)?$/iu;
// Broader judgements that turn "jeg tror" / "I think" into a stance.
const judgementWords = foldedLexicon([
  'feil', 'riktig', 'rett', 'galt', 'gale', 'bra', 'dårlig*', 'dårleg*', 'best', 'beste', 'verst', 'verste',
  'bedre', 'betre', 'verre', 'klokt', 'uklokt', 'dumt', 'ikke forstår', 'ikkje forstår', 'skjønner ikke',
  'skjønar ikkje', 'fortjener', 'fortener', 'wrong', 'right', 'good', 'bad', 'better', 'worse', 'best', 'worst',
  'great', 'terrible', 'awful', 'stupid', 'smart', 'wise', 'unwise', 'fair', 'deserve*', "don't understand",
  "doesn't understand",
]);
// Words that mark a leak: the administration's real view, off the record.
const leakCues = foldedLexicon([
  'egentlig', 'eigentleg', 'eigentlig', 'faktisk', 'actually', 'really', 'between us', 'mellom oss', 'lekker',
  'off the record', 'unofficially', 'uoffisielt', 'internt', 'bak lukkede dører', 'bak lukka dører',
]);

type PoliticsSpan = ReturnType<typeof scanPolitics>[number];

/** Spans where the writer states their own view or judgement, without regard to its subject. */
export interface Opinion extends Span {
  /** A first-person view needs a subject in its sentence; an evaluation may refer back one sentence. */
  kind: 'own-view' | 'evaluation';
  /** «Min vurdering er at …», «in my view»: an assessment in so many words, the guideline's own. */
  assessment?: true;
}

export interface PendingCaseSignal extends Span {
  /** Own view on the case (a stance), as opposed to a mere prediction of the vote. */
  stance: boolean;
  /**
   * The writer's assessment in so many words («Min vurdering er at forslaget …») next to the case, or a stance turned
   * against the recommendation just reported («Kommunedirektøren tilrår …, men eg synest …»): the guideline's own case.
   */
  certain?: boolean;
}

interface PoliticsAnalysis {
  /** Bodies, office-holders and parties. */
  actors: Span[];
  /** Actors plus political topics, pending cases and the recommendation. */
  subjects: Span[];
  /** Where the writer says they speak as a private person. */
  disclaimers: Span[];
  opinions: Opinion[];
  /** «Ordføreren mener …»: a view the writer reports as someone else's. */
  othersViews: Span[];
  /** «Jeg kan ikke si noe om hva jeg mener»: a view the writer keeps to themselves. */
  withheld: Span[];
  pendingCase: PendingCaseSignal[];
  /** No trace of the writer's own voice anywhere (`readsAsAReport`): the model finds no stance of theirs in it. */
  report: boolean;
}

const cache = new WeakMap<RuleContext, PoliticsAnalysis>();

// The writer's own vote with its direction («Jeg kommer til å stemme mot sammenslåingen», «Eg kjem til å røyste for», «Vi i
// Sp kommer til å stemme for», «I will vote against», «I'll vote no»): a stance on a case still to be decided
// (corpus/LABELLING.md), where «Jeg tror kommunestyret kommer til å stemme ned» only predicts the others' vote. Not a
// first vote («Eg skal stemme for fyrste gong») nor one for or against a party or whoever: an election, no case.
const ownVote = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:jeg|eg|vi)(?:\s+i\s+[\p{L}-]{1,20})?\s+(?:kommer\s+til\s+å|kjem\s+til\s+å|skal|vil)\s+(?:(?:ikke|ikkje|nok|òg|også)\s+)?(?:stemme|stemma|røyste|røysta)|(?:i|we)(?:\s+(?:will|shall)|['’]ll|\s+am\s+going\s+to|\s+are\s+going\s+to|['’]m\s+going\s+to|['’]re\s+going\s+to)\s+(?:(?:not|also)\s+)?vote)\s+(?:for|mot|imot|ja|nei|against|yes|no)(?![\p{L}])(?!\s+(?:første|fyrste|first|the\s+first|whoever|hvem|kven|the\s+party|partiet)(?![\p{L}]))`,
  'giu',
);

/** The writer's own votes announced in `text`: not in a quote, not in speech reported as someone else's. */
function writersOwnVotes(context: RuleContext): Span[] {
  const { text, sentences } = context;
  const votes = findAll(ownVote, text);
  if (votes.length === 0) return [];
  const quotes = quotedPassages(text);
  const said = reportedSpeech(text, sentences).said;
  // A dash-opened line is quoted even where its speaker is named past what `said` reads («– Vi kommer til å stemme imot,
  // sier Frp-gruppens leder til Amta om saka»).
  return votes.filter((vote) => !said(vote) && !inDashQuotedLine(text, vote) && enclosingQuote(quotes, vote) === undefined);
}

/** The draft's political subjects, opinions and pending-case signals (once per draft). */
export function analysePolitics(context: RuleContext): PoliticsAnalysis {
  let analysis = cache.get(context);
  if (!analysis) {
    const { text } = context;
    const spans = scanPolitics(text);
    const parties = tagged(spans, 'capitalisedParty').filter((span) => /^\p{Lu}/u.test(text.slice(span.start, span.end)));
    const actors = [...tagged(spans, 'actor'), ...parties].sort(byStart);
    const ownVotes = writersOwnVotes(context);
    const pending = [...spans.filter((span) => span.tags.has('pending') || span.tags.has('recommendation')), ...ownVotes].sort(byStart);
    const subjects = [...actors, ...tagged(spans, 'topic'), ...pending].sort(byStart);
    const disclaimers = writersDisclaimers(context, tagged(spans, 'private'));
    const { found, othersViews, withheld } = subjects.length > 0 ? opinions(context, spans) : { found: [], othersViews: [], withheld: [] };
    const pendingCase = subjects.length > 0 ? pendingCaseSignals(context, spans, subjects, pending, found, ownVotes) : [];
    analysis = { actors, subjects, disclaimers, opinions: found, othersViews, withheld, pendingCase, report: found.length === 0 && readsAsAReport(context, foldCase(text)) };
    cache.set(context, analysis);
  }
  return analysis;
}

/** The private-person markers that are the writer's own claim: not quoted, not denied, not someone else's. */
function writersDisclaimers(context: RuleContext, markers: PoliticsSpan[]): Span[] {
  if (markers.length === 0) return [];
  const { text, sentences } = context;
  const quotes = quotedPassages(text);
  return markers.filter((marker) => {
    const sentence = sentences[sentenceIndexAt(sentences, marker.start)];
    const lead = text.slice(Math.max(sentence?.start ?? 0, marker.start - 60), marker.start);
    return !deniedBefore.test(lead) && !otherSpeaker.test(lead) && enclosingQuote(quotes, marker) === undefined;
  });
}

/** The writer's own disclaimer lies within reach of `span` (`disclaimers` in order). */
export function disclaimedAt(disclaimers: readonly Span[], span: Span): boolean {
  // The nearest disclaimers are the last one before the span and the first one from it.
  const next = firstStartingFrom(disclaimers, span.start);
  return [disclaimers[next - 1], disclaimers[next]].some((disclaimer) => disclaimer && distance(disclaimer, span) <= disclaimerReach);
}

function opinions(context: RuleContext, spans: PoliticsSpan[]): { found: Opinion[]; othersViews: Span[]; withheld: Span[] } {
  const { text } = context;
  const sentences = context.sentences;
  const found: Opinion[] = [];
  const othersViews: Span[] = [];
  const withheld: Span[] = [];
  const isReported = reportedSpeech(text, sentences).said;
  for (const span of spans) {
    const { start, end, tags } = span;
    const opinionWord = tags.has('evaluation') || tags.has('ownViewPhrase') || tags.has('opinionVerb') || tags.has('weakVerb');
    if (opinionWord && isReported(span)) othersViews.push({ start, end });
    else if (tags.has('evaluation')) found.push({ start, end, kind: 'evaluation' });
    else if (refused(text, sentences, span)) withheld.push({ start, end });
    else if (tags.has('ownViewPhrase')) found.push({ start, end, kind: 'own-view', assessment: true });
    else if (tags.has('opinionVerb') || tags.has('weakVerb')) {
      const view = writersView(text, sentences, span);
      if (view) found.push({ ...view, kind: 'own-view' });
      else if (tags.has('opinionVerb')) othersViews.push({ start, end });
    }
  }
  return { found, othersViews, withheld };
}

/** An opinion word the writer says they keep to themselves (`refusedBefore`, within its sentence). */
function refused(text: string, sentences: readonly Span[], span: Span): boolean {
  const sentence = sentences[sentenceIndexAt(sentences, span.start)];
  return refusedBefore.test(text.slice(Math.max(sentence?.start ?? 0, span.start - 60), span.start));
}

/** The writer's own "mener/synes" (or "tror/think" with a judgement), widened to the pronoun. */
function writersView(text: string, sentences: readonly Span[], verb: PoliticsSpan): Span | undefined {
  const sentence = sentences[sentenceIndexAt(sentences, verb.start)];
  if (!sentence) return undefined;
  const weak = verb.tags.has('weakVerb');
  if (weak && !hasMatch(judgementWords, foldCase(text), verb.end, sentence.end)) return undefined;
  if (/^i\s/iu.test(text.slice(verb.start, verb.end))) return verb;
  const lead = text.slice(Math.max(sentence.start, verb.start - 40), verb.start);
  const before = (weak ? writerBeforeWeak : writerBefore).exec(lead);
  if (before && !someoneElse.test(before[0])) {
    return { start: verb.start - before[0].length + before[0].search(/\p{L}/u), end: verb.end };
  }
  const after = writerAfter.exec(text.slice(verb.end, verb.end + 5));
  if (after) return { start: verb.start, end: verb.end + after[0].length };
  const opensSentence = droppedPronounOpening.test(text.slice(sentence.start, verb.start));
  return opensSentence && !someoneElse.test(text.slice(verb.end, verb.end + 6)) ? verb : undefined;
}

function pendingCaseSignals(
  context: RuleContext,
  spans: PoliticsSpan[],
  subjects: Span[],
  pending: Span[],
  found: Opinion[],
  ownVotes: Span[],
): PendingCaseSignal[] {
  const { text } = context;
  const sentences = context.sentences;
  const sentenceOf = (span: Span) => sentenceIndexAt(sentences, span.start);
  const signal = ({ start, end }: Span, stance: boolean, certain = false) => signals.push({ start, end, stance, certain });
  const signals: PendingCaseSignal[] = [];

  // "Jeg tror kommunestyret kommer til å stemme ned…", "I doubt the council will go along with it".
  const outcomes = tagged(spans, 'outcome');
  const predicted = new Set<number>();
  for (const verb of tagged(spans, 'prediction')) {
    const decider = near(text, subjects, verb, 40, 'after');
    const outcome = decider && near(text, outcomes, decider, 60, 'after');
    const index = sentenceOf(verb);
    if (outcome && !predicted.has(index)) {
      predicted.add(index);
      signal(verb, false);
    }
  }

  // "Administrasjonen mener egentlig…", "between us: the planning staff actually preferred…".
  const preferences = tagged(spans, 'administrationPreference');
  for (const voice of tagged(spans, 'administrationVoice')) {
    const sentence = sentences[sentenceOf(voice)]!;
    const preference = near(text, preferences, voice, 40, 'after');
    if (preference && hasMatch(leakCues, foldCase(text), sentence.start, sentence.end)) signal(cover(voice, preference), true);
  }
  for (const advice of tagged(spans, 'counterfactual')) {
    if (inSentences(sentences, pending, sentenceOf(advice), 1, 1)) signal(advice, true);
  }
  for (const phrase of tagged(spans, 'regardless')) {
    if (near(text, pending, phrase, 30, 'after')) signal(phrase, true);
  }

  for (const vote of ownVotes) signal(vote, true, true);

  // Own assessment in the sentence of a pending case or the one next to it.
  const recommendations = tagged(spans, 'recommendation');
  const folded = foldCase(text);
  const turnsAgainstTheRecommendation = (opinion: Span) => {
    const sentence = sentences[sentenceOf(opinion)]!;
    // The sentence's first recommendation (spans in order; a search, as a pasted text may hold thousands).
    const recommendation = recommendations[firstStartingFrom(recommendations, sentence.start)];
    return recommendation !== undefined && recommendation.end <= opinion.start && hasMatch(turn, folded, recommendation.end, opinion.start);
  };
  for (const opinion of found) {
    if (inSentences(sentences, pending, sentenceOf(opinion), 1, 1)) signal(opinion, true, opinion.assessment === true || turnsAgainstTheRecommendation(opinion));
  }
  return dropOverlaps(signals);
}

/**
 * The papers of a case pointed to («Vedtaket ligg på frogn.no», «innstillinga ligg ute på nettsida»,
 * «the breakdown is on page 12»): a decision or a recommendation reported, not the writer's view.
 * The organisation's own web domains come from its settings, not from the rules.
 */
const papersPointer = foldedLexicon([
  'finner du på', 'finn du på', 'ligger ute på', 'ligg ute på', 'innstillingen ligger', 'innstillinga ligg', 'vedtaket ligger',
  'vedtaket ligg', 'hele vedtaket', 'heile vedtaket', 'vedtaket med alle', 'her kan du lese', 'les mer', 'les meir',
  'read more', 'on our website', 'on page',
]);
const onOwnWebsite = new WeakMap<readonly string[], RegExp>();
const ownWebsitePointer = (domains: readonly string[]) => {
  let pattern = onOwnWebsite.get(domains);
  if (!pattern) onOwnWebsite.set(domains, (pattern = foldedLexicon(domains.flatMap((domain) => [`ligger på ${domain}`, `ligg på ${domain}`, `on ${domain}`]))));
  return pattern;
};

/** Where `folded[start, end)` points to a case's papers, if it does. */
export function papersPointerIn({ settings }: RuleContext, folded: string, start: number, end: number): Span | undefined {
  const domains = settings.organisation.officialDomains;
  return firstMatch(papersPointer, folded, start, end) ?? (domains.length > 0 ? firstMatch(ownWebsitePointer(domains), folded, start, end) : undefined);
}

/** Whether `folded[start, end)` points to where a case's papers are. */
export const pointsToThePapers = (context: RuleContext, folded: string, start: number, end: number): boolean =>
  papersPointerIn(context, folded, start, end) !== undefined;

// The writer's own voice: a first person (singular or plural), a question, an exclamation, an emoji or a judgement.
const firstPersonSingular = ['jeg', 'eg', 'æ', 'meg', 'mæ', 'min', 'mitt', 'mine', 'my', 'me'];
const firstPerson = foldedLexicon([...firstPersonSingular, 'vi', 'oss', 'vår', 'vårt', 'våre', 'we', 'us', 'our', 'ours']);
// The writer alone: «vi» and «vår» are also the office's own voice («i vår kommune»).
const writerHimself = foldedLexicon(firstPersonSingular);
// In Norwegian «I» is the preposition («I Fjell kommunestyre vart vedtaket gjort samrøystes»).
const englishI = /(?<![\p{L}])I(?![\p{L}])/u;
const markedVoice = /[?!]|\p{Extended_Pictographic}/u;

/**
 * Three sentences or more with no trace of the writer: news of what others said and decided, as an office or a paper
 * reports it. RULES.md asks for a stance in the writer's own voice; real municipal news and notices read by the model
 * alone were most of its false alarms (December 2026).
 */
function readsAsAReport(context: RuleContext, folded: string): boolean {
  const { text, sentences } = context;
  if (sentences.length < 3) return false;
  // The speakers a report quotes («– Vi håper …, sa SVs Kim Thoresen-Vestre») have a voice; the writer has none.
  const said = reportedSpeech(text, sentences).said;
  const writers = sentences.filter((sentence) => !said(sentence));
  const inWriters = (pattern: RegExp) => writers.some((sentence) => hasMatch(pattern, folded, sentence.start, sentence.end));
  const voiced = writers.some((sentence) => {
    const own = text.slice(sentence.start, sentence.end);
    return markedVoice.test(own) || (context.lang === 'en' && englishI.test(own));
  });
  if (voiced) return false;
  if (hasMatch(decisionsSummary, folded)) return !inWriters(writerHimself);
  return !inWriters(firstPerson) && !inWriters(judgementWords);
}
// A text that says it sums up the decisions of a meeting: the office's own «vi» («som vi ikke kjente til i desember»)
// and its regret («Det er dessverre slik at …») are still a report of what was decided.
const decisionsSummary = foldedLexicon([
  'oppsummering av vedtakene', 'oppsummering av vedtaka', 'samandrag av vedtaka', 'vedtakene som ble gjort', 'vedtaka som vart gjort',
  'vedtaka som blei gjort', 'summary of the decisions', 'decisions made at', 'sakene som ble behandlet', 'sakene som vart handsama',
  'sakene som blei behandla',
]);

// Who decides a case and when: the course of a decision, as a notice or a service page tells it.
const decisionCourse = foldedLexicon([
  'blir behandlet', 'blir behandla', 'blir forslaget behandlet', 'blir framlegget handsama', 'blir handsama', 'vert handsama', 'skal behandle', 'skal handsame', 'skal behandles',
  'skal handsamast', 'vedtar budsjett*', 'vedtek budsjett*', 'har vedtatt at', 'har vedteke at', 'endelig vedtak', 'endeleg vedtak',
  'endelig avgjørelse', 'endeleg avgjerd', 'sluttbehandl*', 'will be considered by', 'will make the final decision',
  // who decides: «Det er kommunestyret som avgjør saken i juni», «politikarane har siste ordet»
  'som avgjør', 'som avgjer', 'som bestemmer', 'har siste ordet', 'har det siste ordet',
  'that makes the decision', 'who makes the decision', 'has the final say', 'have the final say', 'has the last word',
]);
// A stance after all, in that sentence or the next to it: a modal, a prediction, a hope or a regret, a charge, a
// judgement, or a mark of the writer's voice.
const stanceNear = foldedLexicon([
  'bør', 'burde', 'må', 'håper', 'håpar', 'dessverre', 'diverre', 'heldigvis', 'omsider', 'skam*', 'svik*', 'svikt*', 'pynta', 'pyntet', 'tror', 'trur', 'kommer til å', 'kjem til å', 'vedde*', 'nok', 'sikkert', 'uansett',
  'should', 'must', 'hope', 'unfortunately', 'luckily', 'finally', 'betray*', 'bet', 'will probably', 'anyway',
  // «de har allerede bestemt seg»: the outcome told before the vote
  'allerede', 'allereie', 'already',
]);

/**
 * A sentence that tells the course of a decision, or stands next to one («Så blir desse behandla av
 * lokalpolitikarane, og i desember er det kommunestyret som vedtar budsjett og økonomiplan»), with no stance in
 * them: information, not a stance on the case or an assessment of it.
 */
export function tellsTheDecisionCourse(context: RuleContext, folded: string, sentence: Span): boolean {
  const { start, end } = sentence;
  if (hasMatch(firstPerson, folded, start, end)) return false;
  const at = sentenceIndexAt(context.sentences, start);
  const { start: from, end: to } = at < 0 ? sentence : sentenceWindow(context.sentences, at, 1, 1);
  return (
    hasMatch(decisionCourse, folded, from, to) &&
    !hasMatch(stanceNear, folded, from, to) &&
    !hasMatch(judgementWords, folded, from, to) &&
    !hasMatch(writerHimself, folded, from, to) &&
    !(context.lang === 'en' && englishI.test(context.text.slice(from, to))) &&
    !markedVoice.test(context.text.slice(from, to))
  );
}
