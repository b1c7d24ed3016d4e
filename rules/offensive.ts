import { defineRule, type Detection, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { clearedBy, weighEvidence } from './lib/learned';
import { findAll, firstMatch, foldCase, foldedLexicon, foldedWordChar, hasMatch, sentenceIndexAt, type Span } from '../lib/engine/text';
import { accusationWords, crimeWords, deniedOfPerson, harmlessAfterCrime } from './lib/crimes';
import { enclosingQuote, quotedPassages } from './lib/quotes';
import { dropOverlaps } from './lib/sentences';

/** Every inflected form of each stem: `forms('idiot', ['', 'en', 'er'])` → idiot, idioten, idioter. */
const forms = (stems: readonly string[], endings: readonly string[]) => stems.flatMap((stem) => endings.map((ending) => stem + ending));
// Bokmål and Nynorsk noun endings (indefinite/definite, singular/plural).
const nounEndings = ['', 'en', 'er', 'ene', 'ar', 'ane', 'a'];

// Words that insult whoever they are aimed at. Exact forms, so compounds such as
// "idiotsikker" or "kjerringråd" stay out.
const insults = foldedLexicon([
  ...forms(['idiot', 'idot', 'tulling', 'tullebukk', 'tufs', 'drittsekk', 'dritsekk', 'kverulant', 'kjeltring', 'dumming', 'drittunge', 'kjerring', 'kjærring', 'kjerrings'], nounEndings),
  ...forms(['løgner'], ['en', 'e', 'ne']),
  ...forms(['løgnar', 'ljugar', 'lygar'], ['', 'en', 'ar', 'ane']),
  'dumskalle', 'dumskallen', 'dumskaller', 'fjols', 'fjolset', 'fjolser', 'rasshøl', 'rasshølet', 'rævhøl', 'rævhol',
  'jævel', 'jævelen', 'jævler', 'jævlene', 'hjernedød', 'hjernedøde', 'sutrekopp', 'syting', 'sytepave',
  // slurs
  'neger', 'negeren', 'negere', 'negrer', 'pakkis', 'pakkiser', 'svarting', 'svartinger', 'soper', 'sopere', 'mongo',
  'mongoen', 'mongoer', 'åndssvak', 'åndssvake', 'retard', 'retards', 'retarded', 'faggot', 'faggots',
  // en
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'liar', 'liars', 'asshole',
  'assholes', 'arsehole', 'arseholes', 'dickhead', 'dickheads', 'wanker', 'wankers', 'bastard', 'bastards', 'bitch',
  'bitches', 'whore', 'slut', 'scumbag', 'scumbags', 'lowlife', 'piece of shit', 'dimwit', 'halfwit', 'nitwit',
]);

// Vulgar words no one uses of a person in jest or in a notice («useless lazy turd bags», «Kids … are all germ bags»:
// posts by public employees that made the news): certain, because the model, which has seen few of them, read such
// short posts as harmless.
const vulgarInsults = foldedLexicon([
  'turd', 'turds', 'turd bag', 'turd bags', 'turdbag', 'turdbags', 'dirtbag', 'dirtbags', 'douchebag', 'douchebags',
  'twat', 'twats', 'cunt', 'cunts', 'dumbass', 'dumbasses', 'jackass', 'jackasses', 'lazy ass', 'lazy asses',
  'fat ass', 'fat asses', 'germ bag', 'germ bags', 'whores', 'sluts', 'piece of crap', 'pieces of shit',
  ...forms(['kukhue', 'fittetryne', 'drittkjerring'], nounEndings),
  'hore', 'hora', 'horer', 'horene', 'fitte', 'fitta', 'drittfolk', 'drittfolket',
  // contempt for colleagues or the public in the same posts («worthless bunch of lying, … backstabbing, spineless»)
  'scummy', 'spineless', 'gutless', 'backstabbing', 'backstabbers', 'arse kissing',
  'ass kissing', 'libtard', 'libtards', 'dumbocrat', 'dumbocrats', 'ryggradsløs', 'ryggradslause',
  'ryggradsløse',
]);
// A swear word censored by the writer («such p****s», «you f***ing …»): an insult when said of someone.
const censoredSwear = /(?<![\p{L}\p{N}*])\p{L}{1,2}\*{2,}\p{L}{0,4}(?![\p{L}\p{N}*])/gu;

// Words that are insults only when said of a person ("naboen er en løgner", "the guy … is a troll",
// "din tosk"): "løgner" is also the plural of "løgn", trolls live in fairy tales, files get corrupt,
// and "Svindlere ringer …" is the municipality warning against fraud.
const framedInsults = foldedLexicon([
  ...forms(['svindler', 'bedrager'], ['', 'en', 'e', 'ne']),
  ...forms(['svindlar', 'bedragar'], ['', 'en', 'ar', 'ane']),
  'fraudster', 'fraudsters', 'crook', 'crooks', 'scammer', 'scammers', 'swindler', 'swindlers', 'conman', 'con man',
  'løgner', 'troll', 'trollet', 'tosk', 'tosken', 'dust', 'dusten', 'klovn', 'klovnen', 'klovner', 'gris', 'svin',
  'rotte', 'slange', 'parasitt', 'parasitter', 'snylter', 'snyltere', 'feiging', 'rasist', 'rasister',
  'rasistar', 'nazist', 'nazi', 'pedofil', 'overgriper', 'overgripar', 'tyv', 'tjuv', 'kriminell', 'kriminelle',
  'korrupt', 'korrupte', 'uærlig', 'uærleg', 'patetisk', 'patetiske', 'jerk', 'loser', 'losers', 'clown', 'pig', 'rat',
  'snake', 'coward', 'racist', 'thief', 'criminal', 'corrupt', 'pathetic', 'dishonest', 'paedophile', 'pedophile',
  'psycho', 'psykopat',
]);
// Said of someone: a copula or an address among the four words before ("er jo en", "you pathetic little").
const saidOfSomeone = new Set(['er', 'e', 'var', 'is', 'was', 'are', 'were', 'din', 'ditt', 'dine', 'you', 'your', 'for', 'what', 'such']);
const contractedCopula = /\p{L}['’](?:s|re)$/u;
// Negated or reported among the three words before: "han er ingen idiot", "not a liar", "ikke kall folk idioter".
const denial = new Set(['ikke', 'ikkje', 'ingen', 'inga', 'not', 'no', 'never', 'aldri', 'kall', 'kalle', 'kaller', 'kalla', 'kalte', 'call', 'called', 'calling']);
const notWordChar = /[^\p{L}'’-]/gu;

/** The last `count` words of `preceding`, lower-cased, without punctuation. */
function lastWords(preceding: string, count: number): string[] {
  return preceding.split(/\s+/u).slice(-count - 1).map((word) => word.replace(notWordChar, '').toLowerCase()).filter(Boolean);
}

// Word continues as a compound or a possessive: "idiot-sikker", "The Liar's Daughter".
const continuesWord = /^[-‐'’]\p{L}/u;
// A capitalised word after another word is a title or a name: "leser Idioten av Dostojevskij".
const capitalised = /^\p{Lu}\p{Ll}/u;
// Compounds of an insult that insult nobody.
const harmlessCompounds = foldedLexicon(['idiotsikker*', 'idiotsikre', 'idiotsikkert', 'idiot-proof', 'idiotproof', 'foolproof', 'fool-proof']);
// A copula and an article right before the word, perhaps with an opening quote (case-folded text).
const predicative = /(?<!\p{L})(?:er|is|are|was|var)\s+(?:en|ei|et|eit|a|an|the|så|such\s+an?)\s*[«"“'‘]?$/u;
const afterWord = /\p{L}[\s,]*$/u;
// "kjerringa mi" (my wife), "kjerringa mot strømmen" (the contrarian): no insult.
const kindKjerring = /^\s+(?:mi|min|mot)(?![\p{L}])/iu;
const kjerring = /^kj/iu;

// People other than the writer. The writer calling themself an idiot is no insult.
const pronouns = ['du', 'deg', 'dere', 'dykk', 'din', 'ditt', 'dine', 'han', 'hun', 'ho', 'henne', 'honom', 'de', 'dei', 'dem',
  'you', 'your', 'he', 'she', 'him', 'her', 'they', 'them'];
const nouns = [
  ...forms(['nabo', 'eier', 'eigar', 'sjef', 'leder', 'leiar', 'sjåfør', 'bilist', 'entreprenør', 'håndverker', 'snekker',
    'utleier', 'huseier', 'ordfører', 'varaordfører', 'rådmann', 'politiker', 'politikar', 'rektor', 'lærer', 'lærar',
    'saksbehandler', 'sakshandsamar', 'fyr', 'kar', 'dame', 'kvinne', 'gutt', 'jente', 'unge'], nounEndings),
  'naboer', 'naboane', 'mann', 'mannen', 'menn', 'faren', 'far', 'mor', 'moren', 'mora', 'kona', 'kvinna', 'folk',
  'unger', 'noen', 'nokon', 'nokre', 'guy', 'guys', 'man', 'woman', 'owner', 'neighbour', 'neighbours', 'neighbor',
  'neighbors', 'landlord', 'contractor', 'builder', 'mayor', 'councillor', 'councillors', 'boss', 'manager', 'driver',
  'teacher', 'politician', 'politicians', 'people', 'kids', 'someone', 'somebody',
  // People taken together: «Styret er korrupt», «the board are crooks».
  'styret', 'ledelsen', 'leiinga', 'administrasjonen', 'kommunestyret', 'formannskapet', 'politikerne', 'politikarane',
  'firmaet', 'selskapet', 'the board', 'management', 'the council', 'the company', 'the firm',
];
const personNouns = foldedLexicon(nouns);
// Any role in the definite form also names a person: "treneren", "rørleggeren", "seljaren".
const roleNoun = /(?<=\p{L}\p{L})(?:eren|aren|ren|erne|arane)(?![\p{L}])/iu;
const otherPerson = foldedLexicon([...pronouns, ...nouns]);
const writer: Record<'en' | 'no', RegExp> = {
  en: foldedLexicon(['i', 'me', 'myself', "i'm", 'i’m']),
  no: foldedLexicon(['jeg', 'eg', 'meg', 'meg selv', 'meg sjølv']),
};

// Threats, calls for punishment and "I know who you are": they fire as they stand. (Two lexicons:
// one alternation of all of them is too large for the ReDoS checker to prove linear.)
const norwegianThreats = foldedLexicon([
  'burde sperres inne', 'bør sperres inne', 'burde bli sperret inne', 'burde vært sperret inne', 'burde sitte inne',
  'burde sitje inne', 'burde sitte i fengsel', 'bør sitte i fengsel', 'hører hjemme i fengsel', 'høyrer heime i fengsel',
  'burde fengsles', 'burde skytes', 'bør skytes', 'burde henges', 'burde få juling', 'fortjener juling', 'fortener juling',
  'skal få svi', 'skal få unngjelde', 'skal få merke det', 'skal få betale for', 'kommer til å angre', 'kjem til å angre',
  'skal angre', 'skal få juling', 'skal ta deg', 'skal ta dere', 'skal ta dykk',
  'vet hvor du bor', 'veit kvar du bur', 'vet at det var deg', 'vet det var deg',
  'veit at det var deg', 'veit det var deg', 'vet det var en av', 'veit det var ein av', 'faen ta deg', 'faen ta dere',
  'dra til helvete', 'fuck deg', 'fuck dere',
]);
const englishThreats = foldedLexicon([
  'fuck you', 'fuck off', 'go to hell', 'piss off', 'should be locked up', 'should be in jail', 'should be in prison', 'belongs in jail', 'belongs in prison',
  'deserves a beating', 'watch your back', 'watch your backs', 'watch their back', 'watch their backs', 'watch his back',
  'watch her back', "you'll regret", 'you’ll regret', 'you will regret', "you'll pay for", 'you’ll pay for',
  'know where you live', 'know it was you', 'know it was one of',
]);
// Violence threatened at the reader: certain, whatever the model says (an assistant's «skal knuse trynet ditt så du
// drukner i ditt eget blod» to a pupil made the news; the model had nothing to say about it).
const violentThreats = foldedLexicon([
  'skal drepe deg', 'skal drepa deg', 'skal drepe dere', 'skal drepe dykk', 'skal knuse trynet', 'knuse trynet ditt',
  'knuse trynet på deg', 'knuse kjeften din', 'knuse skallen din', 'knuse hodet ditt', 'knuse hovudet ditt',
  'slå deg i hjel', 'slå dere i hjel', 'slå dykk i hel', 'slå deg ihjel', 'banke deg gul og blå', 'banke deg opp',
  'skal banke deg', 'skal banke dere', 'skal skyte deg', 'skal skyte dere', 'skal stikke deg',
  'skal knivstikke', 'i ditt eget blod', 'i dykkar eige blod', 'skal kverke deg', 'skal kvele deg',
  "i'll kill you", 'i’ll kill you', 'i will kill you', 'gonna kill you', 'smash your face', 'smash your head',
  'beat you up', 'kick your head in', 'break your legs', 'break your neck', 'in your own blood',
]);
// Violence called for or wished on people, and hatred of them («I hope you suffer», «should be beaten to a pulp», «I hate
// their guts! They are the devil's spawn»: posts by public employees that made the news): certain.
const harmWished = foldedLexicon([
  'should be shot', 'should have been shot', 'ought to be shot', 'shoot them all', 'beaten to a pulp', 'beat to a pulp',
  'beat them up', 'hope you suffer', 'hope they suffer', 'hope he suffers', 'hope she suffers', 'hope you die', 'hope he dies',
  'hope she dies', 'hope they die', 'rot in hell', 'roadside bomb', 'happily rape',
  'hate their guts', 'hate his guts', 'hate her guts', 'hate your guts', "devil's spawn",
  'håper du dør', 'håper han dør', 'håper hun dør', 'håper de dør', 'håpar du døyr', 'håpar han døyr', 'håpar ho døyr',
  'håpar dei døyr', 'håper du får kreft', 'håpar du får kreft', 'burde bli skutt', 'burde blitt skutt', 'skyt dem', 'skyt dei',
  'kjør dem ned', 'kjør dei ned', 'burde kjøres ned', 'råtne i helvete', 'djevelens yngel',
]);
// «Du vet hvem du er»: a threat, unless said with thanks or a laugh («takk …, du vet hvem du er ❤️»); then
// the model alone may not read it as one either.
const youKnowWhoYouAre = foldedLexicon(['vet hvem du er', 'veit kven du er', 'know who you are']);
const warmth = /takk|thank|lovely|bless|klem|stolt|proud|gratuler|congrat|❤|♥|💛|🧡|💙|💚|💜|🤍|🥰|😊|🙂|😂|😅|🤣|😄|😁|😆|😉|🙈/u;
// «idioten her er meg», «var idiot nok til å …»: the writer calling themself names.
const aboutSelfAfter = /^\s+(?:(?:her|here)\s+)?(?:er|var|is|was)\s+(?:meg|eg|jeg|me)(?![\p{L}])|^\s+nok\s+til(?![\p{L}])/u;
// "Hvis …, skal jeg (personlig) sørge for at den aldri …": the inverted word order of a conditional threat.
const conditionalThreat = new RegExp(
  `(?<!${foldedWordChar})(?:skal|ska)\\s{1,3}(?:jeg|eg|vi)\\s{1,3}(?:personlig\\s{1,3}|personleg\\s{1,3})?sørg(?:e|je)\\s{1,3}for\\s{1,3}at\\s{1,3}(?:den|han|hun|ho|du|dere|de|dei|dykk)\\s{1,3}aldri(?!${foldedWordChar})`,
  'gu',
);
// "De har ikke peiling": contempt for people, not for a decision.
const noClue = new RegExp(
  `(?<!${foldedWordChar})(?:du|dere|de|dei|dykk|han|hun|ho|they|he|she|you)\\s{1,3}(?:har|have|has|hev)\\s{1,3}(?:ikke|ikkje|null|ingen|no|zero)\\s{1,3}(?:peiling|anelse|aning|clue)(?!${foldedWordChar})`,
  'gu',
);

// Crimes and dishonesty pinned on someone ("han snyter på skatten", "he lied to", "mistet lappen for fyllekjøring").
const crimes = foldedLexicon([
  ...crimeWords, ...accusationWords, 'har lurt', 'har lura', 'lurte folk', 'lyver', 'lyg', 'løy', 'laug', 'har løyet', 'har loge', 'jukser med',
  'juksa med', 'jukset med', 'lied to', 'lied about', 'lies to', 'lying to', 'lying about',
]);
// Reports of crime ("Politiet sier at mannen som stjal …") accuse no one.
const crimeReport = foldedLexicon([
  'politiet', 'politi', 'police', 'siktet', 'sikta', 'tiltalt', 'dømt', 'dømd', 'pågrepet', 'pågripe', 'arrestert',
  'arrested', 'charged', 'convicted', 'court', 'retten', 'tingretten', 'noen', 'nokon', 'someone', 'somebody',
]);

// Swearing aimed at a person: "den jævla naboen", "fucking neighbours".
const swearing = foldedLexicon(['jævla', 'jævlige', 'jævlig', 'fordømte', 'satans', 'helvetes', 'fucking', 'feite', 'feit', 'teite', 'fat', 'stupid']);
const swearTarget = /^\s+(?:[\p{L}-]+\s+)?$/u;

// How far back in the sentence to look for who is spoken of.
const lookBehind = 120;

/** The part of the sentence before `span` (at most `lookBehind` characters). */
function before(context: RuleContext, span: Span): string {
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  return foldCase(context.text).slice(Math.max(sentence?.start ?? 0, span.start - lookBehind), span.start);
}

function isSaidOfSomeone(preceding: string): boolean {
  return lastWords(preceding, 4).some((before) => saidOfSomeone.has(before) || contractedCopula.test(before));
}

function mentionsPerson(preceding: string): boolean {
  return hasMatch(otherPerson, preceding) || roleNoun.test(preceding);
}

/** The writer is the nearest person before the word ("jeg følte meg som en idiot"). */
function aboutWriter(context: RuleContext, preceding: string): boolean {
  const self = findAll(writer[context.lang === 'en' ? 'en' : 'no'], preceding).at(-1);
  if (!self) return false;
  const other = findAll(otherPerson, preceding).at(-1);
  return !other || other.start < self.start;
}

function isInsult(context: RuleContext, span: Span, framed: boolean, quotes: () => Span[]): boolean {
  const { text } = context;
  const word = text.slice(span.start, span.end);
  const preceding = before(context, span);
  if (continuesWord.test(text.slice(span.end, span.end + 2)) || aboutSelfAfter.test(text.slice(span.end, span.end + 16))) return false;
  // «Du er en Idiot», «Naboen er en «idiot»»: said of someone, capitals and quotes do not soften it.
  const predicate = predicative.test(preceding);
  if (!predicate && capitalised.test(word) && afterWord.test(preceding)) return false;
  if (kjerring.test(word) && kindKjerring.test(text.slice(span.end, span.end + 6))) return false;
  if (lastWords(preceding, 3).some((before) => denial.has(before)) || aboutWriter(context, preceding)) return false;
  if (framed && !(isSaidOfSomeone(preceding) && mentionsPerson(preceding))) return false;
  return predicate || enclosingQuote(quotes(), span) === undefined;
}

function accusesSomeone(context: RuleContext, span: Span): boolean {
  const { text } = context;
  if (harmlessAfterCrime.test(text.slice(span.end, span.end + 12))) return false;
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  if (sentence && hasMatch(crimeReport, foldCase(text), sentence.start, sentence.end)) return false;
  const preceding = before(context, span);
  return mentionsPerson(preceding) && !aboutWriter(context, preceding) && !deniedOfPerson.test(preceding);
}

/** The sentence of `span`, or the one before or after it, thanks, praises, laughs or winks («… You know who you are. We're all so proud.»). */
function saidWarmly({ text, sentences }: RuleContext, span: Span): boolean {
  const index = sentenceIndexAt(sentences, span.start);
  const from = sentences[Math.max(0, index - 1)]?.start ?? 0;
  const to = sentences[Math.min(sentences.length - 1, index + 1)]?.end ?? text.length;
  return warmth.test(foldCase(text).slice(from, to));
}

/** Swearing right before a person or an insult ("den jævla naboen"), as one span. */
function aimedSwearing(text: string, span: Span): Detection | undefined {
  const target = firstMatch(personNouns, text, span.end, span.end + 30) ?? firstMatch(insults, text, span.end, span.end + 30);
  if (!target || !swearTarget.test(text.slice(span.end, target.start))) return undefined;
  return { start: span.start, end: target.end };
}

export const examples: RuleExamples = {
  fires: [
    { text: 'Naboen er en idiot som aldri rydder snøen sin.', flagged: 'idiot' },
    { text: 'Han som eier bensinstasjonen snyter på skatten.', flagged: 'snyter på skatten' },
    { text: 'Den som knuste ruta burde sperres inne.', flagged: 'burde sperres inne' },
  ],
  passes: ['Lesesirkelen leser «Idioten» av Dostojevskij.', 'Oppskriften er idiotsikker.', 'Faen, glemte nøkkelkortet igjen.'],
};

export default defineRule({
  id: 'offensive',
  section: 'saklig.etikk',
  quote: 'Husk at du kan bli holdt rettslig ansvarlig for innholdet.',
  severity: 'critical',
  messages: {
    nb: {
      message: 'Skjellsord, trusler eller beskyldninger om lovbrudd mot noen kan være ærekrenkende, og du kan bli holdt rettslig ansvarlig.',
      suggestion: 'Ta bort karakteristikken av personen og skriv bare hva som skjedde. Mistenker du et lovbrudd, meld det til politiet i stedet for å skrive det her.',
    },
    nn: {
      message: 'Skjellsord, truslar eller skuldingar om lovbrot mot nokon kan vere ærekrenkjande, og du kan bli halden rettsleg ansvarleg.',
      suggestion: 'Ta bort karakteristikken av personen og skriv berre kva som skjedde. Mistenkjer du eit lovbrot, meld det til politiet i staden for å skrive det her.',
    },
    en: {
      message: 'Insults, threats or accusing someone of a crime can be defamatory, and you can be held legally responsible.',
      suggestion: 'Remove the label on the person and describe only what happened. If you suspect a crime, report it to the police instead of posting it.',
    },
  },
  detect(context) {
    const text = foldCase(context.text);
    let passages: Span[] | undefined;
    const quotes = () => (passages ??= quotedPassages(text));
    // Words the lists found but judged harmless here: the model alone must not overrule that.
    const cleared: Span[] = findAll(harmlessCompounds, text);
    const sift = (spans: Span[], aimed: (span: Span) => boolean) => spans.filter((span) => aimed(span) || (cleared.push(span), false));
    const detections: Detection[] = [
      ...sift(findAll(insults, text), (span) => isInsult(context, span, false, quotes)),
      ...sift(findAll(framedInsults, text), (span) => isInsult(context, span, true, quotes)),
      ...sift(findAll(vulgarInsults, text), (span) => isInsult(context, span, false, quotes)).map((span) => ({ ...span, certain: true })),
      // Censored by the writer, so meant as a swear word: the model does not overrule it.
      ...findAll(censoredSwear, text)
        .filter((span) => isSaidOfSomeone(before(context, span)))
        .map((span) => ({ ...span, certain: true })),
      // Someone else's threat quoted («Han sa: «jeg skal drepe deg»») is left to the model.
      ...[...findAll(violentThreats, text), ...findAll(harmWished, text)].map((span) => ({
        ...span,
        certain: enclosingQuote(quotes(), span) === undefined,
      })),
      ...findAll(norwegianThreats, text),
      ...findAll(englishThreats, text),
      ...sift(findAll(youKnowWhoYouAre, text), (span) => !saidWarmly(context, span)),
      ...findAll(conditionalThreat, text),
      ...findAll(noClue, text),
      ...sift(findAll(crimes, text), (span) => accusesSomeone(context, span)),
      ...findAll(swearing, text).flatMap((span) => aimedSwearing(text, span) ?? (cleared.push(span), [])),
    ];
    // One detection per place: an insult can also be a crime word ("svindler") or follow a swear word.
    return weighEvidence(context, 'offensive', dropOverlaps(detections), { veto: clearedBy(cleared) });
  },
});
