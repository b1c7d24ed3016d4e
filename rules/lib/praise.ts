import { firstMatch, foldedLexicon, hasMatch, type Span } from '../../lib/engine/text';

/**
 * Praise and its turns: the word lists that tell sincere praise from ironic praise. Sarcasm fires on
 * praise next to something bad; sarcasm and internal-dispute let a sincere speech act stand against
 * the model alone («Meeting with IT about the new system went really well»), and internal-dispute
 * any sincere praise against a workplace candidate. Case-folded text.
 */
// Praise that turns ironic next to something bad.
export const praise = foldedLexicon([
  'flott', 'flotte', 'fint', 'nydelig', 'nydelege', 'genialt', 'genial', 'kjempelurt', 'smart', 'fantastisk',
  'fantastiske', 'herlig', 'herleg', 'elsker', 'elskar', 'strålende', 'strålande', 'supert', 'perfekt', 'glimrende',
  'glimrande', 'briljant', 'briljante', 'utmerket', 'utmerka', 'gjennomtenkt', 'godt planlagt', 'godt planlagd',
  'takk skal dere ha', 'takk skal de ha', 'takk skal du ha', 'kjempebra', 'akkurat det vi trengte', 'akkurat det vi trengde', 'akkurat det vi trong', 'nettopp det vi trong',
  'nettopp det vi trengte', 'akkurat hva', 'gleder meg', 'gler meg', 'great', 'brilliant', 'love how', 'love it when',
  'lovely', 'wonderful', 'fantastic', 'perfect', 'genius', 'well done', 'exactly what', 'just what', "can't wait",
  'can’t wait', 'smart move', 'good job', 'nice one', 'well planned', 'well thought out',
  // the words of a glad notice: «spennende prosjekter», «blitt veldig populært», «morsomt og miljøvennlig»
  'spennende', 'spanande', 'morsomt', 'morsom', 'artig', 'gøy', 'kjekt', 'populært', 'populær', 'populære',
  'exciting', 'fun', 'popular', 'amazing', 'awesome', 'excellent',
]);
// Something bad happening: delays, closures, cuts, noise, waiting, the same mistake again.
export const badSituation = foldedLexicon([
  'forsinket', 'forsinka', 'forseinka', 'forsinkelse*', 'forseinking*', 'delayed', 'delay', 'stengt', 'stengd',
  'stenger', 'stengjer', 'stengje', 'stenge', 'closed', 'closing', 'shut', 'cutting', 'cuts', 'kutt', 'kutte',
  'kutter', 'ingen buss', 'ingen svar', 'no bus', 'no answer', 'motorsag*', 'løvblåser*', 'leaf blower*', 'støy', 'bråk', 'noise',
  'kø', 'køen', 'queue', 'hull', 'hullet', 'pothole', 'potholes', 'regn', 'regnet', 'rain', 'raining', 'broken',
  'ødelagt', 'øydelagt', 'i stykker', 'kansellert', 'innstilt', 'cancelled', 'canceled', 'ventetid', 'venting',
  'waiting', 'krykker', 'crutches', 'nok en gang', 'nok ein gong', 'nok ein gang', 'for tredje', 'på rad', 'yet again',
  'once again', 'another', 'enda et', 'enda en', 'samme kveld', 'same kveld', 'samme dag', 'same dag', 'same day',
  'same evening', 'midt i fellesferien', 'men ikke', 'men ikkje', 'but not', 'without', 'zero', 'null', 'feil',
  'wrong', 'glemt', 'gløymt', 'forgot', 'forgotten', 'trafikkork', 'traffic jam', 'later', 'months later',
  'måneder senere', 'månader seinare', 'already decided', 'allerede bestemt', 'allereie bestemt', 'pølser og loff',
]);
// Emoji that tip praise or "ja takk" into irony.
// Not 👏: applause is meant far more often than not («Great teamwork today 👏»).
export const ironicEmoji = /🙃|😏|🤡|🙄|😒|🤦/gu;
// Exaggerated time: "fikset i løpet av tiåret", "by the next ice age".
export const hyperbole = foldedLexicon([
  'i løpet av tiåret', 'i løpet av århundret', 'i løpet av dette tiåret', 'innan tiåret', 'neste istid', 'neste istid',
  'om hundre år', 'this decade', 'this century', 'next ice age', 'next century', 'helt normalt', 'heilt normalt',
  'helt greit', 'heilt greitt', 'perfectly normal', 'totally normal',
]);
// Speech acts that are sincere whatever surrounds them: that it went well, thanks, a welcome, a good time.
const speechActs = [
  'gikk bra', 'gikk veldig bra', 'gjekk bra', 'gjekk veldig bra', 'went well', 'went really well', 'went very well', 'went great',
  'takk til', 'takk for innsatsen', 'thanks to', 'thank you to', 'gratulerer', 'congratulations', 'velkommen', 'velkomne',
  'welcome', 'hadde det gøy', 'hadde det kjekt', 'hadde det fint', 'hadde det moro', 'had fun', 'had a great time',
];
// A place or road open again: good news told as such.
const reopenings = ['åpent igjen', 'ope igjen', 'open again', 'back open', 'reopened', 'gjenåpnet'];
// Sincere praise and good news: those speech acts, endings, reopenings, praise despite bad luck, apologies.
export const sincere = foldedLexicon([
  ...speechActs, ...reopenings, 'endelig', 'endeleg', 'finally', 'ferdig', 'på plass', 'selv om', 'sjølv om', 'despite',
  'even though', 'in spite of', 'til tross for', 'trass i', 'dessverre', 'diverre', 'beklager', 'unfortunately', 'sorry',
  'likevel', 'allikevel', 'anyway', 'null problemer', 'null problem', 'no problems', 'zero problems', 'though',
]);

// What clears the model alone: the speech acts, reopenings, that so many came, cheers for the people (each at least
// ten times as often sincere as ironic in the training batches; a reopening in 5 of 406 drafts labelled sarcasm).
const sincereActs = foldedLexicon([
  ...speechActs, ...reopenings, 'så mange kom', 'så mange møtte', 'så mange som kom', 'så mange som møtte', 'so many came',
  'so many turned up', 'great turnout', 'dere er fantastiske', 'dere er gull', 'dere er best', 'de er fantastiske', 'de er gull',
  "you're amazing", 'you’re amazing', 'you are amazing', "you're the best", 'you’re the best', 'you are the best',
  'proud of', 'heia',
]);
const turn = foldedLexicon(['men', 'but']);

/** Praise with nothing bad, exaggerated or ironic around it, or plain words of sincerity. */
export function isSincere(folded: string, sentence: Span): boolean {
  const has = (pattern: RegExp) => hasMatch(pattern, folded, sentence.start, sentence.end);
  return has(sincere) || (has(praise) && isUnclouded(folded, sentence));
}

/** Nothing bad, exaggerated or ironic in the sentence to turn its praise. */
export function isUnclouded(folded: string, sentence: Span): boolean {
  return [badSituation, hyperbole, ironicEmoji].every((pattern) => !hasMatch(pattern, folded, sentence.start, sentence.end));
}

/**
 * What still clears a sentence of the model alone's irony: a sincere speech act, or a turn from
 * something bad to praise («… men konserten var nydelig»). Praise as such does not: out of fold,
 * read the engine's way, `isSincere` silenced about fourteen ironic drafts the model was sure of for
 * every sincere one (December 2026).
 */
export function isPlainlySincere(folded: string, sentence: Span): boolean {
  return hasMatch(sincereActs, folded, sentence.start, sentence.end) || turnsToPraise(folded, sentence);
}

/** «… men konserten var nydelig»: a turn from something bad to praise. */
export function turnsToPraise(folded: string, sentence: Span): boolean {
  const turned = firstMatch(turn, folded, sentence.start, sentence.end);
  return turned !== undefined && hasMatch(praise, folded, turned.end, sentence.end);
}
