import * as tone from '../../rules/tone';
import { testRule } from '../rule-tester';

testRule(tone, {
  fires: [
    { text: 'KAN NOEN FORKLARE MEG HVORFOR GATELYSET HAR VÆRT AV I TRE UKER', flagged: 'KAN NOEN FORKLARE MEG HVORFOR GATELYSET HAR VÆRT AV I TRE UKER', severity: 'info' },
    { text: 'Hunder skal være i bånd. DET GJELDER OGSÅ DIN HUND.', flagged: 'DET GJELDER OGSÅ DIN HUND' },
    // a whole sentence in capitals
    { text: 'STENGT I DAG. Vi åpner igjen i morgen kl. 10.', flagged: 'STENGT I DAG' },
    { text: 'PLEASE STOP FEEDING THE SEAGULLS at the harbour.', flagged: 'PLEASE STOP FEEDING THE SEAGULLS' },
    // cheerful shouting is still shouting
    { text: 'GRATULERER SÅ MYE, KJÆRE KOLLEGA! Kaka står på pauserommet.', flagged: 'GRATULERER SÅ MYE, KJÆRE KOLLEGA' },
    { text: 'Kven har lånt stigen frå vaktmeisterkontoret???', flagged: '???' },
    { text: 'Seriously?!? The car park has been flooded since Monday.', flagged: '?!?' },
    { text: 'Tusen takk for i år ‼️‼️ Vi ses etter jul.', flagged: '‼️‼️' },
    { text: 'Hvem har parkert foran brannporten igjen‼!', flagged: '‼!' },
    { text: 'Ingen brøyting i Skogveien på fire dager. Jeg er så lei av dette.', flagged: 'Jeg er så lei' },
    { text: 'Eg er rasande på den som har velta søppeldunkane i heile gata.', flagged: 'rasande' },
    { text: 'Hva i all verden tenkte de på da de plasserte bommen der', flagged: 'Hva i all verden' },
    { text: 'The state of the changing rooms at the sports hall is frankly disgraceful.', flagged: 'disgraceful' },
    { text: 'Residents are furious about the new parking fees.', flagged: 'furious' },
    { text: 'Det er skandaløst at lekeplassen fortsatt er stengt.', flagged: 'skandaløst' },
    {
      text: 'FORELDREMØTET ER FLYTTET!!! Det blir torsdag i stedet.',
      flaggedAll: ['FORELDREMØTET ER FLYTTET', '!!!'],
    },
  ],
  passes: [
    { text: 'Velkommen til nye elever og foreldre!', note: 'a single exclamation mark' },
    { text: 'Har du husket å søke om plass?', note: 'a single question mark' },
    { text: 'Husk refleks i mørket!! Det redder liv.', note: 'a doubled mark is emphasis, not a pile' },
    { text: 'Kven har lånt stigen frå vaktmeisterkontoret??', note: 'a doubled question mark' },
    { text: 'Seriously?! The car park has been flooded since Monday.', note: 'two marks' },
    { text: 'Tusen takk for i år ‼️ Vi ses etter jul.', note: 'one double-mark character is two marks' },
    { text: 'FAU, SFO og PPT har møte på tirsdag.', note: 'acronyms in capitals' },
    { text: 'Kontakt NAV/IKT/HMS via intranettet.', note: 'a run of acronyms only' },
    { text: 'NAV Frogn holder stengt fredag fra kl. 12.', note: 'a capitalised name' },
    { text: 'Følg oss på #FROGNKOMMUNE og #DRØBAK for flere bilder.', note: 'hashtags in capitals' },
    { text: 'Påmeldingen gikk i rasende fart: alle plassene er fylt.', note: '"rasende" as an intensifier' },
    { text: 'The library is open as usual this weekend. Welcome!', note: 'ordinary announcement' },
    { text: 'Mandag 3. mars kl. 18.00 er det informasjonsmøte i rådhuset.', note: 'numbers, dots, no shouting' },
    { text: 'Eg synest Drøbak er finast om hausten.', note: 'plain Nynorsk' },
    { text: 'Vi er lei oss for ulempene arbeidet fører med seg.', note: '"lei oss" is an apology, not "jeg er så lei"' },
    { text: 'Alle som ønsker det, kan få hjelp av IT-avdelingen. Ta kontakt med HR.', note: 'acronyms in a normal sentence' },
    { text: 'Spørsmål? Send oss en melding.', note: 'one question mark in a short question' },
    { text: 'Vi søker nye medlemmer til FAU ved Dal skole', note: 'single acronym' },
  ],
});
