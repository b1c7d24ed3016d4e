import { defineRule, type RuleExamples } from '../lib/engine/rule';
import { firstMatch, foldCase, foldedLexicon } from '../lib/engine/text';

// People whose pictures need consent most: children, pupils, patients, residents, service users.
const vulnerablePeople = foldedLexicon([
  'barn*', 'elev*', 'unge', 'ungene', 'ungar', 'ungane', 'jente*', 'gutt*', 'pasient*', 'beboer*', 'bebuar*',
  'bruker', 'brukere', 'brukerne', 'brukar', 'brukarar', 'brukarane', 'klasse', 'klassen', 'trinn',
  'barnehage*', 'skoleklasse*', 'førsteklass*', 'children', 'child', 'kids', 'kid', 'pupil*', 'student*',
  'patient*', 'resident*', 'toddler*', 'baby', 'babies', 'grader*', 'grade', 'class',
]);

export const examples: RuleExamples = {
  fires: [
    { text: 'Vakre Drøbak i morges 🌅', media: true },
    { text: 'Første skoledag for elevene i dag!', media: true, flagged: 'elevene' },
  ],
  passes: ['Se bildene fra 17. mai-feiringen på nettsiden vår.'],
};

export default defineRule({
  id: 'media',
  section: 'bevisst.taushetsplikt',
  quote: 'Vær nøye med at personer ikke kan identifiseres. Dette gjelder både i tekst og bilder.',
  severity: 'info',
  messages: {
    nb: {
      message: 'Innlegget har bilde eller video. Kan noen på det kjennes igjen, og har de sagt ja til å bli vist?',
      suggestion: 'Sjekk at alle som kan kjennes igjen har samtykket (foresatte for barn), eller velg et bilde der ingen kan identifiseres.',
    },
    nn: {
      message: 'Innlegget har bilete eller video. Kan nokon på det kjennast att, og har dei sagt ja til å bli viste?',
      suggestion: 'Sjekk at alle som kan kjennast att har samtykt (føresette for born), eller vel eit bilete der ingen kan identifiserast.',
    },
    en: {
      message: 'The post has an image or video. Can anyone in it be recognised, and have they agreed to be shown?',
      suggestion: 'Check that everyone who can be recognised has consented (guardians for children), or pick an image where no one can be identified.',
    },
  },
  detect({ text, media }) {
    if (!media) return [];
    const person = firstMatch(vulnerablePeople, foldCase(text));
    return [person ? { ...person, severity: 'warning' } : { start: 0, end: 0 }];
  },
});
