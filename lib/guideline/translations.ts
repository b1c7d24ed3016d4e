import type { SectionId } from './index';

/**
 * Nynorsk and English translations of the guideline. They are shown BESIDE the original Bokmål
 * text, never instead of it: the original is what staff are bound by. Keys are the ids of
 * lib/guideline (a test checks that every section and point is translated).
 */
export interface GuidelineTranslation {
  title: string;
  subtitle: string;
  headings: Record<SectionId, string>;
  points: Record<string, string>;
}

export const guidelineTranslations: Record<'nn' | 'en', GuidelineTranslation> = {
  nn: {
    title: 'Ver varsam!',
    subtitle: '– rettleiar for sosiale medium i Frogn kommune',
    headings: {
      apen: 'Ver open og del!',
      ambassador: 'Ver ein ambassadør!',
      profesjonell: 'Ver profesjonell!',
      saklig: 'Ver konsekvent og sakleg!',
      bevisst: 'Ver medviten!',
    },
    points: {
      'apen.bidra':
        'Bidra gjerne på sosiale medium og dei plattformene Frogn kommune er representert på (www.frogn.no, facebook, twitter, snap og instagram #frognkommune).',
      'apen.omdomme': 'Delta og del informasjon – men gjer det på ein måte som byggjer omdømmet til Frogn kommune.',
      'ambassador.rolle':
        'Hugs kvar du jobbar! Ver medviten om rolla di som tilsett; hugs at du alltid representerer kommunen, også når du brukar sosiale medium privat.',
      'ambassador.privatperson':
        'Uttaler du deg om politiske og/eller faglege spørsmål på sosiale medium, gjer merksam på at du gjer dette som privatperson, ikkje som tilsett. Presiser at du ikkje ytrar deg på vegner av Frogn kommune dersom det kan reisast tvil om rolla di.',
      'profesjonell.avsender': 'Ver ein tydeleg avsendar, gi presise tilbakemeldingar og hald det du lovar.',
      'profesjonell.rad':
        'Be om råd frå kollegaer når du sjølv ikkje er sikker på omfanget av kva du skal formidle. I diskusjonar om kommunen kan du rette faktafeil. Gjer rett avdeling merksam på eventuelle negative kommentarar eller feil.',
      'profesjonell.internt': 'Vanskelege faglege debattar tek vi internt, vi står samla utetter.',
      'profesjonell.saksbehandling':
        'Hugs at all sakshandsaming skal gå føre seg via dei offisielle kommunikasjonsflatene til kommunen.',
      'saklig.apen-kanal':
        'Hugs at sosiale medium er ein open kommunikasjonskanal. Det du legg ut, kan bli lese og/eller vidareformidla av mange til mange, og blir ståande «til evig tid».',
      'saklig.ironi':
        'Tilpass forma på svaret etter forma og innhaldet i førespurnaden. Sakleg? Humoristisk? Formell? Ver forsiktig med ironi og sarkasme på nett.',
      'saklig.etikk':
        'Dei etiske retningslinjene til kommunen gjeld også for bruk av sosiale medium. Hugs at du kan bli halden rettsleg ansvarleg for innhaldet. Dette gjeld både i tekst og bilete.',
      'bevisst.taushetsplikt':
        'Tilsette har ytringsfridom, men teieplikta gjeld også i dei sosiale media. Ver nøye med at personar ikkje kan identifiserast. Dette gjeld både i tekst og bilete.',
      'bevisst.kontakt':
        'Vurder svært nøye om du som privatperson skal ha kontakt med elevar/brukarar/pårørande eller leverandørar i sosiale medium. Opptre i så fall som profesjonell i samspelet med eleven, brukaren, den pårørande. Sjølv om du i utgangspunktet synest det er greitt å skilje mellom rollene, kan dette over tid føre til situasjonar som kan opplevast som problematiske for begge partar.',
      'bevisst.politisk-niva':
        'Ver medviten om skiljet mellom administrativt og politisk nivå. Vis berre til innstillinga frå rådmannen i saker. Ikkje gi dei eigne vurderingane dine av saker som er til politisk handsaming.',
      'bevisst.krise':
        'Under krisesituasjonar der rådmannen har sett krisleiing, skal all kommunikasjon gå via Kommunikasjonsenheten.',
    },
  },
  en: {
    title: 'Take care!',
    subtitle: '– a guide to social media in Frogn kommune',
    headings: {
      apen: 'Be open and share!',
      ambassador: 'Be an ambassador!',
      profesjonell: 'Be professional!',
      saklig: 'Be consistent and objective!',
      bevisst: 'Be aware!',
    },
    points: {
      'apen.bidra':
        'Feel free to contribute on social media and on the platforms where Frogn kommune is present (www.frogn.no, Facebook, Twitter, Snapchat and Instagram #frognkommune).',
      'apen.omdomme': "Take part and share information – but do it in a way that builds Frogn kommune's reputation.",
      'ambassador.rolle':
        'Remember where you work! Be aware of your role as an employee; remember that you always represent the municipality, also when you use social media privately.',
      'ambassador.privatperson':
        'If you speak out on political and/or professional questions on social media, make it clear that you do so as a private person, not as an employee. State that you are not speaking on behalf of Frogn kommune if there can be any doubt about your role.',
      'profesjonell.avsender': 'Be a clear sender, give precise answers and keep your promises.',
      'profesjonell.rad':
        'Ask colleagues for advice when you are not sure how much you should communicate. In discussions about the municipality you may correct factual errors. Let the right department know about any negative comments or errors.',
      'profesjonell.internt': 'Difficult professional debates are held internally; in public we stand together.',
      'profesjonell.saksbehandling':
        "Remember that all case handling must take place through the municipality's official channels.",
      'saklig.apen-kanal':
        'Remember that social media is an open channel. What you post can be read and/or passed on by many to many, and stays there "forever".',
      'saklig.ironi':
        'Adapt the form of your reply to the form and content of the enquiry. Objective? Humorous? Formal? Be careful with irony and sarcasm online.',
      'saklig.etikk':
        "The municipality's ethical guidelines also apply to the use of social media. Remember that you can be held legally responsible for the content. This applies to both text and images.",
      'bevisst.taushetsplikt':
        'Employees have freedom of expression, but the duty of confidentiality applies on social media too. Take care that people cannot be identified. This applies to both text and images.',
      'bevisst.kontakt':
        'Consider very carefully whether you, as a private person, should be in contact with pupils/service users/relatives or suppliers on social media. If you are, act as a professional towards the pupil, the user, the relative. Even if you find it easy at first to keep the roles apart, over time this can lead to situations that both sides may find difficult.',
      'bevisst.politisk-niva':
        "Be aware of the line between the administrative and the political level. In cases, refer only to the chief executive's recommendation (rådmannens innstilling). Do not give your own assessment of cases that are up for political decision.",
      'bevisst.krise':
        'In a crisis where the chief executive has set up crisis management, all communication must go through the communications unit (Kommunikasjonsenheten).',
    },
  },
};
