import internalDispute from '../../rules/internal-dispute';
import { testRule } from '../rule-tester';

testRule(internalDispute, {
  fires: [
    { text: 'Sjefen vår har nok en gang endret turnusen over hodet på oss. Ingen ble spurt.', flagged: 'over hodet på', severity: 'warning', lang: 'nb' },
    { text: 'Leiinga her er heilt udugeleg. Tredje omorganisering på to år, og ingen veit kvifor.', flagged: 'udugeleg', lang: 'nn' },
    { text: 'Our head teacher pushed through the new timetable without consulting a single teacher.', flaggedAll: ['pushed through', 'without consulting'], lang: 'en' },
    { text: 'Kollegaene mine på legevakta aner ikke hva pasientsikkerhet er.', flagged: 'aner ikke', lang: 'nb' },
    { text: 'HR «lytter» til de ansatte, sies det. Vi fikk svar på undersøkelsen et år etterpå.', flagged: '«lytter»' },
    { text: 'Dei som bestemte den nye turnusen har aldri jobba ein einaste helg på sjukeheimen.', flagged: 'aldri jobba ein', lang: 'nn' },
    { text: 'Honestly sick of management ignoring every safety report we send.', flagged: 'sick of', lang: 'en' },
    { text: 'Det nye journalsystemet er et eneste stort kaos, og ledelsen bryr seg ikke.', flaggedAll: ['kaos', 'bryr seg ikke'], lang: 'nb' },
    { text: 'Avdelingslederen vår tar feil om bemanningen, og det vet alle på huset.', flagged: 'tar feil' },
    { text: 'Når skal nokon i leiinga skjøne at vi treng fleire på vakt?', flagged: 'Når skal nokon', lang: 'nn' },
    { text: 'The IT department is a joke. Three weeks without a working printer at the town hall.', flagged: 'a joke', lang: 'en' },
    { text: 'Vi har klaget på vikarbruken i to år uten svar. Rektor dysser ned alt.', flaggedAll: ['klaget på', 'dysser ned'] },
    { text: 'Aldri opplevd et så dårlig arbeidsmiljø som på denne avdelingen.', flagged: 'dårlig arbeidsmiljø' },
  ],
  passes: [
    { text: 'Tusen takk til sjefen og alle kollegaene på Ullerud for en fin sommeravslutning!', note: 'thanks to manager and colleagues' },
    { text: 'Ny rektor ved Dal skole fra 1. august er Kari Nordmann. Vi ønsker henne velkommen!', note: 'neutral management news' },
    { text: 'Vi søker avdelingsleder til hjemmetjenesten. Søknadsfrist 1. mars.', note: 'job advert' },
    { text: 'Personalmøte om ny turnus onsdag kl. 14. Alle ansatte er velkomne.', note: 'internal topic, no criticism' },
    { text: 'So proud of my colleagues at the care home – what a week!', note: 'English praise' },
    { text: 'Takk til leiinga for ein flott fagdag på Seiersten i går.', note: 'Nynorsk praise of management' },
    { text: 'Kaos i garderoben etter skidagen, men elevene koste seg!', note: '"kaos" without a workplace actor' },
    { text: 'Vi trenger vikarer til barnehagene i høst – meld deg på vikarlisten!', note: 'recruiting substitutes' },
    { text: 'Our manager organised a lovely Christmas lunch for the whole team.', note: 'praise of a manager' },
    { text: 'Kollegaene mine har aldri jobbet hardere enn i år – tusen takk for innsatsen!', note: '"aldri jobbet" as praise' },
    { text: 'Tillitsvalgte inviterer til medlemsmøte om omorganiseringen torsdag kl. 15.', note: 'union meeting notice' },
    { text: 'Rektor og elevrådet hadde en god diskusjon om ny timeplan i dag.', note: 'neutral internal discussion' },
    { text: 'Meeting with the IT department about the new system went really well.', note: 'English neutral internal topic' },
    { text: 'Sjefen og jeg er rett og slett uenige om hvilken kake som er best 😄', note: 'playful disagreement' },
  ],
});
