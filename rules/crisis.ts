import { defineRule, type Detection, type RuleExamples } from '../lib/engine/rule';
import { weighEvidence } from './lib/learned';
import { bySentence } from './lib/sentences';
import { findAll, foldCase, foldedLexicon, foldedWordChar, hasMatch, sentenceIndexAt, type Span } from '../lib/engine/text';

// The crisis organisation: named on its own it marks a crisis now, but not in a condition (`inCondition`).
const crisisOrganisation = ['kriseledelse*', 'kriseleiing*', 'krisestab*', 'kriseteam*', 'beredskapsstab*', 'satt beredskap', 'crisis management', 'crisis team'];
const organisationWord = foldedLexicon(crisisOrganisation);

// Words that name a crisis on their own: fire now, accident, evacuation, deaths, missing
// persons, outbreaks, floods and landslides, violence, threats, the crisis organisation itself.
// Whole words only, so «brannøvelse», «brannstasjon», «flomlys», «savner» and «beredskapsplan» stay out.
const crisisWords = foldedLexicon([
  // fire
  'brann', 'brannen', 'brannar', 'brannane', 'storbrann*', 'boligbrann*', 'bustadbrann*', 'skolebrann*',
  'det brenner', 'det brenn', 'det brant', 'brenner ned', 'brant ned', 'brann ned', 'nedbrent', 'nedbrunne',
  'står i brann', 'sto i brann', 'stod i brann', 'står i full fyr', 'i full fyr',
  'røyken', 'røykutvikling*', 'røykfylt*', 'masse røyk', 'mye røyk', 'kraftig røyk', 'tykk røyk',
  'a fire', 'the fire', 'on fire', 'house fire', 'wildfire', 'blaze', 'burned down', 'burnt down', 'thick smoke',
  'eksplosjon*', 'gasslekkasje*', 'explosion', 'gas leak',
  // accidents
  'ulykke', 'ulykken', 'ulykka', 'ulukke', 'ulukka', 'ulykker', 'trafikkulykke*', 'trafikkulukke*', 'dødsulykke*',
  'drukningsulykke*', 'bussulykke*', 'arbeidsulykke*', 'kollisjon*', 'frontkollisjon*', 'utforkjøring*', 'påkjørt', 'påkøyrd',
  'accident', 'accidents', 'car crash', 'bus crash', 'crashed into', 'collision', 'run over', 'hit by a car',
  // evacuation
  'evakuer*', 'evacuat*',
  // deaths
  'dødsfall*', 'omkom*', 'omkomne', 'mistet livet', 'mista livet', 'miste livet', 'druknet', 'drukna', 'drept', 'drepen',
  'died', 'killed', 'drowned', 'lost their life', 'lost his life', 'lost her life', 'tok sitt eget liv', 'tok sitt eige liv',
  // missing persons
  'er savnet', 'meldt savnet', 'savnet siden', 'savnet person', 'savnede', 'er sakna', 'meldt sakna', 'sakna sidan',
  'leteaksjon*', 'letemannskap*', 'har ikke kommet hjem', 'har ikkje kome heim', 'ikke kommet hjem', 'ikkje kome heim',
  'went missing', 'gone missing', 'reported missing', 'missing since', 'missing person', 'missing child', 'missing boy',
  'missing girl', 'missing teen*', 'search party',
  "hasn't come home", 'has not come home', "didn't come home",
  // outbreaks
  'utbrudd*', 'utbrot*', 'smitteutbrudd*', 'smitteutbrot*', 'outbreak*',
  // flood and landslides
  'flom', 'flommen', 'flaum', 'flaumen', 'flood', 'floods', 'flooding', 'flooded', 'oversvømm*', 'oversvømt',
  'ras', 'raset', 'rasene', 'jordras*', 'steinras*', 'leirras*', 'skred', 'skredet', 'jordskred*', 'kvikkleireskred*',
  'landslide*', 'mudslide*',
  // violence
  'knivstikk*', 'knivstukket', 'knivstakk', 'knivstukken', 'knivangrep*', 'med kniv', 'skyting*', 'skyteepisode*',
  'skuddløsning*', 'skutt', 'voldsepisode*', 'voldshendelse*', 'slåsskamp*', 'masseslagsmål*', 'overfall', 'overfallet',
  'stabbing', 'stabbed', 'shooting', 'shot dead', 'gunman', 'with a knife', 'knife attack', 'assaulted',
  // threats
  'trusselmelding*', 'trusselsituasjon*', 'trussel mot skolen', 'trussel mot skulen', 'bombetrussel*', 'bomb threat',
  'skoleskyting*', 'politiet er her', 'politiet er på stedet', 'politiet er på staden', 'væpnet politi', 'armed police',
  'lockdown', 'threat against the school',
  ...crisisOrganisation,
]);

// «Vi har mistet en elev»: a death told without the word for it.
const lostOneOfUs = new RegExp(
  `(?<!${foldedWordChar})(?:mistet|mista|misset|lost)\\s(?:en|ei|ein|a|vår|our|one\\sof\\sour|en\\sav\\svåre|ein\\sav\\svåre)\\s(?:kjære\\s|dear\\s)?(?:elev|elever|elevar|kollega|kollegaer|kollegaene|student|students|pupil|pupils|colleague|colleagues|ansatt|ansatte|tilsett|tilsette|barnehagebarn|barn|child)(?!${foldedWordChar})`,
  'gu',
);

// «Kommunen har satt kriseledelse»: the crisis organisation set up is the guideline's own mark of a crisis
// now, unless a condition brings it in («der rådmannen har satt kriseledelse, skal …»).
const crisisOrganisationSet = foldedLexicon([
  'har satt kriseledelse', 'har satt kriseleiing', 'har satt krisestab', 'har satt beredskapsstab', 'har sett kriseleiing',
  'har sett krisestab', 'har etablert kriseledelse', 'har etablert kriseleiing', 'har etablert krisestab',
  'kriseledelse er satt', 'kriseledelsen er satt', 'krisestaben er satt', 'kriseleiing er sett', 'kriseleiinga er sett',
  'kriseledelsen er etablert', 'has set up a crisis team', 'has activated its crisis team', 'crisis team has been activated',
  'crisis management has been set up',
]);
const conditionBefore = /(?<![\p{L}])(?:der|når|dersom|hvis|viss|om|så lenge|mens|where|when|if|once|as long as|while)\s(?:\p{L}+\s){0,2}$/u;
const conditioned = (folded: string, span: Span) => conditionBefore.test(folded.slice(Math.max(0, span.start - 40), span.start));
// «Når kriseteamet er kalt inn, …», «as long as the crisis team is …»: only the words that make a condition,
// since «der kriseteamet er til stede» and «mens kriseledelsen er samlet» tell where and when it happens.
const ifBefore = /(?<![\p{L}])(?:når|dersom|hvis|viss|så lenge|if|when|whenever|once|as long as)\s(?:\p{L}+\s){0,3}$/u;

// Diseases that are a crisis only when they are spreading at a place.
const infection = foldedLexicon([
  'omgangssyke*', 'omgangssjuke*', 'norovirus*', 'noroviru*', 'influensa*', 'covid*', 'korona*', 'legionella*',
  'salmonella*', 'e. coli', 'tuberkulose*', 'stomach bug', 'norovirus', 'tuberculosis', 'measles', 'meslinger*',
]);
const vaccine = /vaksin|vaccin/u;
const spreading = foldedLexicon([
  'spredd', 'spredt', 'spreidd', 'spreidt', 'spres', 'spreier*', 'spreiar*', 'smittet', 'smitta', 'smittes',
  'smitteutbrudd', 'flere syke', 'fleire sjuke', 'spreading', 'spread', 'infected', 'sick with',
]);

// Sentences about preparing, warning, advising, training, testing or telling stories are not crises;
// nor are past events told as the past («flommen i 2015», «a year ago … burned down»).
const notACrisis = foldedLexicon([
  'øvelse*', 'øving*', 'brannøvelse*', 'drill', 'drills', 'kurs*', 'course*', 'training', 'førstehjelp*',
  'first aid', 'beredskapsplan*', 'forebygg*', 'tips', 'roman*', 'krim', 'krimroman*', 'krimfestival*', 'film*', 'foredrag*',
  'novel', 'lecture', 'hva gjør du ved', 'kva gjer du ved', 'what to do if', 'what to do in case',
  'fare for', 'farevarsel*', 'varsel', 'varsla', 'varslet', 'warning', 'warnings', 'advice', 'reminder', 'påminnelse', 'minner om',
  'bålforbud*', 'bålforbod*', 'forbud*', 'forbod*', 'forbode*', 'not allowed', 'fire ban', 'brannalarm*', 'fire alarm*', 'test', 'tested', 'testing',
  'sandsekk*', 'sandbag*', 'ser du', 'hvis du ser', 'viss du ser', 'if you see', 'ingen fare', 'inga fare', 'no danger', 'falsk alarm', 'false alarm',
  'år siden', 'år sidan', 'years ago', 'a year ago', 'i fjor', 'last year', "last year's", 'husker dere', 'hugsar de', 'remember when',
  'lærte oss', 'taught us', 'last autumn', 'last winter', 'last spring', 'last summer', 'last month', 'last week',
  'forrige uke', 'forrige måned', 'førre veke', 'førre månad', 'i fjor høst', 'i fjor vinter', 'ten years', 'years since',
  'øver', 'øvar', 'practise', 'practice', 'ingen grunn til bekymring', 'inga grunn til uro', 'no need to worry',
  'nobody panics', 'slapp av', 'visste du', 'did you know', 'betyr ikke at', 'betyr ikkje at', 'does not mean',
  'ikke gått noen', 'ikkje gått noko', 'stilte opp under', 'risiko*', 'kan føre til', 'kan føra til', 'kan medføre',
  'kan medføra', 'can cause', 'could cause', 'may cause', 'unngå', 'avoid', 'vær påpasselig', 'ver påpasseleg', 'vær forsiktig',
  'ver forsiktig', 'be careful', 'take care', 'ikke la', 'ikkje la', 'vis hensyn', 'vis omsyn', 'ver obs', 'vær obs', 'husk',
  'hugs', 'remember', 'tillatt', 'tillate', 'tillete', 'allowed', 'varsle', 'varsla', 'varsling*',
  // what may happen, not what happens: hypotheses, rules and preparedness
  'kan forårsake', 'kan forårsaka', 'kan være', 'kan vere', 'kan vera', 'kan bli', 'can be', 'may be', 'might',
  'exposed to', 'utsatt for', 'utsett for', 'utsette for', 'be prepared', 'vær forberedt', 'ver budd', 'ver førebudd',
  'som regel', 'as a rule', 'please note', 'regler', 'reglar', 'rules', 'dersom', 'hvis', 'viss', 'could affect', 'prepare',
  'ikke oppstår', 'ikkje oppstår', 'aktsomhet', 'aktsemd', 'brannøving*', 'exercise', 'exercises', 'preparedness',
  'risk of', 'forecast', 'åpnet igjen', 'opna att', 'opnet igjen', 'reopened', 'open again', 'jakt', 'jakta', 'jakten',
  'hunting', 'nødnummer*', 'naudnummer*', 'viktige nummer', 'viktige telefonnummer', 'emergency number*',
  // what to do in case of it («Ved brann, ring 110»), and denials («Det var ikke brann», «no outbreak here»)
  'rutiner for', 'rutinar for', 'routines for', 'procedures for', 'hva du gjør ved', 'kva du gjer ved', 'what you do if',
  'what you do in', 'hva du skal gjøre', 'kva du skal gjere', 'forbereder', 'forberede', 'førebur', 'førebu',
  'preparing', 'sjekkliste*', 'checklist', 'brannsikring*', 'fire safety', 'branner i hjemmet', 'brannar i heimen', 'fires in the home',
  'brenner mest', 'brenn mest', 'flest branner', 'flest brannar', 'most fires', 'tradisjonelt', 'traditionally',
  // a call-out that was not needed («kalles nå unødig ut til meldinger om utmarksbrann»)
  'unødig', 'unødige', 'unnecessarily', 'unnecessary call-out*',
  'etter et dødsfall', 'etter eit dødsfall',
  'etter dødsfallet', 'after a death', 'ved dødsfallet', 'tidspunktet for dødsfallet', 'tidspunktet for dødsfall',
  'smitter lett', 'smittar lett', 'sprer seg lett', 'spreier seg lett', 'spread easily', 'spreads easily',
  'ved store hendelser', 'ved store hendingar', 'ved større hendelser', 'ved større hendingar', 'in a major incident',
  'in major incidents', 'kan kalles inn', 'kan kallast inn', 'may flood', 'can flood', 'kan bli oversvømt',
  'kan bli oversvømmet', 'kan renne over', 'ved brann', 'ved flom', 'ved ulykke', 'ved ulukke', 'ved dødsfall',
  'in the event of a death', 'i tilfelle', 'in case of', 'in the event of',
  'ikke brann', 'ikkje brann', 'ikke noe utbrudd', 'ikkje noko utbrot', 'no outbreak', 'no fire', 'not a fire',
  'det var ingen', 'det var ikke', 'det var ikkje', 'there is no', 'there was no', 'it was not', "it wasn't",
  // the past told by its distance («to år etter brannen», «back then»), a forecast, a demonstration, a play
  'år etter', 'years after', 'back then', 'den gangen', 'den gongen', 'meldt flom', 'meldt flaum', 'meldt storm', 'meldt uvær', 'meldt mye regn', 'råd om', 'som normalt', 'som vanlig',
  'som vanleg', 'as normal', 'as usual', 'viser hvordan', 'viser korleis', 'viste hvordan', 'viste korleis', 'show how',
  'showed how', 'showing how', 'når det skjer', 'when it happens', 'practised', 'practiced', 'beredskapsøv*', 'kriseøv*',
  'evakueringsøv*', 'forestilling*', 'framsyning*', "tonight's play", 'the play', 'killed it',
  // a service described, a report asked for, a drill done, a road cleared, a false fright
  'består av', 'consists of', 'kan kontaktes', 'kan kontaktast', 'meld fra om', 'meld frå om', 'øvde', 'øvd', 'er rydda',
  'er ryddet', 'åpen for all trafikk', 'open for all trafikk', 'nothing happened',
  'ingenting skjedde', 'open day', 'åpen dag', 'open house', 'åpent hus', 'mine just died', 'phone died',
  'no need to', 'ikke nødvendig', 'ikkje naudsynt', 'har ansvar for', 'har ansvaret for',
  'is responsible for', 'are responsible for', 'eget telefonnummer', 'eige telefonnummer', 'winters ago', 'summers ago',
  'vintre siden', 'vintrar sidan', 'somre siden', 'somrar sidan',
  // a law or a service named: «lov om vern mot brann, eksplosjon og ulykker»; where to report one
  'vern mot', 'protection against', 'ved melding om', 'to report a',
  // a goal («å nå nullvisjonen for trafikkulykker») and a question to the reader about themselves («Mistenker du at du er
  // smittet?»): advice, not an event
  'nullvisjon*', 'vision zero', 'mistenker du', 'mistenkjer du', 'do you suspect', 'if you suspect',
  // what a service is for, by example: «aktiveres ved alvorlige hendelser, for eksempel når et boligområde må evakueres»
  'such as when', 'for example when', 'for instance when', 'for eksempel når', 'for eksempel ved', 'til dømes når',
  'til dømes ved', 'serious incidents', 'alvorlige hendelser', 'alvorlege hendingar', 'is activated', 'aktiveres', 'blir aktivert', 'vert aktivert',
  // a ban on open fire and the fire danger behind it: «totalforbudet mot all bruk av åpen ild»
  'totalforbud*', 'totalforbod*', 'skogbrannfare*', 'brannfare*', 'åpen ild', 'åpen eld', 'open eld',
]);
// «kapittelet om evakuering», «tips om flom», «informasjon om brann»: the crisis word as the topic of advice or a text.
const topicBefore = /(?<![\p{L}])(?:kapittelet|kapitlet|råd|tips|kurs|foredrag|informasjon|info|opplæring|advice|chapter|course|talk|information)\s(?:om|about|on)\s$/u;
const asTopic = (folded: string, span: Span) => topicBefore.test(folded.slice(Math.max(0, span.start - 20), span.start));
// A year told as the past: «i 2015», «in 2019», «the 2023 landslide», «Drøbak brann i 1904».
const pastYear = /(?<![\p{L}\p{N}])(?:i|in|the|frå|fra|from|since|siden|sidan|etter)\s(?:1[89]|20)\d\d(?!\p{N})/u;
// Compounds of a crisis word with a drill, a test, a warning, a plan or a place: «evakueringsøvelsen», «jordskredvarsling»,
// «evakueringsplanen», «evakueringsplassen»; and a word cut before a hyphen, the first half of a name: «Brann- og redningsetaten».
const drillCompound = /øvels|øving|drill|test|varsl|plan|plass|punkt|rute|skilt/u;
// The hyphen may stand apart when a name is typed loosely: «Valdres brann - og redningstjeneste».
const hyphenAfter = /^(?:-|\s-\s?(?:og|and)\s(?:redning|rescue))/u;
const cutBeforeHyphen = (folded: string, span: Span) => hyphenAfter.test(folded.slice(span.end, span.end + 16));
// «frogn.kommune.no/flom»: a word in a web address names a page.
const inAddress = (folded: string, span: Span) => folded[span.start - 1] === '/' || folded[span.start - 1] === '.';
// The first word of a service, a thing or a name: «the fire service», «a fire drill», «flood barriers», «the evacuation plan»,
// «Follo brann og redning», «Brann 110» in a list of emergency numbers.
const firstOfCompound =
  /^\s(?:service|services|brigade|station|stations|drill|drills|alarm|alarms|ban|hydrant|hydrants|engine|engines|truck|trucks|safety|panel|lane|exit|exits|escape|crew|crews|chief|department|prevention|fighter|fighters|inspector|inspection|barrier|barriers|defences|defenses|plan|plans|procedure|procedures|line|level|levels|zone|zones|map|maps|risk|og redning|og redningsetaten|og redningstjeneste|iks|110)(?![\p{L}\p{N}])/u;
// «… and the fire brigade just arrived»: the service on its way is the crisis itself.
const unfolding = foldedLexicon([
  'now', 'arrived', 'arriving', 'on site', 'on scene', 'on its way', 'on their way', 'on the way', 'went past', 'is there',
  'are there', 'was there', 'were there', 'turned up', 'nå', 'kom nettopp', 'på stedet', 'på staden', 'på vei', 'på veg', 'rykket ut', 'rykka ut',
]);
const namesAThing = (folded: string, span: Span) => firstOfCompound.test(folded.slice(span.end, span.end + 24));
// The crisis word itself denied or averted: «ingen drukna», «nobody was killed», «uten en eneste ulykke», «det
// brenner ikke», «fixed it before it flooded». Only the word
// itself: «Brakka brann i natt, men ingen omkom» is still a fire.
const deniedBefore =
  /(?<![\p{L}])(?:ingen|ingen ble|ingen vart|ingen blei|nobody|no one|nobody was|no one was|nobody got|no one got|uten|utan|uten en|utan ei|utan ein|uten en eneste|utan ei einaste|utan ein einaste|uten noen|utan nokon|without|without a|without any|without a single|ingen mennesker|ingen menneske|ingen personer|ingen folk|ingen mennesker ble|ingen personer ble|no people|no people were|before it|before it was|før det|før det ble|før det vart|før det blei)\s$/u;
// «Det brenner ikke lenger»: it burned just now.
const deniedAfter = /^\s(?:ikke|ikkje|not)(?![\p{L}])(?!\s(?:lenger|lengre|anymore|any more))/u;
const denied = (folded: string, span: Span) =>
  deniedBefore.test(folded.slice(Math.max(0, span.start - 20), span.start)) || deniedAfter.test(folded.slice(span.end, span.end + 18));

// A crisis word in a sentence that tells the event as happening now or just now («Raset i natt tok
// med seg to garasjer») is certain: the model may not overrule it. Elsewhere a hazard word needs the
// model's agreement, as in advice and preparedness pages («Bor du utsatt til, må du … ved flom»).
const happeningNow = foldedLexicon([
  'i natt', 'i dag', 'i morges', 'i morgos', 'i kveld', 'i ettermiddag', 'i går', 'i gårkveld', 'i helgen', 'i helga',
  'nå', 'akkurat nå', 'akkurat no', 'nettopp', 'i skrivende stund', 'pågår', 'denne uka', 'denne uken', 'denne veka',
  'right now', 'just now', 'tonight', 'today', 'this morning', 'this afternoon', 'this evening', 'yesterday', 'last night',
  'this weekend', 'this week',
]);

/** A sentence about drills, warnings, advice or the past: the model alone does not make it a crisis. */
const notNow = (text: string) => {
  const folded = foldCase(text);
  return (sentence: Span) => hasMatch(notACrisis, folded, sentence.start, sentence.end) || pastYear.test(folded.slice(sentence.start, sentence.end));
};

// «Om det er brann, drukning, jordras, oversvømmelse …»: three hazards or more in a list, as a service
// names what it handles or a page what to prepare for, are no event. Up to two other items may stand between.
const listSeparator = String.raw`(?:\s*,\s*|\s+(?:og|eller|and|or)\s+|\s*,\s*(?:og|eller|and|or)\s+)`;
const listGap = new RegExp(`^${listSeparator}(?:[\\p{L}-]{1,40}${listSeparator}){0,2}$`, 'u');
function listedHazards(folded: string, spans: readonly Span[]): Set<Span> {
  const listed = new Set<Span>();
  let run: Span[] = [];
  const close = () => {
    if (run.length >= 3) for (const span of run) listed.add(span);
  };
  for (const span of spans) {
    const previous = run.at(-1);
    if (previous && span.start - previous.end <= 120 && listGap.test(folded.slice(previous.end, span.start))) {
      run.push(span);
    } else {
      close();
      run = [span];
    }
  }
  close();
  return listed;
}

/** Crisis words, in text order, outside sentences about drills, courses or fiction. */
function crisisSpans(text: string, sentences: readonly Span[]): Detection[] {
  const folded = foldCase(text);
  // Each sentence is checked once per pattern, however many crisis words it holds.
  const sentenceTest = (pattern: RegExp) => bySentence(sentences, (sentence) => hasMatch(pattern, folded, sentence.start, sentence.end));
  const isSpreading = sentenceTest(spreading);
  const isOrdinary = sentenceTest(notACrisis);
  const isUnfolding = sentenceTest(unfolding);
  // «influensavaksina», «the measles vaccine»: a vaccine is prevention, however many are ill.
  const outbreaks = findAll(infection, folded).filter((span) => isSpreading(span) && !vaccine.test(folded.slice(span.start, span.end + 10)));
  const isPast = (span: Span) => {
    const sentence = sentences[sentenceIndexAt(sentences, span.start)];
    return sentence !== undefined && pastYear.test(folded.slice(sentence.start, sentence.end));
  };
  const isNow = sentenceTest(happeningNow);
  // A death told and an outbreak spreading are events by their wording; a hazard word only with a time that makes it now.
  const hazards = findAll(crisisWords, folded);
  // Sentences where the crisis organisation is set up; only a draft with a crisis word is read for them.
  // «Under krisesituasjoner der rådmannen har satt kriseledelse, skal …» (the guideline's own sentence):
  // the organisation in a condition is a rule for crises, no event. A set-up phrase begins or ends with its word.
  const setUpIn = new Set<number>();
  const conditionalSetUpEdges = new Set<number>();
  for (const span of hazards.length > 0 ? findAll(crisisOrganisationSet, folded) : []) {
    if (conditioned(folded, span)) conditionalSetUpEdges.add(span.start).add(span.end);
    else setUpIn.add(sentenceIndexAt(sentences, span.start));
  }
  const isSetUp = (span: Span) => setUpIn.has(sentenceIndexAt(sentences, span.start));
  const inCondition = (span: Span) =>
    hasMatch(organisationWord, folded, span.start, span.end) &&
    (conditionalSetUpEdges.has(span.start) || conditionalSetUpEdges.has(span.end) || ifBefore.test(folded.slice(Math.max(0, span.start - 60), span.start)));
  const listed = listedHazards(folded, hazards);
  return [
    ...hazards.filter((span) => !listed.has(span) || isNow(span)).map((span) => ({ ...span, certain: isNow(span) || isSetUp(span) })),
    ...[...findAll(lostOneOfUs, folded), ...outbreaks].map((span) => ({ ...span, certain: true })),
  ]
    .filter(
      (span) =>
        !isOrdinary(span) &&
        !isPast(span) &&
        !drillCompound.test(folded.slice(span.start, span.end)) &&
        !cutBeforeHyphen(folded, span) &&
        !inAddress(folded, span) &&
        !asTopic(folded, span) &&
        !denied(folded, span) &&
        !inCondition(span) &&
        !(namesAThing(folded, span) && !isUnfolding(span)),
    )
    .sort((a, b) => a.start - b.start);
}

export const examples: RuleExamples = {
  fires: [
    { text: 'Det brenner i lagerbygget bak rådhuset nå, hold dere unna!', flagged: 'Det brenner' },
    { text: 'Husk quiz på biblioteket torsdag kl. 18 🧠', crisisMode: true },
  ],
  passes: ['Brannøvelse på skolen i morgen kl. 9, ikke bli skremt av alarmen.'],
};

export default defineRule({
  id: 'crisis',
  section: 'bevisst.krise',
  quote: 'Under krisesituasjoner der rådmannen har satt kriseledelse, skal all kommunikasjon gå via Kommunikasjonsenheten.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Dette ser ut som en krisesituasjon. I en krise skal all kommunikasjon gå via {unit}, så folk får riktig og samordnet informasjon.',
      suggestion: 'Ikke legg ut selv. Del informasjonen med {unit} ({unitContact}) og del gjerne kommunens offisielle oppdateringer i stedet.',
    },
    nn: {
      message: 'Dette ser ut som ein krisesituasjon. I ei krise skal all kommunikasjon gå via {unit}, slik at folk får rett og samordna informasjon.',
      suggestion: 'Ikkje legg ut sjølv. Del informasjonen med {unit} ({unitContact}) og del gjerne dei offisielle oppdateringane frå kommunen i staden.',
    },
    en: {
      message: 'This looks like a crisis. In a crisis all communication goes through {unit}, so people get correct, coordinated information.',
      suggestion: 'Do not post it yourself. Pass what you know to {unit} ({unitContact}) and share the official updates from {organisation} instead.',
    },
  },
  variants: {
    crisisMode: {
      nb: {
        message: 'Kriseledelse er satt: all kommunikasjon om saken går nå via {unit} ({unitContact}). Det gjelder alle innlegg, også de som virker harmløse.',
        suggestion: 'Ikke publiser nå. Ta kontakt med {unit} ({unitContact}) hvis du har noe som bør ut.',
      },
      nn: {
        message: 'Kriseleiing er sett: all kommunikasjon går no via {unit} ({unitContact}). Det gjeld alle innlegg, også dei som verkar harmlause.',
        suggestion: 'Ikkje publiser no. Ta kontakt med {unit} ({unitContact}) om du har noko som bør ut.',
      },
      en: {
        message: 'Crisis mode is on: all communication now goes through {unit} ({unitContact}). That applies to every post, even harmless-looking ones.',
        suggestion: 'Do not post now. Contact {unit} ({unitContact}) if you have something that should get out.',
      },
    },
  },
  detect(context) {
    const { text, sentences, settings } = context;
    const found = crisisSpans(text, sentences);
    if (settings.crisisMode) {
      if (text.trim() === '') return [];
      const first = found[0] ?? { start: 0, end: 0 };
      return [{ ...first, severity: 'critical', variant: 'crisisMode' }];
    }
    // One finding per sentence is enough to make the point.
    const detections: Detection[] = [];
    let lastSentence = -2;
    for (const span of found) {
      const sentence = sentenceIndexAt(sentences, span.start);
      if (sentence === lastSentence) {
        if (span.certain) detections[detections.length - 1]!.certain = true;
        continue;
      }
      lastSentence = sentence;
      detections.push(span);
    }
    return weighEvidence(context, 'crisis', detections, { veto: notNow(text) });
  },
});
