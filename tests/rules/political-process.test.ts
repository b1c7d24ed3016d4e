import politicalProcess from '../../rules/political-process';
import { testRule } from '../rule-tester';

testRule(politicalProcess, {
  fires: [
    { text: 'Jeg tror kommunestyret kommer til å vedta nedleggelsen av Heer skole på torsdag.', flagged: 'tror', severity: 'warning', lang: 'nb' },
    { text: 'Eg trur formannskapet seier nei til den nye hallen neste veke.', flagged: 'trur', lang: 'nn' },
    { text: 'My guess is the council will reject the harbour plan on Tuesday.', flagged: 'My guess', lang: 'en' },
    { text: 'Honestly, the planning staff actually think option A is better, whatever the recommendation says.', flaggedAll: ['staff actually think', 'whatever'], lang: 'en' },
    { text: 'Mellom oss: vi i plan og bygg ønsker egentlig at tomta på Dal blir valgt, men det står ikke i innstillingen.', flagged: 'vi i plan og bygg ønsker', lang: 'nb' },
    { text: 'Høringsfristen for ny barnehagestruktur er 1. mars. Min vurdering er at forslaget vil svekke tilbudet i nord.', flagged: 'Min vurdering', lang: 'nb' },
    { text: 'Saka om nytt symjebasseng skal opp i kommunestyret i juni, og eg meiner sjølv at tomta er heilt feil.', flaggedAll: ['eg meiner', 'heilt feil'], lang: 'nn' },
    { text: 'Helt privat: jeg synes budsjettforslaget som behandles i desember, er urealistisk.', flagged: 'jeg synes' },
    { text: 'Between us, most of us in the department think the proposal to close the branch is a mistake.', flagged: 'most of us in the department think', lang: 'en' },
    { text: 'Innstillingen bygger på feil tall, det vet alle vi som jobber med dette.', flagged: 'bygger på feil' },
    { text: 'Vi på teknisk ville aldri anbefalt den løsningen før kommunestyret har sett på kostnadene.', flagged: 'ville aldri anbefalt' },
    { text: "I'd bet the budget cuts go through next week, no matter what people say at the hearing.", flagged: "I'd bet", lang: 'en' },
    { text: 'Kommunedirektøren tilrår å selje tomta, men eg synest det er kortsiktig.', flaggedAll: ['eg synest', 'kortsiktig'], lang: 'nn' },
  ],
  passes: [
    { text: 'I Heer skule røysta foreldrerådet for å halde på fådelt skule. I kommunestyret er fleirtalet delt. I desember skal saka opp att, med ny innstilling frå kommunedirektøren.', note: 'a report of a pending case; «I» opens its sentences as a preposition' },
    { text: 'Rådmannens innstilling er å øke rammen med 1,5 millioner, og det er den administrasjonen står bak.', note: 'the official recommendation reported' },
    { text: 'Formannskapets innstilling til budsjett ligger ute på høring, og alle kan komme med innspill.', note: 'a hearing announced' },
    { text: 'Kommunedirektørens innstilling er å selge tomta på Ullerud. Saken behandles i formannskapet 3. april.', note: 'quotes the recommendation only' },
    { text: 'Formannskapet behandler budsjettet tirsdag kl. 10. Møtet er åpent og strømmes på nettsiden.', note: 'meeting notice' },
    {
      text: 'Flertallspartiene la fram sitt alternative budsjett torsdag. Forslaget kutter i administrasjonen og styrker skolene. Opposisjonen stemte imot.',
      note: 'three sentences of news with no trace of the writer',
    },
    { text: 'The recommendation and all appendices are on our website. The council votes on 14 May.', note: 'points to documents' },
    { text: 'Du finn innstillinga og alle vedlegga under politiske saker på nettsida.', note: 'Nynorsk pointer to documents' },
    { text: 'Kommunestyret vedtok i går å selge tomta. Salget gjennomføres i høst.', note: 'past decision, neutral' },
    { text: 'Takk for alle innspillene i høringen om ny skolestruktur. De blir lagt fram for politikerne sammen med innstillingen.', note: 'follow-up of a consultation' },
    { text: 'Jeg tror mange vil møte opp på folkemøtet om budsjettet på torsdag.', note: 'guess about attendance, not the decision' },
    { text: 'I think you can find the draft budget on page 3 of the agenda.', note: '"think" as hedging, no assessment' },
    { text: 'Nok en gang: høringsfristen er 1. mai, og innspill sendes til postmottak.', note: '"nok" as "again", no prediction' },
    { text: 'Vi i barnehagen ønsker alle velkommen til åpent møte om forslaget om ny barnehagestruktur.', note: 'invitation in the staff voice, nothing leaked' },
    { text: 'Vi synes det er flott at så mange har sendt innspill før høringsfristen!', note: 'thanks for input, the municipality\'s voice' },
    { text: 'Residents can comment on the proposal until 1 March. The council will decide in April.', note: 'English consultation notice' },
    { text: 'Rådmannen anbefaler at skolen bygges på Dal, og saken skal opp i kommunestyret i juni.', note: 'neutral reference to the recommendation' },
  ],
});
