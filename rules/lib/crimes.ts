import { findAll, foldedLexicon, type Span } from '../../lib/engine/text';

/**
 * Crimes as people pin them on someone: «selger dop», «lining his pockets», «tar bestikkelser». An
 * accusation is `offensive`; about a person who can be identified it is also a criminal matter, so
 * `identifiable-person` (RULES.md, boundaries).
 */
export const crimeWords = [
  'underslår', 'underslo', 'har underslått', 'tar bestikkelser', 'tok bestikkelser', 'fyllekjøring', 'fyllekøyring',
  'promillekjøring', 'promillekøyring', 'kjører i fylla', 'køyrer i fylla', 'skattesvindel', 'trygdesvindel',
  'stakk av fra ulykken', 'scammed', 'defrauded', 'embezzled', 'cheats on his taxes', 'cheats on her taxes', 'takes bribes',
  'took bribes', 'drunk driving', 'drink driving', 'drink-driving', 'tax fraud', 'benefit fraud', 'selger dop', 'sel dop',
  'selger narkotika', 'sel narkotika', 'sells drugs', 'dealing drugs', 'deals drugs', 'fylt sine egne lommer',
  'fyller sine egne lommer', 'fylt sine eigne lommar', 'lining his pockets', 'lining her pockets', 'lining their pockets',
  'tar svart', 'jobber svart', 'jobbar svart', 'forsynt seg av', 'forsyner seg av', 'forsyner seg fra', 'helping himself to',
  'helping herself to', 'helped himself to', 'helped herself to', 'betalt for å se en annen vei', 'betalt for å sjå ein annan veg',
  'paid to look the other way', 'har sittet inne', 'har sete inne', 'har sitte inne', 'har rappet', 'har rappa', 'har nasket',
  'har naska',
];

/**
 * Theft, fraud and tax cheating as words that also insult or mean something else («en svindler»,
 * «det kan du stole på»): only `offensive` weighs them, with its own checks.
 */
export const accusationWords = [
  'snyter på skatten', 'snyt på skatten', 'snøyt på skatten', 'snytt på skatten', 'svindler', 'svindlet', 'svindla',
  'stjeler', 'stel', 'stjal', 'stal', 'har stjålet', 'har stole', 'steals', 'stole',
];

// "stal showet" = stole the show; "har lurt seg inn" = sneaked in; "stole på" = relied on.
export const harmlessAfterCrime = /^\s+(?:på|ikke|ikkje|aldri|not|seg|showet|the\s+show)(?![\p{L}])/iu;

/** The words before a crime deny it of the person there: «det var ikke han som», «it wasn't the caretaker who». */
export const deniedOfPerson = /(?:ikke|ikkje|not|n['’]t)\s{1,3}(?:[\p{L}-]{1,40}\s{1,3}){1,2}(?:som|who|that)\s{1,3}$/u;

const anyCrime = foldedLexicon([...crimeWords, ...accusationWords]);
const accusations = foldedLexicon(accusationWords);

// «er en svindler»: the noun, an insult with no deed told (RULES.md: `offensive` only), where «han svindler» is one.
const insultNounBefore = /(?<!\p{L})(?:en|ein|ei|er|e|var|som)\s+$/u;

/** Theft and fraud told of someone in `folded` (case-folded text), neither meant otherwise («stal showet») nor denied. */
export const accusedDeeds = (folded: string): Span[] =>
  findAll(accusations, folded).filter(
    (span) =>
      !harmlessAfterCrime.test(folded.slice(span.end, span.end + 12)) &&
      !deniedOfPerson.test(folded.slice(Math.max(0, span.start - 60), span.start)) &&
      !(folded.startsWith('svindler', span.start) && insultNounBefore.test(folded.slice(Math.max(0, span.start - 8), span.start))),
  );

/** Crimes in `folded` (case-folded text) denied of the person named before them. */
export function deniedCrimes(folded: string): Span[] {
  return findAll(anyCrime, folded).filter((span) => deniedOfPerson.test(folded.slice(Math.max(0, span.start - 60), span.start)));
}
