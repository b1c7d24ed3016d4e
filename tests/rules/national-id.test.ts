import { describe, expect, it } from 'vitest';
import * as nationalId from '../../rules/national-id';
import { birthYear, nationalIdKind } from '../../rules/lib/national-id-number';
import { testRule } from '../rule-tester';

describe('nationalIdKind', () => {
  it.each([
    ['15038723070', 'fødselsnummer'],
    ['30106543042', 'fødselsnummer'],
    ['29020052099', 'fødselsnummer'], // 29 February 2000, a leap year
    ['02022880074', 'fødselsnummer'], // born 2028: individual number 800
    ['31018551031', 'fødselsnummer'],
    ['45128044187', 'D-nummer'], // day 05 + 40
    ['56129123074', 'D-nummer'],
    ['12497012013', 'H-nummer'], // month 09 + 40
    ['16858948766', 'synthetic'], // month 05 + 80 (Skatteetaten)
    ['01013551266', 'fødselsnummer'], // born 2035: first sum leaves remainder 2, allowed from 2032
    ['15063373408', 'fødselsnummer'], // born 2033, remainder 3
    ['150387 23070', 'fødselsnummer'], // separators are ignored
  ])('%s is a %s', (value, kind) => {
    expect(nationalIdKind(value)).toBe(kind);
  });

  it.each([
    ['15038723071', 'second control digit wrong'],
    ['15038723170', 'first control digit wrong'],
    ['29020151054', '29 February 2001 does not exist'],
    ['31048551034', '31 April does not exist'],
    ['01018551205', 'remainder 3 is only allowed from 2032 (this one is 1885)'],
    ['01013551282', 'remainder 4 is never allowed'],
    ['03924567073', 'individual number 670 with year 45 is never issued'],
    ['16076238425', 'bank account number'],
    ['61445307049', 'order number'],
    ['1503872307', 'ten digits'],
    ['150387230700', 'twelve digits'],
    ['', 'empty'],
  ])('%s is not a national id (%s)', (value) => {
    expect(nationalIdKind(value)).toBeUndefined();
  });

  it('maps individual numbers to centuries', () => {
    expect(birthYear(85, 123)).toBe(1985);
    expect(birthYear(85, 600)).toBe(1885);
    expect(birthYear(10, 600)).toBe(2010);
    expect(birthYear(10, 950)).toBe(2010);
    expect(birthYear(60, 950)).toBe(1960);
    expect(birthYear(45, 800)).toBeUndefined();
  });
});

testRule(nationalId, {
  fires: [
    { text: 'Fødselsnummeret hans er 071151 - 30719, kan du sjekke?', flagged: '071151 - 30719' },
    { text: 'fnr 160596  26225 (limt inn fra skjemaet)', flagged: '160596  26225' },
    { text: 'Fødselsnummeret mitt er 15038723070, kan noen på lønn sjekke hvorfor skattetrekket er feil?', flagged: '15038723070', severity: 'critical', lang: 'nb' },
    { text: 'Fant et ark på kopimaskinen med 301065 43042 skrevet i hjørnet. Hvem sitt er det?', flagged: '301065 43042' },
    { text: 'Eg har prøvd å registrere meg med 07.11.99 32003 fleire gonger no, men det kjem berre feil.', flagged: '07.11.99 32003', lang: 'nn' },
    { text: 'Kan nokon sjå på kvifor D-nummeret 45128044187 ikkje blir godkjent i systemet?', flagged: '45128044187' },
    { text: 'my d number is 561291-23074, is it normal that the bank cannot find it?', flagged: '561291-23074' },
    { text: 'Patient came in with H-number 12497012013 and no other ID last night.', flagged: '12497012013', lang: 'en' },
    { text: 'Testbruker til kurset: logg inn med 16858948766 og passordet på lappen.', flagged: '16858948766' },
    { text: 'Sønnen min ble født skuddårsdagen 2000, nummeret hans er 29020052099 og det står feil i Visma.', flagged: '29020052099' },
    { text: 'Legg inn barnet med 020228 80074 i påmeldingslista, takk!', flagged: '020228 80074' },
    { text: 'Fnr: 3101 8551 031 – kan dere sende skjemaet på nytt?', flagged: '3101 8551 031' },
    { text: 'fødselsnr. 150387 230 70 står på lappen', flagged: '150387 230 70' },
    { text: 'Two numbers on the form: 15038723070 and 30106543042.', flaggedAll: ['15038723070', '30106543042'] },
    { text: '(15038723070)', flagged: '15038723070' },
    // on the line under a phone number
    { text: 'Bjørg Hovland\nMobil 922 15 307\n15038723070', flagged: '15038723070' },
  ],
  passes: [
    { text: 'Husk fødselsnummer og BankID når du søker om barnehageplass.', note: 'mentions the word, no number' },
    { text: 'Gi gjerne en gave til korpset: kontonummer 1503 87 23070.', note: 'valid fnr digits, but a 4-2-5 account with "kontonummer"' },
    { text: 'Innsamlingskontoen er 15038723070, Vipps 12345.', note: 'account word nearby' },
    { text: 'Støtt idrettslaget på konto 1607 62 38425 🙏', note: 'bank account layout' },
    { text: 'Fakturanummeret ditt er 15038723071.', note: 'fails the second control digit' },
    { text: 'Brev med referanse 04110055016 kom i dag.', note: 'date-like but fails the check' },
    { text: 'Library order 61445307049 has arrived.', note: 'order number' },
    { text: 'Organisasjonsnummer 980 259 196.', note: 'nine-digit org number' },
    { text: 'Serienummer 9150387230701 på pumpa.', note: 'valid fnr inside a longer digit run' },
    { text: 'Ring 64 90 60 00 eller 915 03 872.', note: 'phone numbers' },
    { text: 'Tallene for 2024: 150387 besøkende, 23070 utlån.', note: 'two figures with words between' },
    { text: 'Nummer 29020151054 står på lappen.', note: '29 February 2001 does not exist' },
    { text: 'Kode 3101 8551 031 på døra.', note: 'odd grouping without context: not a birth number layout' },
    { text: 'Please never post your fødselsnummer on Facebook; use the secure forms.', note: 'advice, no number' },
    { text: 'Dei nye lesebrettene har nummer 150387.230.701 på baksida.', note: 'twelve digits with dots' },
  ],
});
