import * as privateContact from '../../rules/private-contact';
import { testRule } from '../rule-tester';

testRule(privateContact, {
  fires: [
    { text: 'Hei Siv, jeg så at du lurte på leksene til sønnen din. Send meg gjerne en melding på Messenger, så forklarer jeg.', flagged: 'Send meg', severity: 'info' },
    { text: '@jonas_10b ring meg i kveld hvis du står fast med oppgaven, nummeret har du.', flagged: 'ring meg' },
    { text: 'Legg meg gjerne til som venn, så kan jeg sende deg bildene fra turen 📸', flagged: 'Legg meg gjerne til' },
    { text: 'Til foreldrene i 3A: det er enklere om dere sender meg en melding privat enn å skrive i gruppa.', flagged: 'sender meg' },
    { text: 'Kjekt å sjå deg på dagsenteret i dag, Arne! Ring meg når du vil, eg er der for deg.', flagged: 'Ring meg' },
    { text: 'Du kan berre sende meg ei melding på Snapchat om du lurer på noko før eksamen.', flagged: 'sende meg', lang: 'nn' },
    { text: 'Til deg som er pårørende på avdeling 3: skriv til meg på Messenger, så finner vi en tid.', flagged: 'skriv til meg' },
    { text: 'Hei alle i 9B! Følg meg på insta for bilder fra leirskolen 😎', flagged: 'Følg meg' },
    { text: 'DM me if you need help with the essay before Friday, no need to wait for class.', flagged: 'DM me', lang: 'en' },
    { text: 'To the parent who asked about the trip: just text me tonight and we can sort it out.', flagged: 'text me' },
    { text: '@Rune from Malermester AS, add me on Facebook and we can talk about the price before the tender closes.', flagged: 'add me' },
    { text: 'Hey Sam, saw your post – you ok? Message me anytime, I mean it.', flagged: 'Message me' },
    { text: 'Shout-out to Leah in 6B for a brilliant science project. Proud of you, keep it up!', flagged: 'Proud of you' },
    { text: 'Stolt av deg, Nora i 10A – du har jobbet så hardt i år 💪', flagged: 'Stolt av deg' },
  ],
  passes: [
    { text: 'Har du spørsmål om skolestart? Send oss en melding her på siden, så svarer vi i åpningstida.', note: 'the official page answers' },
    { text: 'Foreldre: kontakt kontaktlærer i Vigilo, ikke via private meldinger på Facebook.', note: 'advice against private contact' },
    { text: 'Please do not DM me about pupils – use Vigilo or call the school office.', note: 'negated invitation' },
    { text: 'Takk til elevane i 7C for ein flott konsert for bebuarane i dag 🎶', note: 'public thanks in third person' },
    { text: 'Hjemmetjenesten ønsker alle brukere og pårørende en god sommer ☀️', note: 'greeting users collectively' },
    { text: 'Leverandører som ønsker å gi tilbud, finner konkurransegrunnlaget i Mercell.', note: 'suppliers to the official portal' },
    { text: 'Ledig stilling som miljøarbeider. Spørsmål om stillingen? Ring meg på 64 90 60 00.', note: 'hiring manager in a job advert' },
    { text: 'Send meg en melding i Vigilo hvis barnet ditt blir borte fra skolen i morgen.', note: 'official school channel' },
    { text: 'Ring servicetorget på 64 90 60 00 hvis du har spørsmål om eiendomsskatten.', note: 'official number, no «me»' },
    { text: 'Gratulerer til Jonas i 9C, som vant sjakkturneringen!', note: 'third-person praise of a named pupil' },
    { text: 'Proud of you all – the whole school did amazing on sports day!', note: 'collective praise, nobody singled out' },
    { text: 'Husk at helsesykepleier kan kontaktes via skolens nettside eller på telefon.', note: 'official channels' },
    { text: 'Send meg sakspapirene før møtet på torsdag, takk.', note: 'a colleague asking for documents, no private channel' },
  ],
});
