/**
 * Who in a draft can be identified: a personal name, an @mention, or a role noun («eleven»,
 * «the patient», «bebuaren») with an identifying detail close by (age, class, room, street,
 * where the person is from, a family relation, a specific recent time, number of children).
 *
 *   findPersons(text, sentences) → PersonMention[]   (in text order)
 *
 * Names come from a list of common given names (Norwegian and the largest immigrant groups,
 * not from any corpus) plus structure: «Capitalised (17)», «Capitalised i 3B». Given names that
 * are also everyday words (Per, Liv, Dag, Mai, Tone, Finn, Will, Mark …) are left out of the list;
 * they are still found by the structural patterns. 335 more names (Norwegian ones of every generation, and
 * of the largest immigrant groups) did not earn their 1.7 kB in each content script: on six fresh test
 * batches `identifiable-person` scored 75.0 against 74.8, with the same benign drafts flagged (December 2026).
 */
import { findAll, foldCase, foldedLexicon, foldedWordChar, sentenceIndexAt, type Span } from '../../lib/engine/text';
import { findNationalIds } from './national-id-number';

export type PersonKind = 'name' | 'mention' | 'role';

export interface PersonMention extends Span {
  kind: PersonKind;
}

const givenNames = foldedLexicon(
  `Anne Inger Kari Marit Ingrid Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria Elisabeth
  Kristin Bente Heidi Silje Hanne Gerd Linda Tove Elin Anita Wenche Camilla Ragnhild Hege Ellen Karin Gunn Marie
  Turid Trine Kjersti Julie Mari Sissel Laila Grete Aud Unni Monica Monika Mona Lene Siri Gro Synnøve Sigrid Emma
  Nora Sara Sarah Sofie Sophie Sofia Olivia Ella Maja Emilie Leah Ingeborg Frida Thea Tea Vilde Hedda Amalie Aurora
  Selma Alma Jenny Oda Mathilde Andrea Hanna Hannah Marte Martine Malin Mia Sunniva Tiril Tuva Vilja Eline Jorunn
  Helga Hedvig Amanda Celine Victoria Viktoria Charlotte Karoline Caroline Julia Isabella Isabel Ronja Ylva Agnes
  Ane Maren Kaja Kaia Iben Linnea Lea Elise Helene Katrine Kathrine Ingvild Marthe Cecilie Stine Therese Tonje
  Renate Mette Guro Torunn Åse Åshild Eli Elsa Ruth Margit Margrethe Magnhild Signe Gunhild Gunvor Bodil Britt
  Eirin Synne Benedicte Emilia Nathalie Natalie Josefine Johanne Pernille Ragnhild Sølvi Vigdis Wenche Ylva
  Fatima Aisha Amina Maryam Mariam Zainab Hiba Noor Layla Leila Yasmin Zahra Hawa Ayan Samira Sumaya Nadia
  Agnieszka Katarzyna Marta Zuzanna Oliwia Natalia Ewa
  Bjørn Ole Lars Kjell Knut Arne Svein Thomas Tomas Geir Terje Morten Martin John Trond Jon Andreas Erik Eirik
  Anders Harald Stian Espen Kristian Christian Tore Rolf Nils Jørgen Gunnar Einar Magnus Daniel Marius Frode
  Helge Kristoffer Christoffer Olav Ola Leif Tommy Steinar Øyvind Jonas Henrik Fredrik Petter Sindre Sverre
  Øystein Håkon Kåre Arild Egil Ivar Vegard Sondre Eivind Vidar Roar Stig Johannes Jakob Jacob Emil Noah Oliver
  William Lucas Lukas Filip Philip Aksel Axel Isak Elias Liam Mathias Matias Theodor Teodor Oskar Oscar Sebastian
  Alexander Aleksander Benjamin Ludvig Johan Adrian Tobias Sander Mikkel Iver Kasper Casper Edvard Ulrik Vetle
  Markus Marcus Eskil Brage Jesper Simen Simon Sigurd Torstein Halvor Amund Audun Asbjørn Gaute Lasse Leon Aron
  Victor Viktor Kevin Patrick Robin Kjetil Jostein Torbjørn Ove Jens Thor Odin Alex
  Mohammed Muhammad Mohamed Ahmed Ahmad Ali Omar Yusuf Yousef Hassan Hussein Ibrahim Mustafa Abdi Abdullahi
  Amir Emir Adam Ismail Karim Tariq Bilal Hamza Mehmet Jakub Kacper Piotr Tomasz Krzysztof Marek Pawel Dawid
  Andrzej Michal`.split(/\s+/),
);

const schoolClass = '(?:10|[1-9])(?<![\\p{L}\\p{N}](?:10|[1-9]))[a-f](?![\\p{L}\\p{N}])';
const ageInBrackets = '\\(\\s?\\d{1,3}(?:\\s?år)?\\s?\\)';

// Names by shape: a capitalised word (and surname) before «(17)» or «i 3B». The regex finds the
// detail; `nameBefore` then reads the words in front of it (a leading \p{Lu} would be slow).
const nameDetail = new RegExp(`\\s?${ageInBrackets}|\\s(?:i|in)\\s${schoolClass}`, 'gu');
const nameBefore = /(?<![\p{L}\p{N}_@])\p{Lu}\p{Ll}{1,20}(?:\s\p{Lu}\p{Ll}{1,20})?$/u;
// After a lowercase given name: an optional surname, then a class or an age («kari nordby i 2a»).
const lowercaseNameDetail = new RegExp(`^(?:\\s\\p{Ll}+)?(?:\\s(?:i|in)\\s${schoolClass}|\\s?${ageInBrackets})`, 'u');
const atMention = /(?<![\p{L}\p{N}_])@\p{L}[\p{L}\p{N}_.]{0,30}/gu;
// A family name for a group of children: «the Berg boys», «Berg-guttene». Two patterns, as
// their union lets a backtracking engine go quadratic (found by the ReDoS test).
const familyGroups = [
  /[Tt]he\s\p{Lu}\p{Ll}{1,20}\s(?:boys|girls|kids|brothers|sisters|twins)(?![\p{L}])/gu,
  /-(?:guttene|gutane|jentene|jentane|ungene|ungane|brødrene|søstrene)(?<=\p{Lu}\p{Ll}{1,20}-\p{Ll}{5,9})(?![\p{L}])/gu,
];

// The reader addressed: «søknaden din», «your bill».
export const secondPerson = foldedLexicon(['du', 'deg', 'din', 'di', 'ditt', 'dine', 'dere', 'deres', 'dykk', 'dykkar', 'you', 'your', 'yours']);

// Singular role nouns (and groups that point at one family): identifiable only with a detail.
export const roleNouns = foldedLexicon([
  'elev', 'eleven', 'elevar', 'pasient', 'pasienten', 'bruker', 'brukeren', 'brukar', 'brukaren', 'beboer', 'beboeren',
  'bebuar', 'bebuaren', 'klient', 'klienten', 'pårørende', 'pårørande', 'mottaker', 'mottakeren', 'mottakar',
  'mottakaren', 'sosialhjelpsmottak*', 'rusmisbruker*', 'rusmisbrukar*', 'narkoman*', 'alkoholiker*',
  'gutt', 'gutten', 'gut', 'guten', 'jente', 'jenta', 'jenten', 'gjenta', 'ungen', 'ungdommen', 'tenåringen',
  'barnet', 'babyen', 'mannen', 'kvinnen', 'kvinna', 'dama', 'damen', 'kona', 'familien', 'tvillingene',
  'tvillingane', 'søsknene', 'sysken', 'brødrene', 'søstrene', 'naboen', 'nabojenta', 'nabogutten',
  'pupil', 'student', 'patient', 'resident', 'user', 'service user', 'client', 'boy', 'girl', 'lady', 'the man',
  'the woman', 'guy', 'kid', 'child', 'teenager', 'teen', 'family', 'twins', 'neighbour', 'neighbor',
  // family and staff roles: «ein viss far i 5B», «læreren i 6B», «the coach of the under-12s»
  'far', 'faren', 'mor', 'mora', 'moren', 'pappa', 'pappaen', 'mamma', 'mammaen', 'sønnen', 'sonen', 'dattera', 'datteren',
  'dad', 'mum', 'mom', 'father', 'mother', 'son', 'daughter', 'læreren', 'lærarinna', 'lærerinnen', 'læraren', 'vikaren',
  'treneren', 'assistenten', 'vaktmesteren', 'vaktmeisteren', 'sjåføren', 'teacher', 'substitute', 'coach', 'caretaker',
  'driver',
  // people by a colloquial noun or a trade: «karen frå Heer», «vikaren på Troll», «the IT guy at Ullerud»
  'kar', 'karen', 'fyren', 'gubben', 'kjerringa', 'bloke', 'lad', 'chap', 'vaktmester', 'vaktmeister', 'vikar', 'tekniker',
  'teknikeren', 'nattevakta', 'nattevakten', 'entreprenøren', 'grunneieren', 'grunneigaren', 'frisøren', 'contractor',
  'landowner', 'tenant', 'leietakeren', 'leigetakaren',
]);

/**
 * Words (regex sources) that must not follow a letter, each checked once it has matched: a leading
 * lookbehind for any letter is tried at every offset, and cost a long paste several times the scan.
 */
const notAfterALetter = (...words: string[]) => `(?:${words.map((word) => `${word}(?<![\\p{L}]${word})`).join('|')})`;

// Details that, next to a role noun, single out one person. Each alternative is linear.
// Matched on the lowercased text; `placeOfOrigin` needs the capital and runs on the original.
const identifyingDetail = new RegExp(
  [
    // age: «(17)», «34 år», «14-åring», «a 14-year-old», «aged 9» (not durations such as «i 20 år»)
    ageInBrackets,
    '\\d(?<![\\p{L}\\p{N}]\\d)(?<!(?:^|[^\\p{L}])(?:i|in|på|over|under|for|til)\\s\\d)\\d{0,2}\\s?år(?:\\s(?:gammel|gamal))?(?![\\p{L}])',
    '\\d{1,2}-åring',
    '\\d{1,2}-year-old',
    '\\d{1,2}\\syears?\\sold',
    'aged\\s\\d{1,2}',
    // class: «3B», «1. klasse», «2nd grade», «year 9»
    schoolClass,
    '(?:10|[1-9])\\.\\s?(?:klasse|klassen|trinn|trinnet)',
    '(?:1st|2nd|3rd|[4-9]th|10th)\\sgrade',
    '(?:grade|year|class|klasse)\\s(?:10|[1-9])(?![\\p{N}])',
    // room and street: «rom 14», «the room next to», «Seierstens gate 12», «Heerveien 3»
    `${notAfterALetter('rom', 'rommet', 'room')}\\s(?:nr\\.?\\s)?\\d{1,4}`,
    'room\\snext\\s(?:to|door)',
    'naborommet',
    'rommet\\sved\\ssida\\sav',
    'rommet\\sved\\ssiden\\sav',
    '(?:gate|gata|veien|vegen|vei|veg)\\s\\d{1,4}(?![\\p{N}])',
    // family: «sønn av», «dotter til», «daughter of», «med dei tre ungane», «with three kids»
    `${notAfterALetter('sønn', 'sønnen', 'sonen', 'datter', 'dattera', 'datteren', 'dotter', 'dottera', 'son', 'daughter')}\\s(?:av|til|åt|of)\\s`,
    `${notAfterALetter('med', 'with')}\\s(?:(?:de|dei|the|sine|hans|hennes|her|his)\\s)?(?:to|tre|fire|fem|seks|two|three|four|five|six|\\d)\\s(?:unger|ungene|ungane|ungar|barn|barna|born|borna|kids|children)`,
    // a specific recent time
    `${notAfterALetter('i\\sforrige\\suke', 'i\\sførre\\sveke', 'forrige\\suke', 'førre\\sveke', 'i\\sgår', 'i\\snatt', 'i\\shelgen', 'i\\shelga', 'i\\smorges', 'i\\smorgos', 'last\\snight', 'last\\sweek', 'yesterday', 'this\\smorning')}(?![\\p{L}])`,
  ]
    .join('|')
    .replaceAll('\\p{L}', foldedWordChar.slice(1, -1)),
  'gu',
);

// where from or where they are: «fra Ullerud», «frå Heer», «from Dal», «på Troll», «at Ullerud»
// (not «i»: «i Drøbak» is the whole town)
const placeOfOrigin = new RegExp(String.raw`${notAfterALetter('[Ff]ra', '[Ff]rå', '[Ff]rom', 'på', 'at', 'ved')}\s\p{Lu}\p{Ll}+`, 'gu');

// «hun fra Bjørnemyr», «han frå Heer», «she from Dal», «hun på Rev»: a pronoun pinned to a place.
const pronounFromPlace = new RegExp(String.raw`${notAfterALetter('[Hh]an', '[Hh]un', '[Hh]o', '[Hh]e', '[Ss]he')}\s(?:fra|frå|from|på)\s\p{Lu}\p{Ll}+`, 'gu');

// Relatives, one lexicon pass over the folded text: the addressee's or someone's («mora di», «faren
// hans») and the writer's own, identified through the writer («svigerfar», «mora mi»).
const pairs = (heads: readonly string[], tails: readonly string[]) => heads.flatMap((head) => tails.map((tail) => `${head} ${tail}`));
const relatives = foldedLexicon([
  ...pairs(['mora', 'moren', 'mor', 'faren', 'far', 'dottera', 'dotter', 'datteren', 'dattera', 'sonen', 'sønnen', 'kona', 'mannen', 'bestemor', 'bestefar', 'besta', 'oldemor', 'broren', 'bror', 'søstera', 'søsteren', 'syster', 'systera'], ['di', 'din', 'ditt', 'dine', 'deres', 'dykkar', 'hans', 'hennes', 'hennar']),
  ...pairs(['far', 'mor', 'faren', 'mora', 'moren', 'bror', 'broren', 'søster', 'søstera', 'syster', 'systera', 'sønnen', 'sonen', 'dattera', 'datteren', 'kona', 'mannen', 'naboen', 'bestemor', 'bestefar'], ['min', 'mi', 'mitt']),
  ...['mamma', 'pappa', 'mormor', 'morfar', 'farmor', 'farfar', 'svigerfar', 'svigermor'],
  ...pairs(['ungen', 'guten', 'gutten', 'jenta', 'jenten', 'veslejenta', 'vesleguten'], ['min', 'mi', 'vår', 'vår']),
]);

// «Ahmet's mum»: found from the apostrophe (a leading \p{Lu} is tried at every offset, and slow);
// the mention then starts at the name.
const possessiveRelative =
  /['’]s\s(?:mum|mom|mother|dad|father|son|daughter|boy|girl|kid|wife|husband|brother|sister|nan|gran)(?![\p{L}])(?<=(?<![\p{L}])\p{Lu}\p{Ll}{1,20}['’]s\s\p{L}+)/gu;
const nameStartBefore = (text: string, offset: number) => {
  let start = offset;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start;
};

// The deed of a culprit nobody knows, after «han som», «the guy who»: «han som står bak hærverket».
const culpritDeed = String.raw`(?:(?:står|stod|sto|var|er)\sbak|gjorde|stjal|stal|tok|knuste|ødela|ødelagde|sprayet|sprayte|tagget|tagga)`;
const culpritDeedEn = String.raw`(?:(?:is|was)\sbehind|did|stole|took|broke|smashed|sprayed|keyed)`;
/** The unknown culprit of a deed, in lower-cased text: «Han som står bak hærverket burde skamme seg», «whoever keyed my car». */
export const unknownCulprit = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:han|hun|ho|den|de|dei)\ssom\s${culpritDeed}|(?:whoever|the\s(?:one|person|people)\swho)\s${culpritDeedEn})(?![\p{L}])`,
  'gu',
);

// People pointed out by description rather than by name. Each alternative is linear. These read the
// lower-cased text: a case-insensitive regex costs a long paste several times as much, and so does a
// leading lookbehind for any letter, which is why each one's opening boundary becomes the folded word
// character class (six times faster on a long paste).
const describedPersons = [
  /(?<![\p{L}])(?:your|her|his)\s(?:mum|mom|mother|dad|father|son|daughter|wife|husband|gran|grandma|grandmother|grandad|grandfather|brother|sister)(?![\p{L}])/gu,
  // a pronoun or a family role with a defining clause: «han som kjører skolebussen», «the dad who …»;
  // not a denial («ikke han som»), nor the unknown culprit of a deed («han som står bak hærverket»)
  new RegExp(String.raw`(?<![\p{L}])(?<!(?:ikke|ikkje|not)\s)(?:han|hun|ho|faren|mora|moren|sønnen|sonen|dattera|datteren|karen|fyren|mannen|dama|damen|kvinnen|kvinna|gutten|jenta|jenten|naboen|vaktmesteren|vaktmeisteren|vikaren|sjåføren|treneren)\ssom\s(?!${culpritDeed})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])the\s(?:dad|mum|mom|father|mother|son|daughter|guy|man|woman|lady|boy|girl|kid|bloke|lad|chap|neighbour|neighbor|driver|caretaker|sub|substitute|coach|cleaner|tenant)\swho\s(?!${culpritDeedEn})`, 'gu'),
  // a pronoun pinned to a class, floor, number or room: «han i 6A», «hun i 4. etasje», «ho på rom 5»
  /(?<![\p{L}])(?:han|hun|ho)\s(?:(?:går|gjeng|er)\s)?(?:i|på)\s(?:(?:10|[1-9])[a-f](?![\p{L}\p{N}])|(?:nr\.?|nummer)\s?\d{1,4}|(?:rom|rommet)\s\d{1,4}|(?:\d{1,2}\.|første|fyrste|andre|tredje|fjerde)\s?etasje)/gu,
  /(?<![\p{L}])(?:he|she)(?:\s(?:is|was)|['’]s)\sin\s(?:(?:class|year|grade)\s(?:10|[1-9])(?![\p{L}\p{N}])|(?:10|[1-9])[a-f](?![\p{L}\p{N}]))/gu,
  // a pronoun at a workplace, or marked by what they have: «han på lageret», «ho i resepsjonen», «hun med demens»
  /(?<![\p{L}])(?:han|hun|ho)\s(?:(?:på|i)\s(?!(?:helgen|helga|morgen|morgon|kveld|natt|uka|uken|veka|ferien|julen|jula|påsken|påska|pausen|timen|året|fjor|dag)(?![\p{L}]))\p{L}{2,20}(?:en|et|a|ene)|med\s\p{L}{3,})(?![\p{L}])/gu,
  // a child or relative of someone named or described: «gutten til Hansen», «ungen te hu frisøren», «Ahmet's mum»
  /(?<![\p{L}])(?:gutten|guten|jenta|jenten|gjenta|ungen|sønnen|sonen|dattera|datteren|kona|mannen|mora|moren|faren)\s(?:til|åt|te)\s\p{L}{2,}/gu,
  /(?<![\p{L}])my\s(?:mum|mom|mother|dad|father|nan|gran|grandma|grandmother|grandad|grandfather|son|daughter|wife|husband|brother|sister|aunt|uncle|neighbour['’]s\s\p{L}+)(?![\p{L}])/gu,
].map((pattern) => new RegExp(pattern.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, `(?<!${foldedWordChar})`), pattern.flags));
// A greeting or a title before a capitalised name: «Hei Amira», «Mrs Olsen», «fru Hansen».
const greetedName = new RegExp(
  String.raw`${notAfterALetter('[Hh]ei', '[Hh]i', '[Hh]ey', '[Hh]allo', '[Kk]jære', '[Dd]ear', 'Mrs\\.?', 'Mr\\.?', 'Ms\\.?', '[Ff]ru', '[Hh]err')}\s\p{Lu}\p{Ll}{1,20}(?![\p{L}])`,
  'gu',
);


/** How far (characters, same sentence) a detail may be from its role noun. */
const detailReach = 90;

function isCapitalised(text: string, offset: number): boolean {
  const first = text[offset]!;
  return first !== first.toLowerCase();
}

function startsSentence(text: string, offset: number): boolean {
  // Walk back over spaces and opening quotes; a line break or sentence mark means a start.
  for (let index = offset - 1; index >= 0; index--) {
    const char = text[index]!;
    if (!/[\s"'«“(]/u.test(char)) return /[.!?:…]/u.test(char);
    if (char === '\n') return true;
  }
  return true;
}

// A given name that opens a firm's name («PEAB Bjørn Bygg», «Kari Hansen AS»): a company, not a person.
const firmAfter = /^\s(?:\p{Lu}\p{Ll}+\s)?(?:Bygg|Byggservice|Entreprenør|Maskin|Transport|Eiendom|Elektro|Rør|Holding|Invest|Consult|AS|ASA)(?![\p{L}])/u;

function names(text: string, folded: string): PersonMention[] {
  const found: PersonMention[] = [];
  for (const span of findAll(givenNames, folded)) {
    if (firmAfter.test(text.slice(span.end, span.end + 40))) continue;
    if (isCapitalised(text, span.start) || lowercaseNameDetail.test(text.slice(span.end, span.end + 40))) {
      found.push({ ...span, kind: 'name' });
    }
  }
  for (const detail of findAll(nameDetail, text)) {
    const before = text.slice(Math.max(0, detail.start - 40), detail.start);
    const name = nameBefore.exec(before);
    if (!name) continue;
    const start = detail.start - before.length + name.index;
    // «Klassen i 3B», «Elevrådet i 9A»: at a sentence start, a capital says nothing.
    if (text[detail.end - 1] === ')' || !startsSentence(text, start)) found.push({ start, end: start + name[0].length, kind: 'name' });
  }
  for (const span of familyGroups.flatMap((pattern) => findAll(pattern, text))) found.push({ ...span, kind: 'name' });
  for (const span of findAll(atMention, text)) found.push({ ...span, kind: 'mention' });
  // A national identity number points out exactly one person.
  for (const span of findNationalIds(text)) found.push({ ...span, kind: 'name' });
  return found;
}

function rolesWithDetail(text: string, folded: string, sentences: readonly Span[]): PersonMention[] {
  const roles = findAll(roleNouns, folded);
  if (roles.length === 0) return [];
  const details = [...findAll(identifyingDetail, folded), ...findAll(placeOfOrigin, text)].sort((a, b) => a.start - b.start);
  const found: PersonMention[] = [];
  let next = 0;
  for (const role of roles) {
    const sentence = sentences[sentenceIndexAt(sentences, role.start)];
    if (!sentence) continue;
    const from = Math.max(sentence.start, role.start - detailReach);
    const to = Math.min(sentence.end, role.end + detailReach);
    // Windows move forward with the roles, and details never overlap: one pass over `details`.
    while (next < details.length && details[next]!.end < from) next++;
    let candidate = next;
    if (candidate < details.length && details[candidate]!.start < from) candidate++;
    const detail = details[candidate];
    if (detail && detail.end <= to) found.push({ ...role, kind: 'role' });
  }
  return found;
}

/** Identifiable persons in `text`, in text order (overlapping mentions are all kept). */
export function findPersons(text: string, sentences: readonly Span[]): PersonMention[] {
  const folded = foldCase(text);
  return [
    ...names(text, folded),
    ...rolesWithDetail(text, folded, sentences),
    ...[pronounFromPlace, greetedName].flatMap((pattern) => findAll(pattern, text)).map((span) => ({ ...span, kind: 'role' as const })),
    ...describedPersons.flatMap((pattern) => findAll(pattern, folded)).map((span) => ({ ...span, kind: 'role' as const })),
    ...findAll(relatives, folded).map((span) => ({ ...span, kind: 'role' as const })),
    ...findAll(possessiveRelative, text).map((span) => ({ start: nameStartBefore(text, span.start), end: span.end, kind: 'role' as const })),
  ].sort((a, b) => a.start - b.start);
}
