import sarcasm from '../../rules/sarcasm';
import { testRule } from '../rule-tester';

testRule(sarcasm, {
  fires: [
    { text: 'Herlig å stå i kø i førti minutter på legekontoret.', flagged: 'Herlig', severity: 'warning' },
    { text: 'Fantastisk at fergen er innstilt for tredje gang denne uka.', flagged: 'Fantastisk' },
    { text: 'Strålande at brua er stengd heile sommaren.', flagged: 'Strålande' },
    { text: 'Great, the lift at the station is broken again.', flagged: 'Great' },
    { text: 'Elsker når løvblåseren starter før sju på en lørdag.', flagged: 'Elsker' },
    { text: 'Tusen takk for ingenting, strømselskapet.', flagged: 'Tusen takk for ingenting' },
    { text: 'Thanks for nothing, housing office.', flagged: 'Thanks for nothing' },
    { text: 'Three hours on hold with the tax office. Living the dream.', flagged: 'Living the dream' },
    { text: 'Nok et møte som kunne vært en e-post 🙄', flagged: '🙄' },
    // A run of eye-rolls is one finding, not one per emoji.
    { text: 'Nok et møte som kunne vært en e-post 🙄🙄🙄', flagged: '🙄🙄🙄' },
    { text: 'Oh joy, another budget meeting.', flagged: 'Oh joy' },
    { text: 'Nytt skjema å fylle ut for å søke om å fylle ut skjema. Genialt /s', flagged: '/s' },
    { text: 'Vi fikk servert «næringsrik» middag på kurset: loff og brus.', flagged: '«næringsrik»' },
    { text: 'The board held yet another "consultation" after the vote.', flagged: '"consultation"' },
    { text: 'Snø i mai og hagle på 17. mai. Ja takk, begge deler 🙃', flagged: 'Ja takk' },
    { text: 'Jo da, den nye nettsiden er veldig brukervennlig. Særlig søkefeltet som ikke finner noe 😏', flagged: 'Jo da' },
    { text: 'Hullet i fortauet blir sikkert reparert i løpet av århundret.', flagged: 'sikkert' },
    { text: 'Jaja, seks måneder ventetid på byggesak er sikkert helt normalt 😒', flagged: 'sikkert' },
  ],
  passes: [
    { text: 'Så flott at så mange kom på sommeravslutningen!', note: 'sincere praise' },
    { text: 'Tusen takk til alle som ryddet etter stormen – fantastisk innsats!', note: 'thanks to volunteers' },
    { text: 'Fantastisk at så mange møtte opp, selv om det regnet hele dagen.', note: 'praise despite bad weather' },
    { text: 'Lovely to see so many families at the open day, despite the rain.', note: 'praise despite rain, English' },
    { text: 'Flott at du tok kontakt. Vi har dessverre stengt i dag, men åpner kl. 10 i morgen.', note: 'polite reply with bad news' },
    { text: 'Can’t wait to see everyone at the summer party!', note: 'sincere anticipation' },
    { text: 'Pannekaker etter skituren? Ja takk 🥞', note: 'sincere "ja takk"' },
    { text: 'Jo da, vi har fortsatt ledige plasser på sommerskolen.', note: 'sincere "jo da"' },
    { text: 'Det er sikkert lurt å ta med regntøy på turen i morgen.', note: 'sincere "sikkert"' },
    { text: 'Vi fikser lyset i løypa før helga, det er helt sikkert 👍', note: 'a promise, not irony' },
    { text: 'Biblioteket har fått ny «stillesone» i andre etasje.', note: 'a quoted term for a real thing' },
    { text: 'Påmelding til «Sommerles» er åpen.', note: 'a quoted title' },
    { text: "Meet the author of 'The Liar's Daughter' on Thursday.", note: 'a quoted book title' },
    { text: 'Great news: the road to Heer is open again after the repairs.', note: 'good news' },
    { text: 'Strålende innsats av alle elevene på skidagen, selv om bussen var forsinket.', note: 'praise despite a delay' },
    { text: 'Seriously impressed by the pupils who raised money for the food bank.', note: 'sincere praise, English' },
  ],
});
