import { defineRule, type Detection, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { weighEvidence } from './lib/learned';
import { findPersons, roleNouns, secondPerson } from './lib/persons';
import { findAll, firstMatch, foldCase, foldedLexicon, hasMatch, sentenceAt, sentenceWindow, type Span } from '../lib/engine/text';

// What an individual's case is about: the application, complaint, decision, bill, id or case number.
const caseNoun = foldedLexicon([
  'søknad*', 'soknad*', 'klage*', 'klaga*', 'vedtak*', 'sak', 'saka', 'saken', 'byggesak*', 'byggjesak*', 'faktura*',
  'fakturert', 'purring*', 'betaling*', 'innbetaling*', 'dispensasjon*', 'saksnummer*', 'saksnr', 'referansenummer*',
  'startlån*', 'bostøtte*', 'sosialhjelp*', 'nødhjelp*', 'ferdigattest*', 'brukstillatelse*', 'eiendomsskatt*', 'gebyr*',
  'parkeringsbot*', 'bot', 'bota', 'boten', 'tildeling*', 'barnehageplass*', 'sfo-plass*', 'sykehjemsplass*',
  'sjukeheimsplass*', 'omsorgsbolig*', 'skyss*', 'brev', 'brevet', 'personnummer*', 'fødselsnummer*', 'd-nummer*',
  'application*', 'complaint*', 'appeal*', 'decision*', 'fine', 'invoice*', 'bill', 'case', 'permit*',
  'claim*', 'payment*', 'letter', 'case number', 'reference number',
  // special-needs and care decisions: the assessment, the referral, the hours granted
  'sakkyndig vurdering*', 'sakkunnig vurdering*', 'utredning*', 'utgreiing*', 'henvisning*', 'tilvising*', 'assistenttime*',
  'assistenttima*', 'expert report', 'referral*', 'assessment*',
  // parking permits and fines
  'lappen', 'p-lappen', 'parkeringslapp*', 'beboerkort*', 'beboarkort*', 'hc-kort*', 'parkeringskort*', 'parkeringstillatelse*',
  'parking ticket*', 'parking fine*', 'blue badge', 'renewal',
]);
// Someone in particular: the person addressed, or the person talked about.
const thirdPerson = foldedLexicon(['han', 'hun', 'ho', 'hans', 'hennes', 'he', 'she', 'his', 'her']);
// A reply to one person: "@Navn", "Hei Navn," or "Til deg som …".
const addressedOpening = /^\s*(?:@\p{L}|(?:[Hh]ei|[Hh]allo|[Hh]ei igjen|[Hh]i|[Hh]ello|[Hh]ey|[Kk]jære|[Dd]ear)\s+\p{Lu}\p{Ll}+|[Tt]il (?:deg|dere|dykk) som|[Tt]o (?:you|those) who)/u;

// The writer's own application, complaint or bill, told by them: a resident who tells their own is no case
// handled (corpus/LABELLING.md, round 21), unless it is a relative's or someone else's, or a reader's is answered.
const ownCaseNouns = ['søknaden', 'klagen', 'klaga', 'saken', 'saka', 'byggesaken', 'byggesaka', 'vedtaket',
  'fakturaen', 'regningen', 'rekninga', 'taksten', 'boten', 'bota'];
const ownCase = foldedLexicon([
  ...ownCaseNouns.flatMap((noun) => ['min', 'mi', 'mitt', 'vår', 'vårt'].map((mine) => `${noun} ${mine}`)),
  ...['application', 'complaint', 'case', 'appeal', 'bill', 'invoice', 'claim', 'fine'].flatMap((noun) => [`my ${noun}`, `our ${noun}`]),
  ...['jeg', 'eg', 'vi'].flatMap((writer) =>
    ['har klaget', 'klaget', 'har klaga', 'klaga', 'har søkt', 'søkte', 'sendte klage', 'sendte søknad'].map((verb) => `${writer} ${verb}`)),
  'i applied', 'i have applied', "i've applied", 'we applied', 'we have applied', "we've applied", 'i complained', 'we complained',
]);
/** Whether the draft tells only the writer's own case: theirs, with no reader's, relative's or other person's. */
function isWritersOwnCase(text: string, folded: string, sentences: readonly Span[]): boolean {
  return (
    hasMatch(ownCase, folded) &&
    !hasMatch(secondPerson, folded) &&
    !hasMatch(thirdPerson, folded) &&
    // a relative or anyone else in a role («for datteren vår», «the tenant»): their case, perhaps
    !hasMatch(roleNouns, folded) &&
    !findPersons(text, sentences).some((person) => person.kind !== 'mention')
  );
}

// A sentence said to one person by name, anywhere in the text.
const namedAddress = /^\P{L}*(?:@\p{L}|(?:[Tt]il|[Tt]o|[Hh]ei|[Hh]allo|[Hh]i|[Hh]ello|[Hh]ey|[Kk]jære|[Dd]ear)\s+\p{Lu}\p{Ll}+)/u;

// Information for everyone in the second person: «Har du fått avslag, kan du klage …», «If you want to apply …»,
// «Når søknaden din er godkjent …», «If your application is denied …», «Du kan søke om betalingsutsettelse …» (not «Bente, … du kan søke om …»).
const generalAddress = /^\W*(?:(?:har|skal|mener|lurer|ønsker|trenger|vil|får|fikk)\s+du|(?:hvis|dersom|viss|om|når)\s+(?:du|\p{L}+\s+(?:din|di|ditt|dine))|(?:do|did|have|if|when|would)\s+your?|du\s+kan\s+søkj?e\s+om|you\s+(?:can|may)\s+apply\s+for)(?!\p{L})/iu;

// Information for everyone, however it is worded: «til alle i Husvik-området», «generelt gjelder det».
const forEveryone = foldedLexicon([
  'generelt', 'in general', 'til alle', 'alle som', 'everyone', 'all residents', 'alle innbyggere', 'alle innbyggjarar',
  'det du trenger å vite', 'det du treng å vite', 'what you need to know', 'søknadsfri*', 'no application needed',
  'deg som søker', 'deg som søkjer', 'du som søker', 'du som søkjer', 'as an applicant',
  'må sendes', 'må sendast', 'bør inneholde', 'bør innehalde', 'skal fremgå av', 'skal framgå av', 'må fremgå av', 'må framgå av',
  'skal gå fram av', 'må gå fram av', 'viser hvordan', 'syner korleis', 'hver måned', 'kvar månad',
  'every month', 'each month', 'innen den', 'innan den', 'du kan klage', 'you can appeal', 'skal sendes', 'skal sendast',
  'must be submitted', 'etter at du har', 'after you have', 'if you need guidance', 'if your child', 'wondering how', 'lurer du på hvordan',
  'lurar du på korleis', 'where you live', 'der du bor', 'der du bur',
  // the rules of a procedure told to anyone: «Klagefristen er tre veker frå du fekk vedtaket»,
  // «In order to apply … you must», «Residents whose addresses …»
  'fra du fikk', 'frå du fekk', 'fra den dagen du', 'frå den dagen du',
  'the deadline for', 'from the day you', 'from the date you', 'må være skriftlig', 'må vere skriftleg', 'must be in writing',
  'in order to apply', 'to apply for', 'whether or not you', 'innbyggere som', 'innbyggjarar som', 'søkere som',
  'søkjarar som', 'residents who', 'residents whose', 'applicants who',
]);

// What anyone needs for an approval, «For at vi skal godkjenne søknaden din, må du …», unless the
// text answers one reader: it greets them («Hei! For at vi skal se på fakturaen, kan du …») or
// starts with their name («Kari, for at vi skal …»).
const conditionsForAnyone = foldedLexicon(['for at vi skal', 'for at me skal', 'for at vi kan', 'for at me kan', 'in order for us to']);
const answersOneReader = /^\P{L}*(?:\p{Lu}\p{Ll}+,|(?:[Hh]ei|[Hh]allo|[Hh]i|[Hh]ello|[Hh]ey)(?!\p{L}))/u;
const greetsSomeone = (text: string) => addressedOpening.test(text) || answersOneReader.test(text);

const isGeneralInformation = (text: string, folded: string, sentence: Span) =>
  generalAddress.test(text.slice(sentence.start, sentence.end)) ||
  hasMatch(forEveryone, folded, sentence.start, sentence.end) ||
  (hasMatch(conditionsForAnyone, folded, sentence.start, sentence.end) && !greetsSomeone(text));

// A status or an assessment of the case, or the writer looking it up.
const caseStatus = foldedLexicon([
  'innvilget', 'innvilga', 'avslått', 'avslag*', 'avvist', 'godkjent', 'godkjend', 'godkjende', 'står seg',
  'mottatt', 'motteke', 'motteken', 'mottekne', 'kom inn', 'kommet inn', 'komme inn', 'registrert', 'registrerte',
  'til behandling', 'ikke avgjort', 'ikkje avgjort', 'avgjort', 'mangler', 'manglar', 'i orden', 'har rett på',
  'har krav på', 'treff', 'ventet på', 'venta på', 'venter på', 'ventar på', 'fakturert', 'betalt', 'ubetalt', 'forfalt',
  'se bort fra', 'sjå bort frå', 'feil', 'sendt videre', 'sendt vidare', 'oversendt', 'behandlet', 'behandla', 'ferdigbehandlet', 'handsama', 'handsamt', 'klagefrist*', 'approved', 'rejected', 'denied', 'granted', 'on hold', 'pending',
  'received', 'registered', 'missing', 'issued', 'mistake', 'is entitled', 'are entitled', 'waiting for', 'ignore it',
  'paid', 'unpaid', 'overdue', 'wrong', 'incorrect', 'processed', 'forwarded',
  'slettet', 'sletta', 'strøket', 'stroken', 'står ved lag', 'fornyet', 'fornya', 'gyldig', 'trenger ikke betale',
  'treng ikkje betale', 'slipper å betale', 'slepp å betale', 'stands', 'still stands', 'stays', 'renewed', 'valid', 'waived',
  "don't need to pay", 'do not need to pay',
]);
const writerLookedItUp = foldedLexicon([
  'sjekket', 'sjekka', 'har sett på', 'såg på', 'så på', 'ser at', 'ser eg', 'ser jeg', 'finner ingen', 'finn ingen', 'fant',
  'behandler', 'behandlar', 'saksbehandleren', 'saksbehandlaren', 'checked', 'looked at', 'looked into', 'found',
  'see that', 'can see',
]);
// The writer with one reader's case in front of them; «found» alone is also a page's «when a place is found».
const caseInFrontOfMe = foldedLexicon([
  'jeg har sjekket', 'jeg har sett på', 'eg har sjekka', 'eg har sett på', 'vi har sjekket', 'vi har sjekka', 'vi har sett på',
  'ser jeg', 'ser eg', 'jeg ser at', 'eg ser at', 'vi ser at', 'i have checked', "i've checked", 'i checked', 'i looked',
  'we have checked', "we've checked", 'we checked', 'i can see', 'we can see',
]);
// Asking for details to be posted in the thread.
const requestVerb = foldedLexicon([
  'send', 'sende', 'legg', 'legge', 'leggje', 'skriv', 'skrive', 'oppgi', 'post', 'share', 'upload', 'give me', 'gi meg',
]);
const inThread = foldedLexicon([
  'send meg', 'sende meg', 'i tråden', 'i kommentarfeltet', 'i kommentarane', 'i kommentarene', 'her inne', 'inn her',
  'her under', 'nedenfor', 'nedanfor', 'send me', 'here', 'in the comments', 'in this thread', 'below',
]);

// "Never post your id number here" is advice, not a request.
const negation = foldedLexicon(['aldri', 'ikke', 'ikkje', 'never', 'not', "don't", 'do not']);

// General process information, addressed to anyone ("Har du spørsmål om din søknad, kontakt …").
const generalInformation = foldedLexicon([
  'har du spørsmål', 'lurer du', 'hvis du', 'dersom du', 'viss du', 'om du har', 'når du', 'if you',
  'when you', 'du kan følge', 'du kan følgje', 'du kan sjekke', 'du kan sjå', 'du kan se', 'you can check', 'you can follow',
  'you can track', 'alle som', 'everyone who', 'de som', 'dei som', 'anyone who',
]);
// "Har du fått avslag, kan du klage …", «Avbestiller du senere, blir du fakturert»: an inverted conditional, said to
// anyone it applies to; with any other verb in the present, only where the main clause follows a comma. Also as a
// list's bullet: «• Er du ungdom og mangler egenkapital, er du ikke i målgruppen».
const conditionalOpening = /^[^\p{L}\p{N}]*(?:(?:[Hh]ar|[Ee]r|[Ff]år|[Ff]ikk|[Ss]kal|[Vv]il|[Øø]nsker|[Tt]renger|[Tt]reng) (?:du|dere|dykk)(?!\p{L})|\p{Lu}\p{Ll}+e?r (?:du|dere|dykk)(?!\p{L})[^.!?,]*,)/u;
// Pointing to the official channel is what the guideline asks for.
const officialChannel = foldedLexicon([
  'postmottak*', 'skjema', 'skjemaet', 'min side', 'eDialog', 'altinn', 'secure inbox', 'secure form*', 'sikker melding',
  'sikre skjema*', 'via nettsiden', 'på nettsiden',
]);
// A reply that declines to handle the case here.
const declines = foldedLexicon([
  'kan ikke si noe om', 'kan ikkje seie noko om', "can't say anything about",
  'enkeltsak*', 'individual case*', 'personal case*', 'kan ikke svare', 'kan ikkje svare', 'kan ikke kommentere',
  'kan ikkje kommentere', 'kan ikke gå inn på', 'kan ikkje gå inn på', "can't discuss", 'cannot discuss', "can't comment",
  'cannot comment', 'not able to discuss', 'unable to discuss', "can't go into", 'cannot go into', 'må vi dessverre ta via',
  'ikke behandler saker', 'ikkje handsamar saker', "don't handle cases",
]);
// A case number in the municipality's format: 24/1187.
const caseNumber = /(?<![\d/])\d{2}\/\d{3,5}(?![\d/])/gu;

function handlesCase(text: string, sentence: Span, addressed: boolean, isOpening: boolean): boolean {
  const { start, end } = sentence;
  const folded = foldCase(text);
  // The cheap signals first, the exceptions only when all signals are there: each check scans the sentence.
  const toSomeone = hasMatch(secondPerson, folded, start, end);
  if (!toSomeone && !addressed) return false;
  const lookedUp = hasMatch(writerLookedItUp, folded, start, end);
  if (!lookedUp && !hasMatch(caseStatus, folded, start, end)) return false;
  const aboutSomeone = toSomeone || isOpening || lookedUp || hasMatch(thirdPerson, folded, start, end);
  if (!aboutSomeone || conditionalOpening.test(text.slice(start, end))) return false;
  return !hasMatch(generalInformation, folded, start, end) && !hasMatch(officialChannel, folded, start, end);
}

/**
 * A case of one person told by someone else, a parent or a colleague: «vedtaket til veslejenta mi
 * kom i går», «the decision on the Hansen boy's hours was overturned». The sentence names the
 * person and where the case stands.
 */
function isSomeonesCase(text: string, folded: string, sentence: Span): boolean {
  if (!hasMatch(caseProgress, folded, sentence.start, sentence.end)) return false;
  if (hasMatch(generalInformation, folded, sentence.start, sentence.end)) return false;
  const words = text.slice(sentence.start, sentence.end);
  return findPersons(words, [{ start: 0, end: words.length }]).length > 0;
}
// Where a case stands, as a decision or a wait (not «feil» or «betalt»: a typo in a form or a bill is no case told).
const caseProgress = foldedLexicon([
  'innvilget', 'innvilga', 'avslått', 'avslag*', 'godkjent', 'godkjend', 'til behandling', 'ikke avgjort', 'ikkje avgjort',
  'ventet på', 'venta på', 'venter på', 'ventar på', 'ferdigbehandlet', 'handsama', 'klaget til', 'klaga til', 'klagd til',
  'medhold', 'nytt vedtak', 'omgjort', 'approved', 'rejected', 'denied', 'granted', 'pending', 'overturned', 'still waiting',
  'waiting for',
]);

/** The request to post details in the thread ("send meg personnummeret ditt"), if the sentence makes one. */
function requestForDetails(text: string, sentence: Span, previous: Span): Span | undefined {
  const { start, end } = sentence;
  const folded = foldCase(text);
  const request = firstMatch(requestVerb, folded, start, end);
  if (!request || !hasMatch(inThread, folded, start, end) || hasMatch(negation, folded, start, end)) return undefined;
  const aboutTheirCase = hasMatch(caseNoun, folded, previous.start, end) && hasMatch(secondPerson, folded, previous.start, end);
  return aboutTheirCase ? request : undefined;
}

export const examples: RuleExamples = {
  fires: [
    { text: '@Mona Hansen Søknaden din om SFO-plass er innvilget fra august.', flagged: 'Søknaden' },
    { text: 'Legg inn saksnummeret ditt her i tråden, så sjekker jeg.', flagged: 'saksnummeret' },
  ],
  passes: [
    'Vi kan ikke svare på enkeltsaker her. Send henvendelsen til postmottak, så får den en saksbehandler.',
    'Søknadsfristen for barnehageplass er 1. mars. Har du spørsmål om din søknad, kontakt barnehagekontoret.',
  ],
};

export default defineRule({
  id: 'case-handling',
  section: 'profesjonell.saksbehandling',
  quote: 'Husk at all saksbehandling skal foregå via kommunens offisielle kommunikasjonsflater.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Her behandles en enkeltpersons sak i sosiale medier. Saksbehandling skal skje i kommunens offisielle kanaler, ikke åpent i en tråd.',
      suggestion: 'Svar at vi ikke kan ta enkeltsaker her, og be personen sende henvendelsen til postmottak eller via det sikre skjemaet på nettsiden.',
    },
    nn: {
      message: 'Her blir saka til ein enkeltperson handsama i sosiale medium. Sakshandsaming skal skje i dei offisielle kanalane til kommunen, ikkje ope i ein tråd.',
      suggestion: 'Svar at vi ikkje kan ta enkeltsaker her, og be personen sende førespurnaden til postmottak eller via det sikre skjemaet på nettsida.',
    },
    en: {
      message: "This handles one person's case on social media. Casework belongs in the official channels, not in a public thread.",
      suggestion: "Reply that we can't discuss individual cases here, and ask the person to write to the official mailbox or use the secure form on the website.",
    },
  },
  detect(context) {
    const { text } = context;
    // General information to «du», or a reply that declines to handle cases here, is no case handled.
    const folded = foldCase(text);
    const caseNouns = findAll(caseNoun, folded);
    if (caseNouns.length > 0 && (isInformationPage(context, folded) || isWritersOwnCase(text, folded, context.sentences))) return [];
    return weighEvidence(context, 'case-handling', wordListEvidence(context, caseNouns), {
      candidates: caseNouns.filter((noun) => !isGeneralInformation(text, folded, sentenceAt(context.sentences, noun.start) ?? noun)),
      veto: (sentence) => isGeneralInformation(text, folded, sentence) || hasMatch(declines, folded),
    });
  },
});

// How a procedure goes, told to whoever follows it: «Du må søke på eige skjema», «Søknaden vil bli
// behandlet innen 4 uker», «You may appeal the decision», how a bill is sent and what a late one costs.
// A page of them is information for everyone.
const procedure = foldedLexicon([
  'du kan søke', 'du kan søkje', 'du kan klage', 'du kan klaga', 'du må søke', 'du må søkje', 'du må sende', 'du må fylle',
  'du må fylla', 'du må legge', 'du må leggje', 'du vil få', 'du vil bli', 'vil du få', 'vil du bli', 'får du skriftlig',
  'får du skriftleg', 'du får skriftlig', 'du får skriftleg', 'får du beskjed', 'du får beskjed', 'får du melding',
  'du får melding', 'du har rett til', 'du har krav på', 'vil bli behandlet', 'vil bli behandla', 'vil bli handsama',
  'blir behandlet innen', 'blir behandla innan', 'vert behandla', 'vert handsama', 'behandlingstid*', 'handsamingstid*',
  'saksbehandlingstid*', 'sakshandsamingstid*', 'individuell vurdering', 'kan påklages', 'kan påklagast',
  'you can apply', 'you may apply', 'you can appeal', 'you may appeal', 'can appeal the decision', 'you must',
  'submit an appeal', 'lodge an appeal', 'file an appeal', 'will process the case', 'will process your application',
  'the case will be passed on', 'the case will be sent',
  'you will receive', 'you will be notified', 'you will be contacted', 'we will notify you', 'you are entitled',
  'you have the right', 'processing time', 'will be processed',
  // which office decides, what to attach, from when it runs: «Det er Tildelingskontoret som behandler søknaden din»
  'som behandler søknaden', 'som behandlar søknaden', 'som handsamar søknaden', 'som behandler søknader',
  'som behandlar søknader', 'som handsamar søknader', 'det er viktig at du', 'fra du får', 'frå du får',
  'du må gi skriftlig beskjed', 'du må gi skriftleg beskjed', 'du må gje skriftleg beskjed',
  // how billing works: «Du opprettar eFaktura i banken», «påløper det forsinkelsesrente fra forfall»
  'efaktura', 'e-faktura', 'avtalegiro', 'forsinkelsesrente*', 'morarente*', 'purregebyr*', 'inkassogebyr*', 'påløper det',
  'påløp det', 'late payment interest', 'reminder fee*', 'direct debit',
]);

/**
 * A page of information for everyone (how property tax is billed, how to apply to NAV): several
 * sentences, no one addressed, and at least two of them said to anyone it applies to or telling how
 * the procedure goes. Its «your bill» and «søknaden din» are every reader's.
 */
function isInformationPage({ text, sentences }: RuleContext, folded: string): boolean {
  if (sentences.length < 4) return false;
  // «Til Hallvard på Søndre Bråten: søknaden din …» in a newsletter answers one reader.
  if (sentences.some((sentence) => namedAddress.test(text.slice(sentence.start, sentence.end)))) return false;
  // «Eg har sett på søknaden din … Du må sende legeerklæringa»: the writer has the reader's case in front of them.
  if (hasMatch(caseInFrontOfMe, folded)) return false;
  let general = 0;
  for (const sentence of sentences) {
    const said =
      isGeneralInformation(text, folded, sentence) ||
      hasMatch(generalInformation, folded, sentence.start, sentence.end) ||
      hasMatch(procedure, folded, sentence.start, sentence.end);
    if (said && ++general >= 2) return true;
  }
  return false;
}

/** Case nouns in sentences that handle the case or ask for its details. */
function wordListEvidence({ text, sentences }: RuleContext, caseNouns: readonly Span[]): Detection[] {
  const folded = foldCase(text);
  const nouns = [...caseNouns, ...findAll(caseNumber, text)].sort((a, b) => a.start - b.start);
  if (nouns.length === 0) return [];
  const addressed = addressedOpening.test(text);
  const detections: Detection[] = [];
  // Only sentences with a case noun, and those right after one (a request may point back to it).
  const nounsBySentence = new Map<number, Span>();
  let index = 0;
  for (const noun of nouns) {
    while (index < sentences.length - 1 && sentences[index]!.end <= noun.start) index++;
    if (!nounsBySentence.has(index)) nounsBySentence.set(index, noun);
  }
  const candidates = [...new Set([...nounsBySentence.keys()].flatMap((at) => [at, at + 1]))].filter((at) => at < sentences.length);
  for (const at of candidates) {
    const sentence = sentences[at]!;
    if (isGeneralInformation(text, folded, sentence)) continue;
    const noun = nounsBySentence.get(at);
    if (noun && handlesCase(text, sentence, addressed, at <= 1)) {
      detections.push({ start: noun.start, end: noun.end });
      continue;
    }
    if (noun && isSomeonesCase(text, folded, sentence)) {
      detections.push({ start: noun.start, end: noun.end });
      continue;
    }
    const request = requestForDetails(text, sentence, sentenceWindow(sentences, at, 1));
    if (request) detections.push(noun ?? request);
  }
  // Checked last because it scans the whole text: a reply that declines to handle cases here passes.
  return detections.length > 0 && !hasMatch(declines, folded) ? detections : [];
}
