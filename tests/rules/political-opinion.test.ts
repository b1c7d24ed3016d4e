import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import * as politicalOpinion from '../../rules/political-opinion';
import { testRule } from '../rule-tester';

testRule(politicalOpinion, {
  fires: [
    { text: 'Formannskapet skal behandle kuttet i matombringinga neste uke. Det er å svikte de eldre.', flagged: 'Formannskapet', lang: 'nb' },
    { text: 'Jeg tror kommunestyret kommer til å stemme ned forslaget om ny flytebrygge på torsdag, og det er helt feil.', flagged: 'helt feil' },
    { text: 'I reckon the council will vote the library cut down on Thursday, and frankly they should.', flagged: 'frankly they should', lang: 'en' },
    // The writer's own vote with its direction is a stance on the case (corpus/LABELLING.md).
    { text: 'Eg kjem til å røyste mot nedlegginga av nattruta når saka kjem opp i juni.', flagged: 'Eg kjem til å røyste mot', lang: 'nn' },
    { text: 'I will vote for the new footbridge when it comes to the council in May.', flagged: 'I will vote for', lang: 'en' },
    { text: 'Kommunestyret vedtok med 15 mot 12 stemmer å beholde Dal skole, og jeg mener det var helt riktig.', flagged: 'jeg mener' },
    { text: 'Jeg synes det er en skandale at formannskapet vil legge ned Ullerud sykehjem.', flaggedAll: ['Jeg synes', 'en skandale'], severity: 'warning', lang: 'nb' },
    { text: 'Personlig mener jeg at eiendomsskatten må fjernes, den rammer de med minst.', flagged: 'mener jeg', lang: 'nb' },
    { text: 'Eg meiner fleirtalet i kommunestyret har svikta barnefamiliane i Frogn.', flagged: 'Eg meiner', lang: 'nn' },
    // Someone else's words at the start, the writer's own stance at the end: not reported speech.
    { text: 'Jeg mener kommunestyret tar feil om skolen, uansett hva partiene sier.', flagged: 'Jeg mener' },
    { text: 'Ordføraren burde bruke meir tid på skulane og mindre på opningar.', flagged: 'burde', lang: 'nn' },
    { text: 'I honestly think the council got this wrong on the library cuts.', flagged: 'I honestly think', lang: 'en' },
    { text: 'The Conservatives should explain to parents why the after-school club is being cut.', flagged: 'should', lang: 'en' },
    { text: 'Husk hvem som kuttet i barnehagene når du stemmer i september!', flagged: 'Husk hvem', lang: 'nb' },
    { text: 'synes det er helt feil av politikerne å kutte i skolehelsetjenesten', flaggedAll: ['synes', 'helt feil'] },
    { text: 'Great to see the mayor finally standing up for the ferry commuters.', flagged: 'Great to see', lang: 'en' },
    { text: 'Hvorfor skal kommunen bruke 12 millioner på en ny rundkjøring mens skolebyggene forfaller?', flagged: 'Hvorfor', lang: 'nb' },
    { text: 'Kvifor skal vi bruke pengar på eit nytt rådhus når heimetenesta manglar folk?', flagged: 'Kvifor', lang: 'nn' },
    { text: 'Remember this at the next election, folks. Four years of broken promises.', flagged: 'Remember this', lang: 'en' },
    { text: 'Som lærer mener jeg at leksefri skole er feil vei å gå for de yngste elevene.', flagged: 'mener jeg', lang: 'nb' },
    { text: 'Endelig noen i kommunestyret som tør å prioritere eldreomsorgen 👏', flagged: 'Endelig noen i' },
    { text: 'Nasjonale prøver bør avskaffes, de gir oss ingenting nytt om elevene.', flagged: 'bør' },
    { text: 'Skulestrukturen er heilt feil for ei kommune med så spreidd busetnad. Det ser alle som jobbar her.', flagged: 'heilt feil' },
    // Only the writer's own disclaimer of speaking privately clears a stance.
    { text: 'Jeg mener kommunestyret tar feil om skolestrukturen, og det sier jeg ikke som privatperson, men som rådgiver i kommunen.', flagged: 'Jeg mener' },
    { text: 'Jeg mener kommunestyret tar feil om skolestrukturen. Veien er ikke kommunens ansvar.', flagged: 'Jeg mener' },
    { text: 'Naboen min er en privatperson. Jeg mener kommunestyret tar feil om skolestrukturen.', flagged: 'Jeg mener' },
    { text: 'Jeg mener budsjettet er en skandale. Mange skriver «som privatperson» under slike innlegg.', flagged: 'Jeg mener' },
    { text: 'Hun skriver som privatperson, men jeg mener kommunestyret tar feil om skolestrukturen.', flagged: 'jeg mener' },
    // A report's form with the writer's judgement in it is a stance.
    {
      text: 'Fleirtalet seier nei til auka eigedomsskatt, og det er berre rett. Kommunedirektøren ville ha to promille. Pensjonistane har betalt nok.',
      lang: 'nn',
    },
    {
      text: 'Kommunestyret vedtok i går å kutte 10 stillinger i barnehagene. Det er uansvarlig, rett og slett.',
      flagged: 'uansvarlig',
      lang: 'nb',
    },
    { text: '«Dette blir bra», sa ordføreren, og det er jeg helt enig i. Kutt eiendomsskatten nå!', flagged: 'er jeg helt enig' },
    // Agreement in the writer's own voice is a stance of theirs.
    { text: 'Ordføreren vil fjerne eiendomsskatten, og jeg er helt enig.', flagged: 'jeg er helt enig', lang: 'nb' },
    { text: '– Jeg mener eiendomsskatten bør ned. Det har jeg sagt hele tiden.', flagged: 'Jeg mener' },
  ],
  passes: [
    { text: 'Jeg kan ikke si noe om hva jeg synes om eiendomsskatten, jobber jo i kommunen 😊', note: 'a view withheld' },
    // A prediction of the vote is political-process alone (corpus/LABELLING.md); a view beside it still fires (above).
    { text: 'Jeg tror kommunestyret kommer til å stemme ned forslaget om ny flytebrygge på torsdag.', note: 'a prediction, no view' },
    { text: 'I reckon the council will vote down the harbour plan on Thursday.', note: 'a prediction in English, no view' },
    { text: 'Eg trur kommunestyret kjem til å røyste ned forslaget om gatelys i Dyrløkkeveien på torsdag.', note: 'a prediction, no view' },
    { text: 'Eg skal stemme for fyrste gong i haust, gler meg!', note: 'a first vote, no case' },
    { text: 'Saka skal opp i formannskapet tysdag.\n\n– Vi kjem til å røyste mot, seier gruppeleiaren.', note: 'a councillor quoted in a news item' },
    { text: 'Kommunestyret sa ja til nytt bygg for barnehagen.\n\n– Vi håper det blir et bygg i tre, sa Kari Nilsen-Bø (SV) etter møtet.\n\n– Dette er en god dag for Hatlelia, sa ordfører Per Aas.', note: 'a news report quoting a councillor with her party and where she said it' },
    // «endelig noen» is «finally someone (who …)» only with a person after it.
    { text: 'Vi går nå mot slutten av min tredje periode som ordfører. Etter en våt juli fikk vi endelig noen fine dager.', note: '«finally some» nice days' },
    // Reported speech: the sentence is the speaker's, not the writer's.
    { text: '– Vi er glade for at vi fikk til et fysisk møte. Jeg tror dette skal gå bra, sa ordføreren ved møtestart.', note: 'a news report quoting the mayor' },
    { text: '«Jeg mener kommunestyret gjorde feil med skolen», sier Hansen til avisen.', note: 'a quote with its speaker' },
    { text: '"I think the council got the school closure wrong," the mayor said.', note: 'a quote with its speaker' },
    { text: '– Vi synes det er helt feil å legge ned Dal skole. Barna fortjener bedre, sier Per Moe, leder i FAU ved Dal skole.', note: 'an interview paragraph, its speaker named at its end with a title' },
    { text: '– Eg meiner eigedomsskatten må ned. Det har me sagt heile tida, seier Kari Hansen, gruppeleiar i Frogn Høgre.', note: 'every sentence of a dash-quoted paragraph is the speaker\'s' },
    {
      text: 'Her er en oppsummering av vedtakene som ble gjort i kommunestyremøtet torsdag.\n\nBudsjettet\n\nStortinget har endret budsjettet, og vi får økt rammetilskudd som vi ikke kjente til i desember. Det er dessverre slik at legevakta på kveldstid skal legges ned. Totalt blir bruken av fond redusert med 7 millioner kroner.',
      note: 'a summary of a meeting\'s decisions in the office\'s own «vi»',
    },
    { text: 'I formannskapet i går fekk forslaget om å leggje ned Dal skule fleirtal. I kommunestyret torsdag blir det endeleg avgjort. I mellomtida kan alle lese innstillinga på frogn.no.', note: 'a report in Nynorsk whose sentences open with the preposition «I», not the English «I»' },
    { text: 'Jeg snakker bare for meg selv her: jeg synes politikerne gjorde rett da de beholdt gratis busskort.', note: 'a private-person marker in other words' },
    { text: 'Kommunestyret røysta i går for ny budsjettramme for kulturskulen. Heile vedtaket ligg på frogn.no.', note: 'a decision reported with where to read it' },
    { text: 'Kommunestyret vedtok budsjettet for 2027 med 15 mot 12 stemmer. Her er de viktigste endringene.', note: 'a vote reported with its count' },
    { text: 'The council voted 21–6 on Thursday to build the new fire station at Heer. Work starts in spring.', note: 'a vote reported with its count, English' },
    { text: 'Som ansatt uttaler jeg meg ikke om hva kommunestyret bør gjøre med skolestrukturen.', note: 'a stance withheld' },
    { text: "It's not my place to say what the council should decide on the ferry quay.", note: 'a stance withheld, English' },
    { text: 'Jeg synes det var koselig å se så mange på julegrantenningen i sentrum.', note: 'opinion verb on a non-political subject' },
    { text: 'Kommunestyret vedtok i går ny plan for gang- og sykkelveier. Arbeidet starter i mai.', note: 'neutral report of a decision' },
    { text: 'Hver høst legger kommunedirektøren fram forslag til budsjett og økonomiplan. Deretter blir forslaget behandlet av politikerne, og i desember er det kommunestyret som vedtar budsjettet.', note: 'the course of a decision told, two sentences with no trace of the writer' },
    { text: 'Planutvalget skal behandle reguleringsplanen for Husvik 4. juni. Endelig vedtak gjøres i kommunestyret 18. juni.', note: 'the course of a decision told, with its dates' },
    // Three sentences or more with no trace of the writer: news of what others said and decided.
    {
      text: 'Fleirtalet i kommunestyret seier nei til auka eigedomsskatt. Kommunedirektøren hadde føreslått ein auke på to promille. Budsjettet blir endeleg vedteke 14. desember.',
      note: 'a report of the majority’s stance, Nynorsk',
    },
    {
      text: 'The council majority has rejected the proposal to close Dal school. The chief executive had recommended closure to save 6 million a year. The final budget vote is on 12 December.',
      note: 'a report of a vote and a recommendation, English',
    },
    { text: 'Hva synes du om budsjettet? Svar på undersøkelsen innen fredag.', note: 'asks the reader for an opinion' },
    { text: 'Synes du eiendomsskatten er vanskelig å forstå? Les svarene på nettsiden.', note: 'question to the reader' },
    { text: 'Som privatperson: jeg synes ordføreren har gjort en god jobb med havna.', note: 'private-person marker' },
    { text: 'Personal views only: I think the council majority got the pool decision wrong.', note: 'English private marker' },
    { text: 'Eg uttalar meg privat her: eg meiner skulestrukturen bør sjåast på på nytt.', note: 'Nynorsk private marker' },
    { text: 'Jeg mener eiendomsskatten er urettferdig. Dette er mine egne meninger, ikke kommunens syn.', note: 'disclaimer in the next sentence' },
    { text: 'Ordføreren mener dette er en viktig dag for hele Frogn.', note: 'reports the mayor, not the writer' },
    { text: 'Du bør ta med legitimasjon når du skal stemme ved kommunestyrevalget.', note: '"bør" as practical advice, election info' },
    { text: 'The council meeting on Thursday will be streamed. Great to see so many residents taking an interest!', note: 'praise of residents, council only in the previous sentence' },
    { text: 'Jeg håper mange tar turen til folkemøtet om ny skole på Dal.', note: '"håper" about attendance' },
    { text: 'Eg trur det blir fint vêr til 17. mai-feiringa i sentrum.', note: 'Nynorsk opinion verb, no political subject' },
    {
      text: 'Det stemmer ikke at kommunestyret har vedtatt å legge ned biblioteket. Saken er ikke behandlet ennå, og alle dokumentene ligger på nettsiden.',
      note: 'factual correction, the guideline allows it',
    },
    { text: 'Husk å stemme! Valglokalene er åpne fra kl. 9 til 21 på mandag.', note: 'get-out-the-vote information' },
    { text: 'Ordføreren ønsker alle en god jul og et godt nytt år!', note: 'greeting from the mayor' },
    { text: 'Jeg tror ordføreren kommer innom standen vår på torget lørdag.', note: 'guess about a visit, no stance' },
    { text: 'Stem på ditt favorittnavn for det nye biblioteket innen fredag!', note: 'a naming vote, not a party' },
    { text: 'Rødt lys betyr stopp – husk det når du følger barna til skolen.', note: 'colour, not the party; no election' },
    { text: 'Takk til formannskapet for besøket i barnehagen i dag, barna viste stolt fram den nye lekeplassen.', note: 'thanks for a visit' },
    { text: 'Why not join us at the library on Saturday? Free coffee when you arrive!', note: 'question without public money' },
  ],
});

describe('a private-person disclaimer', () => {
  const stance = 'Jeg mener kommunestyret tar feil om skolestrukturen.';
  const rulesOf = (text: string) => analyze(text).map((finding) => finding.rule);

  it('speaks for the passage around it, not for a stance 50,000 characters away', () => {
    const farAway = 'Biblioteket holder åpent til klokka åtte. '.repeat(1_200);
    expect(rulesOf(`Som privatperson: ${stance}`)).not.toContain('political-opinion');
    expect(rulesOf(`Som privatperson: jeg liker sommeren. ${farAway}${stance}`)).toContain('political-opinion');
  });
});
