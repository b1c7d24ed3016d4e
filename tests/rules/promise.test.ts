import * as promise from '../../rules/promise';
import { testRule } from '../rule-tester';

testRule(promise, {
  fires: [
    { text: 'Vi lover at alle søkere får svar før sommerferien.', flagged: 'Vi lover', severity: 'info', lang: 'nb' },
    { text: 'Skiltet ved badeplassen blir byttet før helga, det lover jeg.', flaggedAll: ['byttet før helga'] },
    { text: 'Gatelysa i Ringvegen blir fiksa i morgon, det lovar eg.', flagged: 'fiksa i morgon', lang: 'nn' },
    // «kan» and «regne med» hedge the word lists, not the model alone.
    { text: 'Du kan regne med at hullet er tettet før fredag.', flagged: 'Du kan regne med at' },
    { text: 'Jeg garanterer at det blir varmt vann i dusjene på Seiersten igjen i morgen.', flagged: 'garanterer' },
    { text: 'Alle eldre som ønsker det, skal få besøk før jul. Det er et løfte.', flagged: 'et løfte' },
    { text: 'Alle som står på venteliste får plass i høst – garantert.', flagged: 'garantert' },
    { text: 'Det kan de stola på: vegen vert brøyta før klokka sju.', flagged: 'Det kan de stola på' },
    { text: 'Vi fikser gyngene på lekeplassen innen fredag.', flagged: 'fikser gyngene på lekeplassen innen' },
    { text: 'I promise the broken swing will be replaced by Friday.', flagged: 'I promise', lang: 'en' },
    { text: "The potholes on the school road will be fixed within ten days – you have my word.", flagged: 'fixed within' },
    { text: 'We guarantee that every child gets a place in the holiday club.', flagged: 'We guarantee' },
    { text: "Don't worry, we'll have the heating back on by tonight. Guaranteed.", flagged: 'Guaranteed' },
    { text: 'Ny rampe ved biblioteket er på plass før påske, det er heilt sikkert.', flagged: 'det er heilt sikkert' },
    { text: 'Eg tek personleg ansvar for at containeren blir tømd i dag.', flagged: 'tek personleg ansvar' },
  ],
  passes: [
    { text: 'Arbeidet med ny bru er planlagt ferdig i løpet av mai.', note: 'a plan' },
    { text: 'Vi håper å få fikset lyset i løpet av uka, men det avhenger av leverandøren.', note: 'hedged' },
    { text: 'Vi kan ikke garantere at alle får plass, men vi gjør vårt beste.', note: 'negated guarantee' },
    { text: 'Vi kan ikkje love nokon dato for opninga enno.', note: 'negated, Nynorsk' },
    { text: 'There is no guarantee that the ferry will run tomorrow.', note: 'negated, English' },
    { text: 'Speiderne lovet å rydde stranda, og det gjorde de. Takk!', note: "others' promise, reported in the past" },
    { text: 'Kurs i løfteteknikk og forflytning for ansatte i hjemmetjenesten.', note: 'lifting technique' },
    { text: 'Dunkene ble tømt i dag, takk for tålmodigheten.', note: 'past, already done' },
    { text: 'Blir veien brøytet i morgen?', note: 'a question' },
    { text: 'Repair work is expected to be finished by Friday, weather permitting.', note: 'expectation and condition' },
    { text: 'Garantert moro for hele familien på Torgdagen!', note: 'event advert' },
    { text: 'Svarbrev sendes ut i uke 17.', note: 'schedule of a general process' },
    { text: 'Meld fra om feil på gatelys, så kan vi se på det.', note: 'no commitment' },
    { text: 'Det lover godt for sommeren: bassenget åpner 1. juni.', note: '"lover godt" means bodes well' },
    { text: 'Elevene rydder i skolegården i dag.', note: 'the preposition "i" is not English "I"' },
    { text: 'Nye lover og regler for avfallssortering gjelder fra januar.', note: '"lover" as the plural of law' },
  ],
});
