import { defineRule, type Detection, type RuleExamples } from '../lib/engine/rule';
import { clearedBy, weighEvidence } from './lib/learned';
import type { OrganisationSettings } from '../lib/engine/settings';
import { distance, eachMatch, firstMatch, foldCase, foldedLexicon, hasMatch, occursIn, sentenceAt, sentenceIndexAt, sentenceWindow, type Span } from '../lib/engine/text';

// --- Phone numbers -------------------------------------------------------------------------

const separator = '[ .\\-\\u00a0\\u202f]';
// Eight digits (optionally after +47 / 0047), each after at most one separator. It starts on a digit
// or "+" so the scan is fast; `insideLongerRun` rejects a match that continues a longer digit run.
const phoneNumber = new RegExp(`(?:(?:\\+|00)47${separator}?)?\\d(?:${separator}?\\d){7}(?!${separator}?\\d)`, 'gu');
const insideLongerRun = (text: string, start: number) => /[\d+]$|\d[ .\-\u00a0\u202f]$/u.test(text.slice(Math.max(0, start - 2), start));
const countryPrefix = /^(?:\+|00)47[ .\-\u00a0\u202f]?/u;
// How Norwegians group a phone number; "45 000 000" is an amount, not a number to call.
const phoneLayouts = new Set(['8', '3 2 3', '2 2 2 2', '4 4']);
const isMobile = (digits: string) => digits[0] === '4' || digits[0] === '9';
const isLandline = (digits: string) => /^[2-7]/u.test(digits);

// Landlines belong to offices as often as to people: only flag one said to be private.
const privatePhoneContext = foldedLexicon([
  'privat*', 'hjemme*', 'heime*', 'home', 'mobil*', 'mobile', 'cell', 'nummeret mitt', 'mitt nummer', 'my number',
  'ring meg', 'ring henne', 'ring ham', 'ring han', 'ring ho', 'call me', 'call her', 'call him', 'text me', 'text her', 'text him',
]);
// Service lines, amounts and reference numbers that look like phone numbers.
const notPrivatePhoneContext = foldedLexicon([
  'vakttelefon*', 'vaktmobil*', 'vakt', 'vakta', 'vakten', 'vakthavende', 'døgnvakt*', 'beredskap*', 'sentralbord*', 'servicetorg*', 'kundeservice', 'kundesenter*',
  'resepsjon*', 'ekspedisjon*', 'switchboard', 'hotline', 'helpline', 'on-call', 'duty phone', 'legevakt*',
  'kr', 'kr.', 'kroner', 'nok', 'mill', 'mill.', 'million*', 'millioner', 'beløp*', 'ordre*', 'order', 'faktura*', 'invoice',
  'kid', 'referanse*', 'reference', 'ref', 'ref.', 'saksnr', 'saksnr.', 'saksnummer*', 'kundenummer*', 'kundenr', 'kundenr.',
  'org.nr', 'org.nr.', 'orgnr', 'organisasjonsnummer*', 'konto*', 'kontonr', 'kontonr.', 'account',
  'på jobb', 'på jobben', 'på kontoret', 'jobbtelefon*', 'arbeidstelefon*', 'direktenummer*', 'at work', 'work phone',
  'work number', 'direct line', 'on duty', 'duty number', 'jobbmobil*', 'tjenestemobil*', 'tenestemobil*', 'club mobile', 'club phone', 'emergency phone', 'lifeguard', 'livredder*', 'ring oss', 'call us', 'kontakt oss', 'contact us', 'telefontid*', 'phone hours', 'havnevakt*', 'havnekontor*', 'harbour office',
  'trip phone', 'turtelefon*', 'turmobil*', 'leirtelefon*', 'camp phone',
  // the office's own voice and hours: «på vår telefon», «innenfor normal arbeidstid, ring …»
  'vår telefon', 'vårt telefonnummer', 'vårt nummer', 'our phone', 'our number', 'arbeidstid*', 'kontortid*', 'åpningstid*',
  'opningstid*', 'office hours', 'opening hours', 'working hours', 'på dagtid', 'daytime', 'during the day',
]);
// A service answering the number, named in the words before it: «Barnevernvakta på telefon …», a line named as a
// compound of «telefon» («skredtelefonen», «koronatelefonar», «SFO-telefon»; not the «mobiltelefon», «hjemmetelefon» or
// «jobbtelefon» a person carries),
// «VA-vakta treffes på …», «kontakttelefon for flomvarsling», «The Immigrant Service can be reached by phone»,
// or a role that serves the public: «Du når jordmor på …», «helsesykepleier: …», or a booking line («Du bestiller time
// ved å ringe … eller sende sms til …», «Bestill direkte på tlf …»), or a facility called by its name («Ring kjøkkenet på
// …», «ring bassenget, tlf. …») or heading a contact line («Bassenget om kvelden, tlf …»).
const facility = '(?:kjøkk?enet|storkjøkkenet|produksjonskjøkkenet|bassenget|svømmehallen|symjehallen|badeanlegget|biblioteket|kantina|kantinen)';
const serviceWord = new RegExp(
  String.raw`vakt|tjenest|tenest|betjen|bemann|staffed|bestill(?:e|er)? (?:time|direkte)|timebestilling|book an appointment|(?<=\p{L}\p{L}-?)(?<!(?:mobil|hjemme|heime|privat|fast|smart|jobb|arbeids)-?)telefon|sykepleien|sykepleia|sjukepleia|sjukepleien|helsesykepleier|helsesjukepleiar|helsesøster|jordmor|helsestasjon|kontoret|kontakttelefon|etaten|direktorat|sentralen|sentralbord|service|office|hotline|(?<!\p{L})(?:ring|ringer|ringe|ringjer|ringje|call):?\s(?:til\s)?${facility}(?!\p{L})`,
  'u',
);
// A contact line headed by a facility and ending in its label («Bassenget om kvelden, tlf …»): read with `trailingLabel`.
const facilityFirst = new RegExp(String.raw`^\s?${facility}(?!\p{L})`, 'u');
// A contact line that only labels the number («Phone +47 …», «Telefon:», «Mobil»): the service is named on the line before.
const contactLabel = /^(?:[-•*]\s?)?(?:phone|telephone|tel|telefon|tlf|mobil|mobile|mob)\.?:?$/u;
// A contact block's lines that only label («E-post», «Mobil»): read past them to the post or service above.
const mailLabel = /^(?:e-post|epost|e-mail|email)$/u;
const isBareLabel = (line: string) => contactLabel.test(line) || mailLabel.test(line);
// A line of the same block that labels another number («• Tlf: 57 71 15 32» above «• Mob: 992 …»): read past it too.
const labelledNumber = /^([^\d]{1,16})\d[\d\s+()-]{7,19}$/u;
const isContactLine = (line: string) => isBareLabel(line) || contactLabel.test(labelledNumber.exec(line)?.[1]?.trim() ?? '');
// A sentence ends at «!», «?», a line break or a point before a space; not at the point inside a number («kl 12.00, tlf …»)
// or after an abbreviation («vakttlf. er …», «tlf.nr:», «tlf. 64 90 …»).
const sentenceEnd = /(?<!(?:tlf|tel|nr))\.(?=\s|$)|[!?\n]/gu;
const clauseStartIn = (before: string) => {
  let start = 0;
  for (const mark of before.matchAll(sentenceEnd)) start = mark.index + 1;
  return start;
};
// The case officer named as the one to call («saksbehandler Mia Berg, som kan treffes på telefon …»): their work
// line, unless the writer gives their own («sakshandsamaren kan ringe meg på …»).
const caseOfficer = /saksbehandl|sakshandsam|case officer|caseworker|case worker/u;
// Who serves the public, as the one to call, unless the number is the writer's own or said to be private («ring meg
// privat, 942 15 770»): a ward or its staff («Rød avdeling: 916 75 764», «personalet kontaktes per tlf. …»), a post
// («Kommunalsjef – Helse og omsorg / Mobil …», «branninspektør: Mobil …», «Byggeleiar Per Fladvad, telefon …»), or an office's
// «For more information, please contact».
const servesUnlessOwn =
  /avdeling|avd\.|personalet|the staff|(?<!\p{L})ward(?!\p{L})|for more information|for mer informasjon|for meir informasjon|please contact|(?:sjef|direktør|(?:enhets|fag|virksomhets|seksjons|tjeneste|teneste|einings|bygge?|prosjekt|anleggs)(?:leder|leiar)|inspektør|konsulent|rådgiver|rådgjevar|koordinator|pressekontakt|presseansvarlig|presseansvarleg)(?!\p{L})|(?<!\p{L})(?:rektor|rådmann|kommunedirektør|daglig leder|dagleg leiar|manager|director|coordinator|adviser|advisor|press contact|media contact)(?!\p{L})/u;
// A sentence that only asks the reader to call: «Please call», «Ring oss på».
const bareCall = /^(?:please\s)?(?:call|phone|ring|ringe|ringje|kontakt)(?:\s(?:us|oss))?(?:\s(?:on|at|på))?:?$/u;
const writersOwn = /(?<!\p{L})(?:meg|me|my|min|mitt|mine)(?!\p{L})/u;
// The writer's own line, or one said to be private: «ring meg», «Siv Lund (privat)».
const ownOrPrivate = (words: string) => writersOwn.test(words) || /(?<!\p{L})privat/u.test(words);
// A bare label right before the number («branninspektør: Mobil 959 …») says what kind of line it is, not whose.
// «Mobiltelefon:» and «mobilnummer» are labels whole: left half-stripped, «mobil» read as the writer's private line.
const trailingLabel = /(?:mobiltelefon|mobilnummer|mobilnr|telefonnummer|mobil|mobile|mob|tlf|telefon|phone)\.?:?\s*$/u;
const saysPrivate = (clause: string) => {
  const words = clause.replace(trailingLabel, '');
  return writersOwn.test(words) || occursIn(privatePhoneContext, words);
};

/**
 * The clause before a number (up to 120 characters, back to the last sentence mark) names a service, and no words
 * around it make the number the writer's own. A label alone («Telefon:», «Mobil», «For barn og unge:») reads the line
 * before it («Nå har vi opprettet egne koronatelefoner.»).
 */
function servedBy(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - 120), start);
  const clause = before.slice(clauseStartIn(before));
  const ownAfter = writersOwn.test(folded.slice(end, end + 12));
  const serves = (words: string) =>
    serviceWord.test(words) ||
    (facilityFirst.test(words) && trailingLabel.test(words)) ||
    (!ownAfter && ((caseOfficer.test(words) && !writersOwn.test(words)) || (servesUnlessOwn.test(words) && !saysPrivate(words))));
  if (serves(clause)) return true;
  const label = clause.trim();
  // «Servicetorget … can also help with this. Please call 469 06 458 for such assistance.»: a bare request to call,
  // right after a sentence that names a service, is that service's line.
  if (bareCall.test(label) && !ownAfter) {
    const sentence = clauseEndingAt(folded, start - clause.length, /[\s.!?]/u, 160).words;
    if (serviceWord.test(sentence) && !saysPrivate(sentence)) return true;
  }
  // A number alone on its line, introduced by the line above («Please contact communications director Jørn
  // Johansen:,\n\n+47 …»), is that line's.
  const introduced = label === '' && /[:,]\s*$/u.test(before);
  if (!(introduced || contactLabel.test(label) || (label.endsWith(':') && !saysPrivate(label)))) return false;
  // The line before, without the marks that end it («… the Education Office:»), past up to two more bare labels
  // («Kommunedirektør / E-post / Mobil …»).
  let labelStart = start - clause.length;
  for (let lines = 0; lines < 3; lines++) {
    const line = clauseEndingAt(folded, labelStart, /[\s:.,]/u, 120);
    if (!isContactLine(line.words.trim())) return serves(line.words);
    labelStart = line.start;
  }
  return false;
}
/** The clause that ends at `end`, past the marks (`closing`) between it and `end`, read on up to `reach` characters. */
function clauseEndingAt(folded: string, end: number, closing: RegExp, reach: number): { start: number; words: string } {
  let at = end;
  while (at > 0 && closing.test(folded[at - 1]!)) at--;
  const previous = folded.slice(Math.max(0, at - reach), at);
  const words = previous.slice(clauseStartIn(previous));
  return { start: at - words.length, words };
}
// A contact section's heading, alone on its line: «Kontakt», «Kontaktinformasjon», «Kontaktpersonar i SNO for området
// her:», «Contact information:», «Har du spørsmål?»; or one that ends in what the section holds: «Kommunens kriseledelse
// - kontaktinformasjon», «Brøyteroder med kontaktinfo:», «Pressekontakter:», «Rovviltkontakter i Sel og Vågå:» (not
// «Nærkontakter:», a list of people exposed to an infection).
const contactHeading =
  /^(?:kontakt|kontakt oss|kontaktinfo|kontaktinformasjon|kontaktopplysninger|kontaktopplysningar|kontaktperson|kontaktpersoner|kontaktpersonar|contact|contacts|contact us|contact information|contact details|contact person|contact persons|har du spørsmål\?|spørsmål\?)(?:\s[^:?!.]{1,40})?:?$/u;
const sectionOfContacts = /^[^:?!.]{0,40}(?:kontaktinformasjon|kontaktinfo|kontaktopplysninger|kontaktopplysningar|kontakter|kontaktar)(?:\s[^:?!.]{1,30})?:?$/u;
// A table's header row of contact columns: «Rolle Navn Mobil», «NR STILLING NAVN MOBIL-TLF. STEDFORTREDER MOBIL-TLF».
const columnWords = new Set([
  'nr', 'nr.', 'rolle', 'stilling', 'funksjon', 'tittel', 'title', 'role', 'position', 'navn', 'namn', 'name', 'mobil', 'mobil-tlf',
  'mobil-tlf.', 'mobiltelefon', 'telefon', 'tlf', 'tlf.', 'phone', 'mobile', 'e-post', 'epost', 'e-mail', 'email', 'stedfortreder',
  'stedfortredar', 'avdeling', 'eining', 'enhet', 'ansvarsområde', 'ansvar',
]);
const nameColumns = new Set(['navn', 'namn', 'name']);
const isTableHeader = (line: string) => {
  const columns = line.split(/\s+/u);
  return columns.length >= 2 && columns.every((word) => columnWords.has(word)) && columns.some((word) => nameColumns.has(word));
};
// `phoneNumber` without its global flag, to ask whether a line holds one.
const holdsPhoneNumber = new RegExp(phoneNumber.source, 'u');
const headsContacts = (line: string) =>
  contactHeading.test(line) || (sectionOfContacts.test(line) && !line.includes('nærkontakt')) || isTableHeader(line);
/** What a line above a number says of its block: nothing, the block ends, a contact heading, a line of the list. */
type BlockLine = 'blank' | 'ends' | 'heads' | 'lists';
function readBlockLine(line: string): BlockLine {
  if (line === '') return 'blank';
  if (ownOrPrivate(line)) return 'ends';
  if (headsContacts(line)) return 'heads';
  // A sentence between heading and number ends the block; a table's long row holds a number of its own.
  if (line.length > 80 && !(line.length <= 120 && holdsPhoneNumber.test(line))) return 'ends';
  return 'lists';
}
/**
 * Whether a number at `start` is listed under a contact heading, in a block of short lines (names, titles, labels,
 * other numbers, a table's rows) none of which the writer calls their own or private: a notice's staff list
 * («Kontakt / Kari Hånsnar / Jordbruksrettleiar / Mobil 991 …»). Read within the 600 characters before the number,
 * each whole line once per text (a list of a thousand numbers read its lines for each: 159 ms at 64,000 characters).
 */
function contactHeadingAbove(folded: string): (start: number) => boolean {
  // The text's lines, found the first time a number asks; each line's reading remembered by its index.
  let lines: Span[] | undefined;
  const readings: BlockLine[] = [];
  return (start) => {
    lines ??= lineSpans(folded);
    const windowStart = Math.max(0, start - 600);
    // Lines are sorted spans like sentences: the same binary search finds the number's own.
    const ownLine = sentenceIndexAt(lines, start);
    const ownStart = Math.max(windowStart, lines[ownLine]!.start);
    if (start - ownStart > 100 || ownOrPrivate(folded.slice(ownStart, start))) return false;
    for (let index = ownLine - 1; index >= 0 && lines[index]!.end >= windowStart; index--) {
      const line = lines[index]!;
      // The window's first line may be cut: read, not remembered.
      const reading =
        line.start < windowStart ? readBlockLine(folded.slice(windowStart, line.end).trim()) : (readings[index] ??= readBlockLine(folded.slice(line.start, line.end).trim()));
      if (reading === 'heads') return true;
      if (reading === 'ends') return false;
    }
    return false;
  };
}
/** Each line of `text`, without its line break. */
function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lines.push({ start: from, end: at });
    from = at + 1;
  }
  lines.push({ start: from, end: text.length });
  return lines;
}

// An organisation's contact page: its lines open with at least three kinds of contact label, one of them an office's
// (a visiting or postal address, opening hours, «Kontaktinformasjon», booking, a switchboard, an org. number). A health
// service's page listing «Besøksadresse … / Telefon … / E-post: hjelpemidler@…» drew alarms on every number in it.
// An office's address as a label names it: «Besøksadresse:», «Postal address».
const officeAddressLabels = 'besøksadress|postadress|kontoradress|oppmøtest|visiting address|postal address|office address';
const contactLabelKinds: ReadonlyArray<readonly [kind: string, office: boolean, label: RegExp]> = [
  ['office address', true, new RegExp(`^(?:${officeAddressLabels})`, 'u')],
  ['hours', true, /^(?:åpningstid|opningstid|telefontid|kontortid|opening hours|office hours|phone hours)/u],
  ['contact', true, /^(?:kontaktinformasjon|kontaktinfo|kontaktopplysning|contact information|contact details)/u],
  ['booking', true, /^(?:timebestilling|bestill time|book an appointment)/u],
  ['switchboard', true, /^(?:sentralbord|switchboard)/u],
  ['org number', true, /^(?:org\.?\s?nr|organisasjonsnummer|organisasjonsnr)/u],
  ['address', false, /^(?:adresse|adressa|address)(?!\p{L})/u],
  ['phone', false, /^(?:telefon|tlf|phone|telephone|mobil|mobile)(?!\p{L})/u],
  ['e-mail', false, /^(?:send )?(?:e-post|epost|e-mail|email)(?!\p{L})/u],
];
function isContactPage(folded: string): boolean {
  const kinds = new Set<string>();
  let office = false;
  for (const line of folded.split('\n')) {
    // Only a line's opening can be a label: a long pasted line is not copied whole.
    const opening = line.slice(0, 80).replace(/^[\s\-•*]+/u, '').slice(0, 40);
    for (const [kind, officeKind, label] of contactLabelKinds) {
      if (!label.test(opening)) continue;
      kinds.add(kind);
      office ||= officeKind;
    }
  }
  return office && kinds.size >= 3;
}
const amountAfter = /^\s?(?:kr\b|kroner|nok\b|,-|%)/iu;
// An e-mail address: its local part and its domain, shared by every reading of one below.
const localPartSource = String.raw`[\p{L}\p{N}._%+-]{1,64}`;
const domainSource = String.raw`(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])`;
// A word glued to an address where a paste lost its line break («…@hvaler.kommune.noHelsesøster», «….no.Tlf»): the
// top-level domain ends where lower case turns to upper.
// (Read without a pattern: a look-behind would leave recheck's exact checker to its slow fuzzer.)
const upperCase = /\p{Lu}/u;
const lowerCaseOnly = /^\p{Ll}{2,}$/u;
function unglued(domain: string): string {
  const topLevel = domain.lastIndexOf('.') + 1;
  const turn = domain.slice(topLevel).search(upperCase);
  if (turn > 0) return lowerCaseOnly.test(domain.slice(topLevel, topLevel + turn)) ? domain.slice(0, topLevel + turn) : domain;
  // A capitalised word after the point that ends the address («…@skjaak.kommune.no.Tlf 991 …»): the word is not a label.
  const secondLevel = domain.lastIndexOf('.', topLevel - 2) + 1;
  return turn === 0 && secondLevel > 0 && lowerCaseOnly.test(domain.slice(secondLevel, topLevel - 1)) ? domain.slice(0, topLevel - 1) : domain;
}
/** A domain, as typed, that is a public body's: a work address beside a number makes the number a work line too. */
const isPublicBodyAddress = (domain: string) => publicBodyDomain.test(unglued(domain).toLowerCase());
// An e-mail address right after a number, its domain captured.
// «… eller på e-post til», «or e-mail» between them joins the two as one contact line.
const orByMail = String.raw`(?:(?:eller|or|og|and)\s(?:på\s|by\s)?)?(?:(?:e-?post|e-?mail)(?:\s?til|\s?to)?:?\s?)?`;
const mailAfter = new RegExp(`^[\\s,;/|–-]{0,5}${orByMail}${localPartSource}@(${domainSource})`, 'iu');
/**
 * A work e-mail at a public body's domain right after the number («Tlf. 959 89 573 - kari.berg@sandnes.kommune.no»): a
 * work contact line, unless the words before say the number is private.
 */
function workMailAfter(text: string, end: number): boolean {
  const domain = mailAfter.exec(text.slice(end, end + 160))?.[1];
  return domain !== undefined && isPublicBodyAddress(domain);
}
// The work e-mail given first, on the same line («mail: siri.jansen@flora.kommune.no, mobile 48 01 31 52») or alone on
// the line above a labelled number («e-post:⏎halil.dahl@nes.kommune.no⏎telefon 472 …»): the address ends right before
// the number, but for marks, line breaks, «eller (sms til)» and a label.
const mailThenNumber =
  /^[\s,;/|–-]{0,5}(?:(?:eller|or|og|and)\s(?:på\s|on\s)?)?(?:(?:sms|text|ring|call)\s(?:til\s|to\s|på\s|on\s)?)?(?:(?:tlf|telefon|phone|mobil|mobile|mob)\.?:?\s?)?$/iu;
function workMailBefore(text: string, start: number): boolean {
  // Searched within the 160 characters before the number only: a search back through a long paste for every number in
  // it would cost the square of its length.
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  const at = before.lastIndexOf('@');
  if (at < 0) return false;
  domainAt.lastIndex = from + at + 1;
  const domain = domainAt.exec(text)?.[0];
  return domain !== undefined && mailThenNumber.test(text.slice(from + at + 1 + domain.length, start)) && isPublicBodyAddress(domain);
}
// The line's hours or what it is for, told just after the number («Telefonen er åpen hverdager …», «Ring … for å
// avtale tidspunkt for testing. … Åpningstider for test-telefon …»): an office's line.
const servedAfter = foldedLexicon([
  'åpningstid*', 'opningstid*', 'telefontid*', 'telefonen er åpen', 'telefonen er open', 'telefonen er betjent',
  'telefonen er bemannet', 'telefonen er bemanna', 'the line is open', 'the phone is open', 'phone hours',
  'opening hours', 'for å avtale time', 'for å avtale tidspunkt', 'for å bestille time', 'to book an appointment',
]);
// Telephone hours after the number («412 11 392 (man–fre kl. 09–15)», «992 19 398, mån–tors, kl. 08.00–15.00»): an
// office's line; a private number is not given with weekday hours.
const telephoneHoursAfter = /^[\s,(]{0,3}(?:(?:man|mån|mon)[\p{L}.]{0,6}\s?[-–]\s?(?:fre|tor|fri|thu)|(?:kl\.?\s?)?\d{1,2}(?:[.:]\d{2})?\s?[-–]\s?(?:kl\.?\s?)?\d{1,2}(?:[.:]\d{2})?(?!\d))/iu;
// «Hun kan nås på mobilnummer 400 88 356 på dagtid unntatt mandager»: a line given with office hours, unless the
// writer says it is their own («ring meg på … på dagtid»).
const officeHoursAfter = foldedLexicon([
  'på dagtid', 'i kontortida', 'i kontortiden', 'i arbeidstida', 'i arbeidstiden', 'hverdager', 'kvardagar', 'virkedager',
  'yrkedagar', 'on weekdays', 'during office hours', 'during working hours', 'in office hours',
]);
/** What follows a number says it is no private line: an amount, telephone hours, or the line's hours or purpose. */
const ruledOutAfter = (text: string, folded: string, start: number, end: number) =>
  amountAfter.test(text.slice(end, end + 8)) ||
  telephoneHoursAfter.test(text.slice(end, end + 40)) ||
  hasMatch(servedAfter, folded, end, Math.min(folded.length, end + 100)) ||
  (hasMatch(officeHoursAfter, folded, end, Math.min(folded.length, end + 30)) && !ownOrPrivate(folded.slice(Math.max(0, start - 60), start)));

const nationalDigits = (phone: string) => {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 8 ? digits.replace(/^(?:00)?47/u, '') : digits;
};

/** Phone numbers read as private, and those the lists read as a service's or an employee's work line (`servedBy`, a work e-mail beside it, a contact heading, a contact page). */
function findPhones(text: string, settings: OrganisationSettings, contactPage: () => boolean): { private: Span[]; served: Span[] } {
  const folded = foldCase(text);
  const official = new Set(settings.organisation.officialPhoneNumbers.map(nationalDigits));
  const found: Span[] = [];
  const served: Span[] = [];
  const underContactHeading = contactHeadingAbove(folded);
  eachMatch(phoneNumber, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (insideLongerRun(text, start)) return;
    const local = match[0].replace(countryPrefix, '');
    const digits = local.replace(/\D/g, '');
    const layout = local.split(/\D/u).map((group) => group.length).join(' ');
    if (!phoneLayouts.has(layout) || official.has(digits)) return;
    const before = Math.max(0, start - 40);
    if (hasMatch(notPrivatePhoneContext, folded, before, start) || ruledOutAfter(text, folded, start, end)) return;
    const saidPrivate = () => saysPrivate(folded.slice(before, start));
    const workMailBeside = (workMailAfter(text, end) || workMailBefore(text, start)) && !saidPrivate();
    if (workMailBeside || servedBy(folded, start, end) || underContactHeading(start) || (contactPage() && !saidPrivate())) {
      served.push({ start, end });
      return;
    }
    if (isMobile(digits) || (isLandline(digits) && hasMatch(privatePhoneContext, folded, before, start))) {
      found.push({ start, end });
    }
  });
  return { private: found, served };
}

// --- E-mail addresses ------------------------------------------------------------------------

// Found from each "@": the local part before it, the domain after it (sticky, so each is one short match).
const localPartBefore = new RegExp(String.raw`(?<=(?<![\p{L}\p{N}._%+-])(${localPartSource}))@`, 'uy');
const domainAt = new RegExp(domainSource, 'uy');
// Shared role mailboxes of organisations are not a person's private data.
const roleMailbox = /^(?:post|postmottak|kontakt|contact|info|firmapost|servicetorget|servicekontoret|service|kundeservice|support|booking|bestilling|bestillinger|ordre|order|orders|kontor|office|mottak|reception|enquiries|kafe|kafeen|cafe|kantine|kantina|resepsjon|sentralbord|redaksjon|salg|sales|faktura|invoice|admin|noreply|no-reply|hello|hei|styret|leder|sekretariat|sekretær|alarm|shop|butikk|billett|tickets|feiing|feier|gravplass|kirkegard|kyrkjegard|bibliotek|library|museum|kultur|sfo|barnehage|skole|skule|helsestasjon|legevakt|drift|teknisk|byggesak|eiendom|eigedom|vann|renovasjon|kildesortering|avfall|miljo|miljø|kundesenter|innkjop|innkjøp|lonn|lønn|personal|hr|it|helpdesk|presse|press|media|vakt|vakta|vakten|korona|corona|covid|vaksine|vaksinasjon|vaksinering|smittevern|valg|val|skatt|eiendomsskatt|eigedomsskatt|parkering|havn|hamn|brann|beredskap|flyktning|tildeling|tilskudd|tilskot|skjenking|bevilling|landbruk|frivillig|ungdom|fritid|idrett|turist|tourist|visit|pool)$/iu;
// A role mailbox of one unit («postmottak.gamlebyen@osloskolen.no», «post-helse@…»): the role comes first.
const firstSegment = (localPart: string) => localPart.split(/[._-]/u, 1)[0]!;
// A region's office of an organisation («innlandet@nasjonalforeningen.no», «nord@…»): its inbox, not a person's.
const regionMailbox =
  /^(?:innlandet|viken|vestland|rogaland|agder|nordland|troms|finnmark|trondelag|trøndelag|telemark|vestfold|buskerud|akershus|ostfold|østfold|oslo|hordaland|hedmark|oppland|nord|sor|sør|vest|ost|øst|midt|region[\p{L}-]{0,20})$/iu;
// A service named in its definite form («feiervesenet@», «hjemmetjenesten@», «kulturskolen@») or an ombud («mobbeombod@»,
// «pasientombudet@»): an office's inbox.
const serviceMailbox =
  /^\p{L}*(?:ombud|ombod|ombudet|ombodet|vesenet|tjenesten|tenesta|kontoret|etaten|avdelingen|avdelinga|senteret|sentralen|stasjonen|vakta|vakten|tilsynet|skolen|skulen|skola|barnehagen|biblioteket|huset|hallen|badet|museet|klinikken)$/iu;
// A compound of a municipal service («skoleskyssV@vtfk.no», «kulturskolen.frogn@…», «helsestasjonungdom@»): an office's inbox.
const serviceCompound = /^(?:skole|skule|skyss|barnehage|bibliotek|helsestasjon|legevakt|byggesak|eiendom|eigedom|renovasjon|kultur|oppvekst|omsorg)[\p{L}\p{N}._-]{0,20}$/iu;
// The organisation's own name as the mailbox («iris@iris-salten.no», «ior@iorenovasjon.no»): its general inbox.
const namesTheDomain = (localPart: string, domain: string) => localPart.length >= 3 && /^[\p{L}\p{N}]+$/u.test(localPart) && domain.startsWith(localPart);
// A public body's own domain: a municipality's or county's («skiptvet.kommune.no», «vestlandfylke.no»), a state
// agency's («vegvesen.no», «nav.no»), a hospital trust's, a school's or a fire and rescue service's («ofoten-brann.no»,
// «follobrannvesen.no»; every municipality must have one) or a public culture house, library or museum's
// («stavanger-kulturhus.no», «sogndal@kulturhus.no»): a work address, never a private one.
const publicBodyDomain =
  /(?:^|\.)(?:(?:fylkes)?kommune|herad|idrett|[a-z]+fylke|vegvesen|nav|politiet|statsforvalteren|fylkesmannen|skatteetaten|udir|udi|imdi|bufetat|bufdir|helsedirektoratet|fhi|mattilsynet|nve|dsb|kartverket|statsbygg|sivilforsvaret|kystverket|miljodirektoratet|kirken|ahus|unn|stolav|helse-[a-z]+|[a-z-]+\.vgs|[a-z-]*brann(?:vesen|vesenet)?|[a-z-]*kulturhus(?:et)?|[a-z-]*bibliotek(?:et)?|[a-z-]*muse(?:um|et))\.no$/u;
// A business named with its legal form («Nordplan AS», «IATA IKS»), or as someone's workplace («senior rådgiver i
// Habberstad»): read once per text, because an address at its domain («hh@nordplan.no») is then an employee's.
const businessName =
  /(?<![\p{L}\p{N}@.])([\p{L}\p{N}]{4,31}) (?:AS|ASA|SA|IKS|KF|BA|DA|ANS|SF|HF)(?![\p{L}\p{N}])|(?:rådgiver|rådgjevar|konsulent|partner|leder|leiar|direktør|advisor|adviser|consultant|manager|director) (?:i|hos|ved|at|with) (\p{Lu}[\p{L}\p{N}]{3,30})(?![\p{L}\p{N}])/gu;
const namedBusinesses = (text: string) => new Set(Array.from(text.matchAll(businessName), (match) => (match[1] ?? match[2])!.toLowerCase()));
const freeMailDomain = /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|mac|online|aol|gmx|proton|protonmail|mail)\./iu;

/** A mailbox named for a role, a region, a service or the organisation itself, not for a person. */
const isOfficeMailbox = (localPart: string, domain: string) =>
  // The first segment is the whole local part when it has no «.», «_» or «-».
  roleMailbox.test(firstSegment(localPart)) ||
  [regionMailbox, serviceMailbox, serviceCompound].some((pattern) => pattern.test(localPart)) ||
  namesTheDomain(localPart, domain);

function findPrivateEmails(text: string, settings: OrganisationSettings, contactPage: () => boolean): Span[] {
  const officialEmails = new Set(settings.organisation.officialEmails.map((email) => email.toLowerCase()));
  const officialDomains = settings.organisation.officialDomains;
  const found: Span[] = [];
  let businesses: Set<string> | undefined;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    localPartBefore.lastIndex = at;
    const local = localPartBefore.exec(text)?.[1];
    domainAt.lastIndex = at + 1;
    const domainMatch = domainAt.exec(text);
    if (!local || !domainMatch) continue;
    const start = at - local.length;
    const domain = unglued(domainMatch[0]).toLowerCase();
    const end = domainMatch.index + domain.length;
    const address = text.slice(start, end).toLowerCase();
    const localPart = local.toLowerCase();
    if (officialEmails.has(address)) continue;
    if (officialDomains.some((official) => domain === official || domain.endsWith(`.${official}`))) continue;
    businesses ??= namedBusinesses(text);
    if (publicBodyDomain.test(domain) || businesses.has(domain.slice(0, domain.indexOf('.')))) continue;
    if (!freeMailDomain.test(domain) && (isOfficeMailbox(localPart, domain) || contactPage())) continue;
    found.push({ start, end });
  }
  return found;
}

// --- Home addresses --------------------------------------------------------------------------

// A street (Kirkeveien, Skansebakken, Seierstens gate) and a house number (7, 3B), optionally
// followed by a postcode and place (", 1440 Drøbak"). The match starts at the space before the
// house number and looks back for the street (group 1), so the scan only stops at " 7".
const streetName = [
  '\\p{L}{2,30}(?:veien|vegen|vei|veg|gata|gate|gaten|bakken|stien|svingen|plassen|tunet|kroken|terrassen|alleen|allé|brinken|løkka|jordet|grenda|åsen)',
  '\\p{Lu}\\p{Ll}{1,30} (?:gate|gata|vei|veg|allé)',
].join('|');
const streetAddress = new RegExp(
  `\\s\\d{1,4}(?<=(?<!\\p{L})(${streetName})\\s\\d{1,4})(?:\\s?[A-Ha-h])?(?![\\p{L}\\p{N}]|\\s?[-–]\\s?\\d)(?:,?\\s\\d{4}\\s\\p{Lu}\\p{Ll}{1,30})?`,
  'dgu',
);
// «riksveg 51», «fylkesvei 152»: a road's number, which no one lives at.
const roadNumber = /^(?:riks|fylkes|europa|stats)(?:veg|vei|vegen|veien)$/u;
// Words that tie an address to someone living there.
const residentContext = foldedLexicon([
  'bor', 'bur', 'bodde', 'budde', 'live', 'lives', 'lived', 'living', 'moved', 'flyttet inn', 'flytta inn', 'flytte inn',
  'familien', 'familia', 'family', 'kvinne', 'kvinna', 'kvinnen', 'mann', 'mannen', 'dama', 'damen', 'fyren', 'woman', 'man',
  'nabo*', 'neighbour*', 'neighbor*', 'pensjonist*', 'tvilling*', 'enke', 'enka', 'enken', 'hjemme', 'heime', 'home',
  'huset til', 'huset hans', 'huset hennes', 'huset deres', 'til huset', 'house', 'ny adresse', 'ny adressa', 'new address',
  'mum', 'mom', 'dad', 'mor', 'far', 'mora', 'faren',
]);
// «adressen hennes», «her address is»; not the label of a contact line («Adresse: …»), which ties it to no one.
const addressWord = /(?<!\p{L})(?:adresse|adressa|adressen|address)(?!\p{L})(?!\s?:)/gu;
// A person's name right before the address: "Arne Haugen, Kirkeveien 7".
const personName = /(?<!\p{L})\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}(?!\p{L})/gu;
// A contact verb and a person's name right before a number: «ring Torill på», «Text Emma on», «send en sms til Kari:».
const namedContact =
  /(?<!\p{L})(?:[Rr]ing|[Tt]ext|SMS|[Ss]ms|[Cc]all|[Kk]ontakt|[Cc]ontact|[Mm]essage|[Ss]end (?:en |ei |a )?(?:sms|SMS|melding|tekst|text|message)(?: til| to)?) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? ?(?:på|on|at|:|,) ?$/u;
// The writer's own new number, told to readers to save («Nytt nummer! Lagre …», «my new number is …»).
const ownNewNumber = foldedLexicon([
  'nytt nummer', 'nytt mobilnummer', 'nytt telefonnummer', 'nytt tlf', 'nytt nr', 'nye nummeret mitt', 'mitt nye nummer',
  'new number', 'new mobile number', 'my new number', 'lagre nummeret mitt', 'lagra nummeret mitt', 'save my number',
]);
// Public buildings and businesses: their address is no one's private data.
const publicPlace = foldedLexicon([
  'skole*', 'skule*', 'bibliotek*', 'hall', 'hallen', 'idrettshall*', 'kirke*', 'kyrkje*', 'rådhus*', 'barnehage*',
  'sykehjem*', 'sjukeheim*', 'helsehus*', 'helsestasjon*', 'legekontor*', 'kulturhus*', 'museum', 'museet', 'senter',
  'senteret', 'sentret', 'butikk*', 'kafé*', 'kafe*', 'restaurant*', 'hotell*', 'gymsal*', 'klubbhus*', 'stasjon*',
  'bad', 'badet', 'kontor', 'kontoret', 'frivilligsentral*', 'menighetshus*', 'library', 'school', 'church', 'centre',
  'center', 'town hall', 'office', 'kommune', 'kommunen', 'tomt', 'tomta', 'tomten', 'tomter',
  'nav', 'politi*', 'lensmann*', 'tannklinikk*', 'tannlege*', 'apotek*', 'legesenter*', 'legesenteret', 'klinikk*',
  'verksted*', 'firma*', 'bedrift*', 'depot*', 'fritidsklubb*', 'ungdomsklubb*', 'servicetorg*', 'clinic', 'pharmacy',
  'shop', 'store', 'police', 'police station', 'dentist', 'legevakt*', 'arkiv*', 'statsarkiv*', 'lesesal*', 'bygg', 'bygget',
  'bygning', 'bygningen', 'nabobygg*', 'lokalet', 'lokala', 'lokalene', 'premises', 'building', 'villa',
  // an office's address given as such
  'besøksadresse*', 'postadresse*', 'kontoradresse*', 'oppmøtestad*', 'oppmøtested*', 'visiting address', 'postal address',
  'office address', 'voksenopplæring*', 'vaksenopplæring*', 'adult education',
]);
// A care facility named as the venue («kl. 15 – Rovebakken Omsorgsboliger, Roveveien 29»): a place, unless the sentence
// tells of someone living there («Frå måndag bur mor mi i ny omsorgsbustad i Ullerudåsen 7»).
const careFacility = foldedLexicon(['omsorgsbolig*', 'omsorgsbustad*', 'behandlingssenter*', 'omsorgssenter*']);
// «Helsestasjonen flyttar … Ny adresse: Ullerudbakken 2»: premises announced, the place named just before.
const newPremises = foldedLexicon(['ny adresse', 'new address', 'nye lokaler', 'nye lokale', 'flytter til', 'flyttar til', 'moves to']);
// Services that move premises but are not places of their own in `publicPlace`.
const movingServices = foldedLexicon(['hjemmetjenest*', 'heimeteneste*']);
// A building at the address being pulled down or rebuilt, or works in the street: a notice about the place.
const worksAtAddress = foldedLexicon([
  'rives', 'rivast', 'revet', 'rivne', 'rivning*', 'riving*', 'demolish*', 'pulled down', 'torn down', 'renoveres',
  'renoverast', 'bygges om', 'byggjast om', 'vegarbeid*', 'veiarbeid*', 'gravearbeid*', 'roadworks', 'road works',
  'anleggsarbeid*', 'gjennomkjøring', 'gjennomkjøyring', 'stengt for trafikk', 'closed to traffic',
]);
// Someone living at the address, told right before it.
const livesAt = foldedLexicon(['bor i', 'bor på', 'bur i', 'bur på', 'bodde i', 'budde i', 'lives at', 'lives in', 'lives on', 'living at']);
// Notices to everyone in a street are not about one household.
const wholeStreet = foldedLexicon([
  'alle som bor', 'alle som bur', 'alle husstander', 'alle husstandar', 'husstandene', 'husstandane', 'beboerne i',
  'bebuarane i', 'residents of', 'everyone living', 'everyone who lives', 'all residents',
]);

/** Whether `span` of the text holds one of the organisation's official numbers, e-mails or domains. */
function holdsOfficialContact(text: string, span: Span, settings: OrganisationSettings): boolean {
  const passage = text.slice(span.start, span.end).toLowerCase();
  const digits = passage.replace(/\D/g, '');
  const { officialPhoneNumbers, officialEmails, officialDomains } = settings.organisation;
  return (
    officialPhoneNumbers.some((number) => digits.includes(nationalDigits(number))) ||
    officialEmails.some((email) => passage.includes(email.toLowerCase())) ||
    officialDomains.some((domain) => passage.includes(`@${domain.toLowerCase()}`))
  );
}

// A bare label line over the address («• Besøk», «Besøksadresse:», «Visiting address»): an office's, whatever name heads it.
const officeAddressLabel = new RegExp(`^(?:[-•*]\\s?)?(?:besøk|visit|(?:${officeAddressLabels})\\p{L}*):?$`, 'u');
function underOfficeLabel(folded: string, start: number): boolean {
  // Only the 140 characters before the address are read: the label line and the address line are short.
  const from = Math.max(0, start - 140);
  const lines = folded.slice(from, start).split('\n');
  // The label line is whole when a line break comes before it or the text begins with it.
  return (lines.length >= 3 || (lines.length === 2 && from === 0)) && officeAddressLabel.test(lines.at(-2)!.trim());
}

/**
 * Street addresses tied to someone living there. One right after a person's name («Ingrid Hovland,
 * Skansebakken 3B») is certain: the model reads the words around an address, blind to its shape.
 * `places` are the addresses read as a public place's («Julemarked på Frogn bibliotek, Kirkeveien 4»).
 */
function findHomeAddresses(text: string, sentences: readonly Span[]): { homes: Detection[]; places: Span[] } {
  const folded = foldCase(text);
  const found: Detection[] = [];
  const places: Span[] = [];
  eachMatch(streetAddress, text, (match) => {
    const address = { start: match.indices![1]![0], end: match.index + match[0].length };
    if (roadNumber.test(folded.slice(address.start, match.indices![1]![1]))) return;
    const sentence = sentenceAt(sentences, address.start) ?? address;
    const lead = Math.max(sentence.start, address.start - 40);
    // «… på legevakta heter Kjell og bor i Husvikveien 28»: the verb ties the address to a person, whatever place came before.
    const livesThere = hasMatch(livesAt, folded, lead, address.start);
    const around = sentenceWindow(sentences, sentenceIndexAt(sentences, address.start), 1, 0);
    const placeBefore = (pattern: RegExp) => hasMatch(pattern, folded, around.start, address.start);
    const premisesAnnounced = hasMatch(newPremises, folded, sentence.start, sentence.end) && (placeBefore(publicPlace) || placeBefore(movingServices));
    const careVenue = () => hasMatch(careFacility, folded, lead, address.start) && !hasMatch(residentContext, folded, sentence.start, sentence.end);
    if ((!livesThere && (hasMatch(publicPlace, folded, lead, address.start) || underOfficeLabel(folded, address.start) || careVenue())) || premisesAnnounced) {
      places.push(address);
      return;
    }
    if (hasMatch(wholeStreet, folded, sentence.start, sentence.end)) return;
    const name = firstMatch(personName, text, Math.max(sentence.start, address.start - 30), address.start);
    const namedResident = name !== undefined && distance(name, address) <= 5;
    // A named resident, or a home told as one («Our neighbour on Kongens gate 3»), is certain: the model reads the
    // words around an address, blind to its shape. «Adressa er …» alone may be a school's, which the model knows.
    if (namedResident || hasMatch(residentContext, folded, sentence.start, sentence.end)) found.push({ ...address, certain: true });
    else if (hasMatch(addressWord, folded, sentence.start, sentence.end)) found.push(address);
  });
  return { homes: found, places };
}

const messages = (nb: string, nn: string, en: string) => ({
  nb: {
    message: `${nb} Det er personopplysninger, og innlegget kan leses av alle.`,
    suggestion: 'Fjern opplysningene. Be heller folk ta kontakt privat med personen, eller oppgi kommunens offisielle kontaktinfo.',
  },
  nn: {
    message: `${nn} Det er personopplysningar, og innlegget kan lesast av alle.`,
    suggestion: 'Fjern opplysningane. Be heller folk ta kontakt privat med personen, eller oppgi den offisielle kontaktinfoen til kommunen.',
  },
  en: {
    message: `${en} That is personal data, and anyone can read the post.`,
    suggestion: "Remove it. Ask people to contact the person privately instead, or give the organisation's official contact details.",
  },
});

export const examples: RuleExamples = {
  fires: [
    { text: 'Lommeboka er levert hos Kari, ring henne på 917 45 362.', flagged: '917 45 362' },
    { text: 'Påmelding til meg på ola.nordmann88@gmail.com', flagged: 'ola.nordmann88@gmail.com' },
    { text: 'Send kort til Ingrid Hovland, Skansebakken 3B, 1440 Drøbak.', flagged: 'Skansebakken 3B, 1440 Drøbak' },
  ],
  passes: [
    'Spørsmål? Ring servicetorget på 64 90 60 00 eller send e-post til postmottak@frogn.kommune.no.',
    'Loppemarked i gymsalen på Dal skole, Dalsveien 50.',
  ],
};

export default defineRule({
  id: 'personal-data',
  section: 'bevisst.taushetsplikt',
  quote: 'Vær nøye med at personer ikke kan identifiseres.',
  severity: 'warning',
  messages: messages(
    'Dette ser ut som private kontaktopplysninger.',
    'Dette ser ut som private kontaktopplysningar.',
    'This looks like private contact details.',
  ),
  variants: {
    phone: messages(
      'Dette ser ut som et privat telefonnummer.',
      'Dette ser ut som eit privat telefonnummer.',
      'This looks like a private phone number.',
    ),
    email: messages(
      'Dette ser ut som en privat e-postadresse.',
      'Dette ser ut som ei privat e-postadresse.',
      'This looks like a private e-mail address.',
    ),
    address: messages(
      'Dette ser ut som hjemmeadressen til en person.',
      'Dette ser ut som heimeadressa til ein person.',
      "This looks like someone's home address.",
    ),
  },
  detect(context) {
    const { text, settings, sentences } = context;
    const tag = (variant: string) => (span: Span): Detection => ({ ...span, variant });
    const addresses = findHomeAddresses(text, sentences);
    const folded = foldCase(text);
    // Read once, and only when a number or an address is there to clear: most drafts have neither.
    let contactPage: boolean | undefined;
    const onContactPage = () => (contactPage ??= isContactPage(folded));
    const phones = findPhones(text, settings, onContactPage);
    // Whose number it is, told right before it: a named person's («ring Torill på», about 170 development drafts)
    // or the writer's own new one («Nytt nummer! Lagre …»). The model reads the words around a number, not whose it is.
    const ownerToldBefore = (phone: Span) => {
      const from = Math.max(0, phone.start - 48);
      return namedContact.test(text.slice(from, phone.start)) || hasMatch(ownNewNumber, folded, from, phone.start);
    };
    const evidence = [
      ...phones.private.map((span) => ({ ...span, variant: 'phone', certain: ownerToldBefore(span) })),
      // The model reads an address as the words around «@», blind to its shape: the lists' reading of
      // the mailbox and domain stands.
      ...findPrivateEmails(text, settings, onContactPage).map((span) => ({ ...span, variant: 'email', certain: true })),
      ...addresses.homes.map(tag('address')),
    ];
    // The model cannot know the organisation's own numbers and addresses, nor overrule the lists on a
    // service line («Mobilnummeret til vakta», «ring skredtelefonen: …»), a public place's address or a notice to a
    // whole street: never alone next to one.
    const servedLine = clearedBy(phones.served);
    const publicAddress = clearedBy(addresses.places);
    return weighEvidence(context, 'personal-data', evidence, {
      veto: (span) =>
        holdsOfficialContact(text, span, settings) ||
        servedLine(span) ||
        publicAddress(span) ||
        [notPrivatePhoneContext, wholeStreet, worksAtAddress].some((words) => hasMatch(words, folded, span.start, span.end)),
    });
  },
});
