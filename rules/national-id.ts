import { defineRule, type RuleExamples } from '../lib/engine/rule';
import { findNationalIds } from './lib/national-id-number';

export const examples: RuleExamples = {
  fires: [
    { text: 'Hei, jeg får ikke logget inn med fødselsnummeret mitt 28010898414, hva gjør jeg?', flagged: '28010898414' },
    { text: 'Skjemaet hadde bare 260403.89414 skrevet øverst.', flagged: '260403.89414' },
  ],
  passes: ['Støtt korpset: konto 1607 62 38425.', 'Husk å ha fødselsnummer og BankID klart når du søker.'],
};

export default defineRule({
  id: 'national-id',
  section: 'bevisst.taushetsplikt',
  quote: 'Ansatte har ytringsfrihet, men taushetsplikten gjelder også i de sosiale mediene.',
  severity: 'critical',
  messages: {
    nb: {
      message: 'Dette ser ut som et fødselsnummer eller D-nummer. Å legge det ut bryter taushetsplikten, og nummeret kan misbrukes.',
      suggestion: 'Fjern nummeret. Personopplysninger skal bare sendes gjennom sikre kanaler, som kommunens sikre skjema eller eDialog.',
    },
    nn: {
      message: 'Dette ser ut som eit fødselsnummer eller D-nummer. Å leggje det ut bryt teieplikta, og nummeret kan misbrukast.',
      suggestion: 'Fjern nummeret. Personopplysningar skal berre sendast gjennom sikre kanalar, som dei sikre skjemaa til kommunen eller eDialog.',
    },
    en: {
      message: 'This looks like a Norwegian national ID number (fødselsnummer or D-number). Posting it breaks the duty of confidentiality, and the number can be misused.',
      suggestion: 'Remove the number. Personal data must only go through secure channels, such as the official secure forms or eDialog.',
    },
  },
  detect({ text }) {
    return findNationalIds(text);
  },
});
