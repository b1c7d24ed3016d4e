/**
 * The guideline "Vær varsom! – veiviser for sosiale medier i Frogn kommune", structured into its
 * five sections and their points. The Norwegian text is verbatim (see vaer-varsom.nb.txt beside
 * this file; a test checks that every sentence of it is here). Ids are stable: rules, warnings,
 * the popup and deep links (`guideline.html#bevisst`) cite them.
 */
export const guidelineTitle = 'Vær varsom!';
export const guidelineSubtitle = '- veiviser for sosiale medier i Frogn kommune';

export const sectionIds = ['apen', 'ambassador', 'profesjonell', 'saklig', 'bevisst'] as const;
export type SectionId = (typeof sectionIds)[number];

export interface GuidelinePoint {
  /** `<section>.<point>`, stable. */
  id: string;
  /** Verbatim Norwegian text of the point. */
  text: string;
}

export interface GuidelineSection {
  id: SectionId;
  /** Verbatim heading, e.g. "Vær bevisst!". */
  heading: string;
  points: GuidelinePoint[];
}

export const guideline: GuidelineSection[] = [
  {
    id: 'apen',
    heading: 'Vær åpen og del!',
    points: [
      {
        id: 'apen.bidra',
        text: 'Bidra gjerne på sosiale medier og de plattformer Frogn kommune er representert på (www.frogn.no, facebook, twitter, snap og instagram #frognkommune).',
      },
      {
        id: 'apen.omdomme',
        text: 'Delta og del informasjon – men gjør det på en måte som bygger Frogn kommunes omdømme.',
      },
    ],
  },
  {
    id: 'ambassador',
    heading: 'Vær en ambassadør!',
    points: [
      {
        id: 'ambassador.rolle',
        text: 'Husk hvor du jobber! Vær bevisst på rollen din som ansatt; husk at du alltid representerer kommunen, også når du bruker sosiale medier privat.',
      },
      {
        id: 'ambassador.privatperson',
        text: 'Uttaler du deg om politiske og/eller faglige spørsmål på sosiale medier, gjør oppmerksom på at du gjør dette som privatperson, ikke som ansatt. Presiser at du ikke ytrer deg på vegne av Frogn kommune hvis det kan reises tvil om din rolle.',
      },
    ],
  },
  {
    id: 'profesjonell',
    heading: 'Vær profesjonell!',
    points: [
      {
        id: 'profesjonell.avsender',
        text: 'Vær en tydelig avsender, gi presise tilbakemeldinger og hold det du lover.',
      },
      {
        id: 'profesjonell.rad',
        text: 'Be om råd fra kolleger når du selv ikke er sikker på omfanget av hva du skal formidle. I diskusjoner om kommunen kan du rette fakta-feil. Gjør rett avdeling oppmerksom på eventuelle negative kommentarer eller feil.',
      },
      {
        id: 'profesjonell.internt',
        text: 'Vanskelige faglige debatter tas internt, vi står samlet utad.',
      },
      {
        id: 'profesjonell.saksbehandling',
        text: 'Husk at all saksbehandling skal foregå via kommunens offisielle kommunikasjonsflater.',
      },
    ],
  },
  {
    id: 'saklig',
    heading: 'Vær konsekvent og saklig!',
    points: [
      {
        id: 'saklig.apen-kanal',
        text: 'Husk at sosiale medier er en åpen kommunikasjonskanal. Det du legger ut kan bli lest og/eller videreformidlet av mange til mange, og blir stående "til evig tid".',
      },
      {
        id: 'saklig.ironi',
        text: 'Tilpass formen på svaret etter henvendelsens form og innhold. Saklig? Humoristisk? Formell? Vær forsiktig med ironi og sarkasme på nett.',
      },
      {
        id: 'saklig.etikk',
        text: 'Kommunens etiske retningslinjer gjelder også i forhold til bruk av sosiale medier. Husk at du kan bli holdt rettslig ansvarlig for innholdet. Dette gjelder både i tekst og bilder.',
      },
    ],
  },
  {
    id: 'bevisst',
    heading: 'Vær bevisst!',
    points: [
      {
        id: 'bevisst.taushetsplikt',
        text: 'Ansatte har ytringsfrihet, men taushetsplikten gjelder også i de sosiale mediene. Vær nøye med at personer ikke kan identifiseres. Dette gjelder både i tekst og bilder.',
      },
      {
        id: 'bevisst.kontakt',
        text: 'Vurder meget nøye om du som privatperson skal ha kontakt med elever/brukere/pårørende eller leverandører i sosiale medier. Opptre i så fall som profesjonell i samspillet med eleven, brukeren, den pårørende. Selv om du i utgangspunktet synes det er greit å skille mellom rollene, kan dette over tid føre til situasjoner som kan oppleves problematisk for begge parter.',
      },
      {
        id: 'bevisst.politisk-niva',
        text: 'Vær bevisst på skillet mellom administrativt og politisk nivå. Henvis kun til rådmannens innstilling i saker. Ikke gi dine egne vurderinger av saker som er til politisk behandling.',
      },
      {
        id: 'bevisst.krise',
        text: 'Under krisesituasjoner der rådmannen har satt kriseledelse, skal all kommunikasjon gå via Kommunikasjonsenheten.',
      },
    ],
  },
];

export const pointIds = guideline.flatMap((section) => section.points.map((point) => point.id));

/**
 * Points that no rule can check in a draft: they stay as guidance in the popup. Every other
 * point must be cited by at least one rule (checked by the coverage test).
 */
export const guidanceOnlyPoints: Record<string, string> = {
  'apen.bidra': 'Encourages taking part; nothing in a draft can break it.',
  'apen.omdomme': 'The aim of the whole guideline; the rules below are its concrete parts.',
  'ambassador.rolle': 'Applies to every post; the extension itself is the reminder.',
  'profesjonell.rad': 'Asks staff to consult colleagues and forward criticism; correcting facts is allowed.',
};

export function findPoint(id: string): { section: GuidelineSection; point: GuidelinePoint } | undefined {
  for (const section of guideline) {
    const point = section.points.find((candidate) => candidate.id === id);
    if (point) return { section, point };
  }
  return undefined;
}
