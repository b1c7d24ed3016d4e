import { defineRule, type RuleContext, type RuleExamples } from '../lib/engine/rule';
import { firstMatch, foldCase, foldedLexicon, hasMatch, type Span } from '../lib/engine/text';
import { weighEvidence } from './lib/learned';
import { analysePolitics, papersPointerIn, tellsTheDecisionCourse, turn } from './lib/politics';

const meetingNotice = foldedLexicon([
  'folkemøte*', 'møte opp', 'møt opp', 'public meeting', 'open meeting', 'åpent møte', 'ope møte', 'strømmes', 'direkteoverført*',
  'livestream*', 'streamed', 'sakspapir*', 'saksdokument*', 'agenda', 'behandles', 'behandlast', 'skal opp i', 'til behandling',
  'is discussed', 'will be discussed', 'votes on', 'stemmer over', 'høring', 'høringen', 'høringa', 'høyring', 'høyringa',
  'offentlig ettersyn', 'offentleg ettersyn', 'innspill', 'innspillet', 'innspillene', 'innspel', 'innspelet', 'innspela',
  'public consultation', 'hearing',
]);

// The official recommendation reported, or where to read it; with no «men» that turns it into a view.
const officialRecommendation = foldedLexicon([
  'administrasjonen står bak', "can't comment on how", 'innstilling er å', 'innstillinga er å', 'innstillingen er å',
  'recommendation is to',
]);
// The guideline's political process is the municipality's own: a text about a national matter («et nasjonalt forbud»,
// «Stortinget», «the government») that names no local decision-maker nor its papers is about no case of ours.
const nationalMatter = foldedLexicon([
  'nasjonal', 'nasjonalt', 'nasjonale', 'stortinget', 'stortingsvalet', 'stortingsvalget', 'regjeringa', 'regjeringen',
  'regjeringens', 'regjeringas', 'nationally', 'nationwide', 'parliament', 'the government', 'the storting',
]);
const localDecision = foldedLexicon([
  'kommunestyre*', 'formannskap*', 'bystyre*', 'utval', 'utvalet', 'utvalg', 'utvalget', 'hovudutval*', 'hovedutvalg*',
  'komité*', 'komite*', 'rådmann*', 'rådmannen*', 'kommunedirektør*', 'innstilling*', 'ordfører*', 'ordførar*',
  'fylkesting*', 'politikarane', 'politikerne', 'politikere', 'politikarar', 'lokalpolitik*', 'høring*', 'høyring*',
  'council', 'councillor*', 'the council', 'mayor', 'committee', 'recommendation', 'hearing',
]);

/**
 * The sentence reports the recommendation or where to read it, with no «men» after it that turns it into a view
 * («Innstillinga er å leggje ned skulen, men …»). A «men» before it leads to it: «Jeg kan ikke si hva jeg mener,
 * men innstillingen ligger på nettsiden».
 */
function pointsToTheRecommendation(context: RuleContext, folded: string, sentence: Span): boolean {
  const pointer = firstMatch(officialRecommendation, folded, sentence.start, sentence.end) ?? papersPointerIn(context, folded, sentence.start, sentence.end);
  return pointer !== undefined && !hasMatch(turn, folded, pointer.end, sentence.end);
}

export const examples: RuleExamples = {
  fires: [
    { text: 'Jeg tror formannskapet kommer til å gå for alternativ 3 på tirsdag.', flagged: 'tror' },
    { text: 'Administrasjonen mener egentlig at skolen bør bestå, men det står ikke i innstillingen.', flagged: 'Administrasjonen mener' },
  ],
  passes: ['Kommunedirektørens innstilling er å bygge ny skole. Saken behandles i kommunestyret 12. juni.'],
};

export default defineRule({
  id: 'political-process',
  section: 'bevisst.politisk-niva',
  quote: 'Ikke gi dine egne vurderinger av saker som er til politisk behandling.',
  severity: 'warning',
  messages: {
    nb: {
      message: 'Dette er din egen vurdering eller spådom om en sak som skal til politisk behandling. Ansatte skal bare vise til kommunedirektørens innstilling – også når de skriver privat.',
      suggestion: 'Vis til innstillingen og sakspapirene, for eksempel «Kommunedirektørens innstilling og sakspapirene finner du på nettsiden. Saken avgjøres av kommunestyret.»',
    },
    nn: {
      message: 'Dette er di eiga vurdering eller spådom om ei sak som skal til politisk handsaming. Tilsette skal berre vise til innstillinga frå kommunedirektøren – òg når dei skriv privat.',
      suggestion: 'Vis til innstillinga og sakspapira, til dømes «Innstillinga frå kommunedirektøren og sakspapira finn du på nettsida. Saka blir avgjord av kommunestyret.»',
    },
    en: {
      message: "This is your own assessment or prediction of a case awaiting a political decision. Staff should only refer to the chief executive's recommendation – also when writing privately.",
      suggestion: "Point to the recommendation and the case papers instead, for example “The chief executive's recommendation and the case papers are on our website. The council makes the decision.”",
    },
  },
  detect(context) {
    const folded = foldCase(context.text);
    if (hasMatch(nationalMatter, folded) && !hasMatch(localDecision, folded)) return [];
    // Telling people where and when a case is decided is information, not an assessment.
    const politics = analysePolitics(context);
    // The guideline's own case («dine egne vurderinger av saker som er til politisk behandling») stands whatever the model says.
    const evidence = politics.pendingCase.map(({ start, end, certain }) => ({ start, end, certain }));
    return weighEvidence(context, 'political-process', evidence, {
      candidates: politics.subjects,
      veto: (sentence) =>
        politics.report ||
        hasMatch(meetingNotice, folded) ||
        tellsTheDecisionCourse(context, folded, sentence) ||
        pointsToTheRecommendation(context, folded, sentence),
    });
  },
});
