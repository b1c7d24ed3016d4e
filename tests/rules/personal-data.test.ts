import { describe, expect, it } from 'vitest';
import { analyze, frognDefaults, mergeSettings } from '../../lib/engine';
import { createContext } from '../../lib/engine/rule';
import * as personalData from '../../rules/personal-data';
import { testRule } from '../rule-tester';

testRule(personalData, {
  fires: [
    { text: 'Frå måndag bur mor mi i ny omsorgsbustad i Solbakkveien 12, leilegheit 3.', flagged: 'Solbakkveien 12' },
    // A visit told in a sentence is no label line: the named resident's address is theirs.
    { text: 'Husk besøk hos Kari Nordmann, Storgata 7 på fredag.', flagged: 'Storgata 7' },
    // After a service's sentence, a number the writer gives as their own is still theirs.
    { text: 'Servicetorget er stengt i jula. Ring meg på 934 55 210 om det hastar.', flagged: '934 55 210' },
    { text: 'Familien som bor i Villavegen 89 har mistet alt i brannen i natt.', flagged: 'Villavegen 89' },
    { text: 'Ring meg gjerne på 412 34 567 på dagtid, så ordner vi det.', flagged: '412 34 567' },
    { text: 'Saksbehandleren kan bare ringe meg på 924 18 377 om søknaden, jeg har ventet lenge nok.', flagged: '924 18 377' },
    { text: 'Ring meg på 936 45 118 etter kl. 16, så tar vi det privat.', flagged: '936 45 118' },
    { text: 'Noen som har mistet en blå sykkel ved Seiersten? Ring Trond på 934 56 781, så henter du den.', flagged: '934 56 781', severity: 'warning', lang: 'nb' },
    { text: 'Nytt nummer! Lagre 41 22 83 90 og slett det gamle.', flagged: '41 22 83 90' },
    { text: 'New number, save it: 41 22 83 90 – Kari', flagged: '41 22 83 90' },
    { text: 'Dugnadsansvarleg i år er Siri, ho har mobil 97812345 og svarar på sms.', flagged: '97812345', lang: 'nn' },
    { text: 'Gi beskjed til Jonas på +47 482 19 377 om du kan kjøre på lørdag.', flagged: '+47 482 19 377' },
    { text: 'Need a lift to the match? Text Emma on 0047 9265 1188.', flagged: '0047 9265 1188', lang: 'en' },
    { text: 'Du kan ringe meg hjemme på 64 93 18 27 etter klokka fire.', flagged: '64 93 18 27' },
    { text: 'Ring meg privat på 959 89 573, kari.berg@frogn.kommune.no er bare jobbmailen.', flagged: '959 89 573' },
    { text: 'Ring meg gjerne etter jobb\nTlf: 64 90 61 20\nMob: 959 89 573', flagged: '959 89 573' },
    { text: 'Mitt private mobilnummer: 95989573, jobbmailen er kari.dal@vestby.kommune.no', flagged: '95989573' },
    { text: 'Påmelding til meg på kari.nordmann@gmail.comTakk for sist!', flagged: 'kari.nordmann@gmail.com' },
    { text: 'Påmelding til sommerleiren sendes til meg: hanne_berg1979@hotmail.com', flagged: 'hanne_berg1979@hotmail.com' },
    { text: 'Spørsmål om loppisen kan sendast til kjetil.aas@online.no.', flagged: 'kjetil.aas@online.no' },
    { text: 'Send meg en e-post på skolekari@gmail.com om dugnaden.', flagged: 'skolekari@gmail.com' },
    { text: 'Questions about the choir? Email our conductor at m.lindqvist@firma.no', flagged: 'm.lindqvist@firma.no' },
    { text: 'Familien som bor i Måneveien 14 har mistet alt i brannen, og trenger klær til tre barn.', flagged: 'Måneveien 14' },
    { text: 'Skriv heller til meg privat på post.kari88@gmail.com, så slipper vi skjemaet.', flagged: 'post.kari88@gmail.com' },
    { text: 'Damen fra biblioteket bor i Husvikveien 28 og har ikke vært på jobb på en uke. Noen som vet noe?', flagged: 'Husvikveien 28' },
    { text: 'Eldre dame som bor i nabohuset, Frogs vei 46, har ikke vært ute på dager. Noen som vet noe?', flagged: 'Frogs vei 46' },
    { text: 'Kjenner nokon mannen som bur i Tusenfrydveien 8? Eg har ein pakke til han.', flagged: 'Tusenfrydveien 8' },
    { text: 'Blomster kan sendes til Solveig Bakke, Lindeveien 21 B, 1443 Drøbak.', flagged: 'Lindeveien 21 B, 1443 Drøbak' },
    { text: 'Our neighbour on Kongens gate 3 has lost her cat, please keep an eye out.', flagged: 'Kongens gate 3' },
    { text: 'Kontakt: Lars Moen, tlf. 915 77 204, lars.moen@gmail.com', flaggedAll: ['915 77 204', 'lars.moen@gmail.com'] },
    { text: 'Til pårørende på avdeling 3: ring meg privat på 942 15 770 når som helst.', flagged: '942 15 770' },
    { text: 'If the ward line is busy, 45 81 62 07 is mine, any time after six.', flagged: '45 81 62 07' },
    { text: 'Noen må se til huset til Hilde i Granveien 8, hun er bortreist.', flagged: 'Granveien 8' },
    { text: 'Send meg en e-post på hjemmetjenesten@gmail.com', flagged: 'hjemmetjenesten@gmail.com' },
    { text: 'Kari er vikar hos oss, ring henne på mobil: 915 33 207.', flagged: '915 33 207' },
    { text: 'Linh har ny adresse: Skiphellevegen 6, kort kan sendes dit.', flagged: 'Skiphellevegen 6' },
    { text: 'Lederen svarer aldri på jobbtelefonen, så her er privatnummeret hennes: 915 22 407', flagged: '915 22 407' },
    // Bare labels under a first name: no post names the line.
    { text: 'Hilsen\nPer\nE-post\nMobil 909 38 465', flagged: '909 38 465' },
    { text: 'Dugnaden ledes av Per Olsen, leder i velforeningen, mobil 938 40 211.', flagged: '938 40 211' },
    { text: 'Loppemarkedet trenger sjåfører. Meld deg til Kari Hansen.\nTelefon: 917 29 980', flagged: '917 29 980' },
    // A number alone on its line under a name, and a cake ordered from the writer: no service answers them.
    { text: 'Kari Hansen\n917 22 906', flagged: '917 22 906' },
    { text: 'Bestill kake til festen hos meg på 917 22 906.', flagged: '917 22 906' },
    // Two contact labels and none an office's: a private seller's lines, not a contact page.
    { text: 'Selger spisebord, hentes.\nAdresse: Ringveien 2\nTelefon: 917 22 518', flagged: '917 22 518' },
    // A contact page's lines, but the number said to be the writer's own.
    { text: 'Åpningstider\nMandag–fredag 10–15\nKontaktinformasjon\nTelefon 64 90 61 00\nEtter stengetid kan du ringe meg privat på 917 44 203', flagged: '917 44 203' },
    // A list of people exposed to an infection, and a request for a name and number: no staff list.
    { text: 'Nærkontakter:\nPer Olsen 917 22 906\nKari Lie 928 33 107', flaggedAll: ['917 22 906', '928 33 107'] },
    { text: 'Navn og telefon:\nPer Olsen 917 22 906', flagged: '917 22 906' },
    // A work e-mail on the line above, but a resident named on the number's own line.
    { text: 'Spørsmål om kurset: kari.dal@vestby.kommune.no\nPer Olsen 917 22 906', flagged: '917 22 906' },
    // A work e-mail «eller» a number, but the number said to be the writer's private one.
    { text: 'Send e-post til ola.berg@vestby.kommune.no eller sms til meg privat på 462 80 142', flagged: '462 80 142' },
    // Under a contact heading, but a line of the block says private, or a sentence stands between heading and number.
    { text: 'Kontaktpersoner\n\nSiv Lund (privat)\n917 43 218', flagged: '917 43 218' },
    {
      text: 'Kontakt\nDugnaden på lørdag trenger flere hender, og vi i styret tar imot påmeldinger fram til fredag kveld.\nSiv Lund 917 43 218',
      flagged: '917 43 218',
    },
  ],
  passes: [
    // A public culture house's mailbox and an employee's work address at its domain (real set 126).
    { text: 'Spørsmål om billettar? Skriv til drobak@kulturhus.no (kontortid måndag–fredag 09–15).', note: "a culture house's mailbox" },
    { text: 'KONTAKT:\nKari Lunde, prosjektleder, e-post: kari.lunde@frogn-kulturhus.no', note: 'a press contact at the culture house' },
    { text: 'Neste konsert:\nKl. 13 – Solbakken Omsorgsboliger, Solbakkveien 12, 1440 Drøbak. Gratis, alle er velkomne.', note: 'a care facility as the venue' },
    // An address under a bare office-address label is the office's, whatever name heads it.
    'Kontakt oss\n• Voksenopplæringa\n  Postboks 10\n• Besøk\n  Kong Sverre, Nedre vei 18\n  3183 Horten',
    // A bare request to call, right after a sentence naming the service that answers.
    'Servicetorget kan òg hjelpe deg med skjemaet. Ring 469 06 458 for slik hjelp.',
    'Servicetorget kan også hjelpe deg med registreringen. Ring 469 06 458 for hjelp.',
    { text: 'Du kan ta kontakt med mobbeombodet på e-post (mobbeombod@vlfk.no) eller på Snapchat.', note: 'an ombud\'s mailbox at a county\'s short domain' },
    { text: 'Hjelpemiddellageret låner ut rullatorer og krykker.\n\nBesøksadresse Kirkeveien 6, 1440 Drøbak\nTelefon 452 18 771\nE-post: lageret@norhjelp.no', note: 'a service page\'s contact block: its number and its supplier\'s mailbox' },
    { text: 'Åpningstid\nTorsdager kl. 14–17\nKontaktinformasjon\nAdresse\nTorget 3\nTelefon\n64 90 61 00\n917 44 203 (svarer ikke på helsespørsmål)', note: 'a second number listed under the same label' },
    { text: 'Kontakt kari.n.berg@voss.herad.no om du har spørsmål om kulturprisen.', note: 'an employee\'s work address at a «herad»' },
    { text: 'Send forslag med grunngiving til idrettsrådet, oppdal.idrettsrad@nif.idrett.no, innan 1. november.', note: 'the sports council\'s mailbox' },
    { text: 'Svømmehallen, tlf 452 18 932', note: 'a contact line headed by the facility' },
    { text: 'Nytt nummer til servicetorget: 64 90 61 20.', note: 'a new number, but a service line\'s' },
    { text: 'Hold et øye med bekkene i helga. Frogn kommunes vakttlf. er 452 18 930.', note: 'the point of an abbreviation ends no sentence: the on-call line is named' },
    { text: 'Vil du avbestille middagen, ring kjøkkenet innen kl 12.00 dagen før, tlf.nr: 452 18 931.', note: 'nor does the point inside a time' },
    { text: 'Lurer du på noe om kveldsbadingen? Ring bassenget, tlf. 452 18 930.', note: 'a facility\'s own line, called by its name' },
    { text: 'For meir informasjon, kontakt Kari Moe, senior rådgjevar i Habberstad, på telefon eller e-post kari.moe@habberstad.no.', note: 'a consultant\'s address at the firm the text names as her workplace' },
    { text: 'Søknaden sendast til Statsforvaltaren på fmtfpost@fylkesmannen.no innan 1. mars.', note: 'the state governor\'s office mailbox' },
    { text: 'Villavegen vert stengd for gjennomkøyring frå torsdag ved Villa Solbakken, Villavegen 89.', note: 'the same notice in Nynorsk' },
    { text: 'Villavegen blir stengt for gjennomkjøring fra torsdag ved Villa Solbakken, Villavegen 89. Arbeidet er ventet ferdig i midten av mai.', note: 'a road closed at a villa\'s address' },
    // Booking lines, press contacts and a helpline's mailbox on real public pages.
    'Kommunen har eigen landbruksvikar i 60 prosent stilling.\nBestill direkte på tlf 917 22 906.',
    'Do you have any questions about the new library?\n\nPlease contact communications director Jørn Johansen:,\n\n+47 900 97 250.',
    'Pressekontakt: Kari Holm, 917 22 906',
    'Spørsmål fra media kan rettes til kommunikasjonsdirektør Kari Holm, mobil 917 22 906.',
    'Barnas alarmtelefon: 116 111 (gratis alarmtelefon)\nE-post: alarm@116111.no',
    {
      text: 'Kommunen har opprettet en telefon for deg som trenger noen å snakke med.\n\nNummeret du kan ringe er: 98 11 49 09. Telefonen er åpen hverdager kl. 09.00–16.30.',
      note: 'the line\'s hours told after the number',
    },
    { text: 'Ring 477 66 557 for å avtale tidspunkt for testing. Ikke møt opp uten å ringe først.', note: 'a booking line' },
    {
      text: 'Merknader sendes postmottak@frogn.kommune.no innen 19. mai. Henvendelser kan gjøres til saksbehandler Mia Berg, som kan treffes på telefon 941 36 818.',
      note: 'a case officer\'s line in an official notice',
    },
    { text: 'Du bestiller time ved å ringe 64 90 61 20 eller sende sms til 917 42 305.', note: 'a booking line' },
    { text: 'Har du spørsmål om bostøtte, kan du ringe 473 18 220 (man–fre kl. 09–14).', note: 'a number with its telephone hours' },
    { text: 'Spørsmål om vaksine: 928 30 417, mån–tors, kl. 08.00–15.00.', note: 'telephone hours as weekdays and a clock range' },
    { text: 'Helsestasjonen holder åpent for de minste barna. Vi er tilgjengelige på vår telefon: 91234567. Ring hvis dere lurer på noe.', note: 'the office\'s own number, in its own voice' },
    { text: 'Innenfor normal arbeidstid kl. 7–15 på hverdager, ring 474 50 199. Utenom den tida tar vakta telefonen.', note: 'a number for working hours is a work line' },
    { text: 'Adult education centre. Visiting address: Sigurd Østliens veg 4, Raufoss. Telephone 61 15 39 60.', note: 'an office\'s visiting address, on a street named after a person' },
    { text: 'Hjemmetjenesten har ny adresse fra 1. mars: Rådhusveien 7. Telefonnummeret er det samme.', note: 'a service moves' },
    { text: 'Reminder: trips with the youth club are phone-free. Parents can reach the leaders on the trip phone, 400 12 777.', note: 'a trip phone' },
    { text: 'Foreldre når lederne på turtelefonen, 400 12 777, hele helga.', note: 'a trip phone in Norwegian' },
    { text: 'Spørsmål om feiing? Skriv til feiing@follobrannvesen.no.', note: 'a service mailbox' },
    { text: 'Endringer i skyss som er godkjent, sender du skriftlig til skoleskyssV@vtfk.no.', note: 'a compound of a service as the mailbox' },
    { text: 'Har du sett drivende tømmer, meld fra til vakt@kystverket.no.', note: 'the on-duty mailbox' },
    { text: 'Påmelding til pårørendeskolen på e-post: innlandet@nasjonalforeningen.no', note: "a region's office as the mailbox" },
    { text: 'Spørsmål om loppemarkedet? Bjarte Berg, tlf. 95989573 - bjarte.berg@sandnes.kommune.no', note: 'a work e-mail right after the number: a work contact line' },
    { text: 'Spørsmål om dugnaden? Kontakt daglig leder Siri Dahl på 412 55 678.', note: 'a post that serves the public' },
    { text: 'Kakene til julemarkedet bestiller du hos bakeriet på bestilling@drobakbakeri.no.', note: 'a shop\'s order mailbox' },
    { text: 'The caretaker on duty this weekend answers on 917 44 120 for burst pipes and alarms.', note: 'a number for whoever is on duty' },
    { text: 'Tannklinikken har ny adresse: Storgata 14, inngang fra baksiden.', note: 'an office\'s new address' },
    { text: 'Nabovarsel: kommunen planlegger nye utleieboliger på tomta ved Dalsveien 20.', note: 'the address of a plot' },
    { text: 'Kurset er et samarbeid med nabokommunen: påmelding til kari.lunde@as.kommune.no.', note: 'a work address at a municipality' },
    {
      text: 'Kontakt\n\nKari Dal\nLandbrukssjef\n  • Tlf: 64 90 61 20\n  • Mob: 959 89 573\n  • E-post: kari.dal@vestby.kommune.no',
      note: 'a staff contact block: the mobile under the office line is the title\'s',
    },
    {
      text: 'Kontaktpersonar i sekretariatet\n\nKari Dal\nTelefon: 64906120\nMobiltelefon: 95989573\nE-post: kari.dal@vestby.kommune.no',
      note: 'a compound label («Mobiltelefon:») above a work e-mail',
    },
    { text: 'For questions, contact the head of the division, Kari Dal.\nmail: kari.dal@vestby.kommune.no, mobile 959 89 573.', note: 'the work e-mail given first on the line' },
    { text: 'Flyktningtjenesten\nAmir Haddad\ne-post:\namir.haddad@vestby.kommune.no\ntelefon 472 19 385', note: 'a work e-mail alone on the line above the number' },
    { text: 'Spørsmål om arbeidet: Leiar veg - Ola Berg: ola.berg@vestby.kommune.no eller 462 80 142', note: 'a work e-mail «eller» a number' },
    { text: 'Påmelding til Siv Dal på telefon 920 38 575 eller e-post siv.dal@vestby.kommune.no', note: 'a number «eller e-post» a work address' },
    { text: 'Kontaktperson: Eli Dal, e-post: eli.dal@vestby.kommune.no.Tlf 991 62 602', note: 'a work address with the next label glued on after a point' },
    { text: 'Beredskapsrådet - kontaktinformasjon\n\nEli Dal\nLoggfører\n926 89 727', note: 'a heading that ends in what the section holds' },
    { text: 'Pressekontakter:\nEli Dal 926 89 727\nPer Lie 936 00 866', note: 'a heading naming the contacts listed under it' },
    {
      text: 'Kriseledelsen\nRolle Navn Mobil\nLeder Eli Dal 92689727\nLoggfører Per Lie 93600866',
      note: "a table's header row of contact columns over its rows",
    },
    {
      text: 'Helsestasjonen: Jordmor Eva Lie, eva.lie@vestby.kommune.noHelsesykepleier Kari Holm, kari.holm@vestby.kommune.no',
      note: 'a work address with the next word glued on, as a paste that lost its line breaks',
    },
    { text: 'Spørsmål om stenginga av brua kan rettast til Hallvard Moen, hallvard.moen@vegvesen.no.', note: "a work address at a state agency" },
    { text: 'Kontaktperson i fylket er Siri Dahl, siri.dahl@vestlandfylke.no.', note: "a work address at a county" },
    { text: 'Nedbrenning av gamle uthus avtaler du med varabrannsjefen, ola.strand@nordfjell-brann.no.', note: 'a work address at a fire and rescue service' },
    { text: 'Skademeldinga sendast til Norsk Naturskadepool på pool@finansnorge.no innan fristen.', note: "a shared scheme's mailbox" },
    { text: 'Spørsmål om forhåndsstemming kan sendes til valg@nesodden.no.', note: "a service's topic as the mailbox" },
    { text: 'Flyktningkoordinator Kim Lund kan nås på mobilnummer 400 88 356 på dagtid.', note: 'a work line given with office hours' },
    { text: 'Har du spørsmål om vaksinen, skriv til vaksine@ski-helse.no.', note: "a service's topic as the mailbox" },
    { text: 'Leirtelefonen er betjent hele døgnet i leiruka: 412 55 018.', note: 'a staffed service phone' },
    { text: 'Etter kl. 16 når du SFO på basetelefonen 948 11 205.', note: 'a service phone named by its role' },
    { text: 'Spørsmål om stillingen? Ring meg på jobbmobil 915 40 212 i arbeidstida.', note: 'a work mobile' },
    { text: 'Heimesjukepleia har fått nytt nummer: 64 90 71 20.', note: 'a service line named before it' },
    { text: 'Utenfor kontortid når du barnevernvakta på telefon 404 11 222.', note: 'a service line, named as a compound of vakt' },
    { text: 'The Immigrant Service can be reached by phone: 408 22 333.', note: 'a service line, English' },
    { text: 'VA-vakta treffes på 905 11 222 utenom arbeidstid.', note: 'the water on-call line' },
    { text: 'Har du spørsmål om eiendomsskatt, ring servicetorget på 64 90 60 00.', note: "the organisation's configured switchboard" },
    { text: 'Call us on +47 64 90 60 00 or email postmottak@frogn.kommune.no.', note: 'official number with country code, official mailbox' },
    { text: 'Skriv til byggesak@frogn.kommune.no eller ola.nordmann@frogn.no.', note: 'work addresses at official domains' },
    { text: 'Ved brann ring 110, ved ulykke 113, legevakten har 116 117.', note: 'emergency numbers' },
    { text: 'Vakttelefon for vann og avløp: 915 02 030 (hele døgnet).', note: 'a service line, not a person' },
    { text: 'Det nye taket kostet 4 500 000 kroner, og tilskuddet var 45 000 000.', note: 'amounts' },
    { text: 'Billetter koster 450 kr, og salget starter 20.05.2025 kl. 09.00.', note: 'price, date and time' },
    { text: 'Organisasjonsnummer 944 383 565, kontonummer 1607 62 38425.', note: 'org and account numbers' },
    { text: 'Faktura 91234567 gjelder vann og avløp for 2. kvartal.', note: 'invoice number' },
    { text: 'Julemarked på Frogn bibliotek, Kirkeveien 4, lørdag kl. 11–15.', note: 'public building address' },
    { text: 'Vegarbeid i Kirkeveien 10–24 frå måndag, køyr forsiktig.', note: 'road works on a stretch of street' },
    { text: 'Bur du langs riksveg 7 eller fylkesvei 152, kan familien søkje om støyskjerming.', note: 'roads\' numbers, where no one lives' },
    { text: 'Alle som bor i Lindeveien 3 får ny avfallsdunk neste uke.', note: 'notice to a whole address, not a person' },
    { text: 'Booking av gymsalen: send e-post til booking@drobakbad.no.', note: 'role mailbox of a business' },
    { text: 'Kontakt oss på kontakt@frivilligsentralen.no for å bli med.', note: 'role mailbox of an organisation' },
    { text: 'Følg oss på @frognkommune på Instagram!', note: 'a handle, not an e-mail' },
    { text: 'Det var 1 200 deltakere og 9 400 besøkende totalt i 2024.', note: 'counts' },
    { text: 'Mobilnummeret til vakta er 908 12 345.', note: 'the on-call mobile' },
    { text: 'Hei Nina, ring meg på jobb: 64 90 62 30.', note: 'a work number' },
    { text: 'Kulturhuset flytter til Rådhusveien 5 i august.', note: 'an institution moving, no person' },
    { text: 'Questions about admission? Contact the Education Office:\n\nPhone +47 979 96 100', note: 'a labelled contact line under the office it belongs to' },
    { text: 'Ser du sprekker i bakken, ring skredtelefonen: 941 51 579.', note: 'a hazard line named as a compound of telefon' },
    { text: 'Besøk avtales med avdelingen på forhånd. Blå avdeling: 917 40 221. Gul avdeling: 917 40 223.', note: 'the wards\' lines' },
    { text: 'Besøkende kontakter personalet per tlf. 917 40 229 før de kommer.', note: 'the staff\'s line after «tlf.»' },
    { text: 'Spørsmål om tilsyn? Send e-post til feiervesenet@follobrann.no.', note: 'a service\'s mailbox in its definite form' },
    { text: 'Huset i Bekkeveien 12 skal rives i vår, og det blir park der.', note: 'a house, no one living in it' },
    { text: 'Gravearbeid utenfor Granveien 14 fra mandag, kjør forsiktig forbi.', note: 'works in the street at an address' },
    { text: 'For more information about family day care, please contact Dagmammaene, telephone 481 22 056.', note: 'an office\'s «for more information, please contact»' },
    { text: 'Har du spørsmål?\n\nMette Berg\nKommunalsjef helse og omsorg\nMobil 970 19 648', note: 'a post\'s work mobile in a contact block' },
    { text: 'Vi har opprettet egne koronatelefoner.\nFor barn og unge: 467 11 195 – For alle: 484 22 779', note: 'labelled lines under the service named on the line before' },
    { text: 'Spørsmål om sortering? Skriv til kildesortering@follo-ren.no.', note: 'a service\'s mailbox' },
    { text: 'Servicetorget holder åpent 8–15.\nAdresse: Rådhusveien 5, 1440 Drøbak.', note: 'the label of a contact line ties the address to no one' },
    { text: 'Norskkurs for voksne: Frogn voksenopplæring, Kong Sverre, Nedre gate 18, 1440 Drøbak.', note: 'a school building\'s name before its address' },
    { text: 'Spørsmål om undervisningen? Skriv til kulturskolen@drobak.no.', note: 'a school\'s mailbox in its definite form' },
    { text: 'Kurs og opplæring, branninspektør: Mobil 959 14 220.', note: 'a post with its work mobile' },
    { text: 'Kontakt\n\nGeir Vik\nKommunedirektør\nE-post\nMobil 909 38 465', note: 'a post two bare labels above its work mobile' },
    { text: 'Kontakt\n\nSigrid Holm\nLandbruksveileder\nMobil 948 21 377', note: 'a staff card under a contact heading' },
    {
      text: 'Kontaktpersonar i landbrukskontoret:\n\nOla Rud, tlf. 917 20 455\nEli Vang, tlf. 464 31 902',
      note: 'a staff list under its heading',
    },
    { text: 'Kontaktperson i Statens vegvesen:\nByggeleiar Per Fladvad, telefon 902 35 679', note: 'a construction manager\'s work line on a road notice' },
    { text: 'Spørsmål om tømming? Send e-post til ivar@ivarrenovasjon.no.', note: 'a company\'s own name as its mailbox (also a first name)' },
    { text: 'Har du spørsmål om innskrivingen, ring skolen eller send e-post til postmottak.dalskole@skoleetaten.no.', note: 'a unit\'s role mailbox with the unit after the role' },
    { text: 'Legevakta i Hareid har adresse Hjellebakken 10, 6060 Hareid. Ring alltid 116 117 før du kjem.', note: 'an out-of-hours service\'s premises' },
    { text: 'Lesesalen deler vi med Statsarkivet, som holder til i nabobygget vårt, Frogs vei 44.', note: 'the building next door, not a neighbour\'s home' },
    { text: 'Merknader sendes til Nordplan AS, Notenesgata 14, 6002 Ålesund, eller på e-post til hh@nordplan.no innen 26. juli.', note: 'an address at the domain of a business the notice names' },
    { text: 'Helsestasjonen er åpen som vanlig.\n • Du når jordmor på 917 29 980\n • Du når helsesykepleier på 409 13 179', note: 'roles that serve the public' },
  ],
});

describe('personal-data settings', () => {
  it('does not flag a number the organisation has configured as official', () => {
    const settings = mergeSettings(frognDefaults, { organisation: { officialPhoneNumbers: ['+47 915 02 031'] } });
    const text = 'Ring meg på 91502031 etter klokka fire.';
    expect(analyze(text, { settings }).filter((finding) => finding.rule === 'personal-data')).toEqual([]);
    expect(analyze(text).filter((finding) => finding.rule === 'personal-data')).toHaveLength(1);
  });

  it('treats a configured domain as work e-mail', () => {
    // An inter-municipal company's domain: only the settings make it the organisation's own.
    const settings = mergeSettings(frognDefaults, { organisation: { officialDomains: ['follo-iks.no'] } });
    const text = 'Send it to kari.nordmann@follo-iks.no';
    expect(analyze(text, { settings }).filter((finding) => finding.rule === 'personal-data')).toEqual([]);
    expect(analyze(text).filter((finding) => finding.rule === 'personal-data')).toHaveLength(1);
  });
});

/**
 * The rule's context with a learned layer that scores every place `score`, and is allowed a finding alone from `alone`
 * in the sentence at `at`.
 */
function withModel(text: string, score: number, { alone = 1.01, at }: { alone?: number; at?: number } = {}) {
  const context = createContext(text, 'en', frognDefaults, false, null);
  const sentence = at === undefined ? undefined : context.sentences.find((span) => span.start <= at && at < span.end);
  return {
    ...context,
    learned: {
      thresholds: () => ({ withEvidence: 0.06, withCandidate: 1.01, alone }),
      scoreAt: () => score,
      topScore: () => score,
      strongest: () => sentence && { span: sentence, score, emphasis: () => [] },
    },
  };
}

describe('personal-data with a model sure there is nothing', () => {
  // Every place scored 0.01: below every threshold, so only certain evidence stands.
  const flagged = (text: string) => personalData.default.detect(withModel(text, 0.01)).map((finding) => text.slice(finding.start, finding.end));

  it('keeps a number given for a named person, whatever the model reads', () => {
    expect(flagged('Need a lift to the match? Text Emma on 0047 9265 1188.')).toEqual(['0047 9265 1188']);
    expect(flagged('Noen som har mistet en blå sykkel? Ring Trond på 934 56 781, så henter du den.')).toEqual(['934 56 781']);
  });

  it('lets the model overrule a number tied to no one', () => {
    expect(flagged('Need a lift to the match? Text 0047 9265 1188.')).toEqual([]);
  });
});

describe('personal-data with a model sure there is some', () => {
  // Sure of personal data in the sentence at `at`, and allowed to say so alone.
  const sureAt = (text: string, at: number) => withModel(text, 0.99, { alone: 0.5, at });
  const text = 'For questions, contact the head of the division, Kari Dal.\nmail: kari.dal@vestby.kommune.no, mobile 959 89 573.';

  it('stays silent on a line whose number a work e-mail beside it makes a work line', () => {
    expect(personalData.default.detect(sureAt(text, text.indexOf('mail:')))).toEqual([]);
  });

  it('is heard alone elsewhere in the same text', () => {
    expect(personalData.default.detect(sureAt(text, 0))).toHaveLength(1);
  });
});
