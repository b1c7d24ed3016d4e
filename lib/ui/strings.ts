import type { RuleId, Severity } from '../engine/schema';
import type { SiteId, UiLanguage } from '../config/schema';

/** A language the popup, options page and guideline page are written in. */
export type UiLang = Exclude<UiLanguage, 'auto'>;

/**
 * Every string of the extension's own pages, in Bokmål, Nynorsk and English. Kept here rather
 * than in browser.i18n because the person may pick a UI language other than the browser's, and
 * browser.i18n cannot switch at runtime. The manifest strings in locales/*.yml are checked
 * against `appName` and `appDescription` by a test.
 */
export interface UiStrings {
  appName: string;
  appDescription: string;
  severity: Record<Severity, string>;
  ruleNames: Record<RuleId, string>;
  languageNames: Record<UiLanguage, string>;
  siteNames: Record<SiteId, string>;

  // Popup
  configLoading: string;
  introHeading: string;
  introHowItWorks: string;
  introTryIt: string;
  /** A draft in this language that gets one warning: harmless even if someone posts it. */
  introExample: string;
  introDismiss: string;
  statusHeading: string;
  statusPending: string;
  statusUnsupported: string;
  statusSite: (site: string, enabled: boolean) => string;
  statusNoBox: string;
  statusBoxes: (boxes: number) => string;
  statusActiveClean: string;
  statusActiveCounts: string;
  switchesHeading: string;
  siteSwitch: (site: string) => string;
  crisisSwitch: string;
  crisisSwitchHint: string;
  languageLabel: string;
  lockedByPolicy: string;
  policyInvalid: (details: string) => string;
  userSettingsInvalid: (details: string) => string;
  crisisBanner: (unit: string, contact: string) => string;
  openOptions: string;
  openGuideline: string;

  // Guideline
  guidelineHeading: string;
  originalNote: string;
  translationLabel: string;
  warningsForPoint: string;
  pointsWithoutWarnings: string;

  // Options page
  optionsTitle: string;
  optionsIntro: string;
  organisationLegend: string;
  communicationsUnitLegend: string;
  rulesLegend: string;
  fields: {
    organisationName: string;
    website: string;
    officialDomains: string;
    officialEmails: string;
    officialPhoneNumbers: string;
    unitName: string;
    unitPhone: string;
    unitEmail: string;
  };
  onePerLine: string;
  ruleColumn: string;
  ruleOff: string;
  /** Under the rules: which ones only the central policy can switch off or lower. */
  protectedRules: (names: string[]) => string;
  ruleSeverity: string;
  defaultSeverity: (severity: string) => string;
  save: string;
  saved: string;
  notSaved: string;
  resetDefaults: string;
  resetDone: string;
  fieldErrors: {
    required: string;
    tooLong: (max: number) => string;
    tooMany: (max: number) => string;
    url: string;
    domain: string;
    email: string;
    phone: string;
    other: string;
    onLine: (line: number, problem: string) => string;
  };
}

const nb: UiStrings = {
  appName: 'Vær varsom',
  appDescription:
    'Varsler før du publiserer noe på Facebook, X eller Instagram som bryter med kommunens retningslinje for sosiale medier.',
  severity: { critical: 'kritisk', warning: 'advarsel', info: 'påminnelse' },
  ruleNames: {
    'national-id': 'Fødselsnummer',
    'identifiable-person': 'Person som kan kjennes igjen',
    'personal-data': 'Personopplysninger',
    'political-opinion': 'Politisk eller faglig standpunkt',
    'political-process': 'Sak til politisk behandling',
    'case-handling': 'Saksbehandling i sosiale medier',
    'internal-dispute': 'Intern uenighet',
    offensive: 'Krenkende eller anklagende',
    sarcasm: 'Ironi og sarkasme',
    tone: 'Tonen',
    crisis: 'Krise',
    promise: 'Løfter på kommunens vegne',
    'private-contact': 'Privat kontakt',
    media: 'Bilder og video',
  },
  languageNames: { auto: 'Som nettleseren', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  siteNames: { facebook: 'Facebook', x: 'X', instagram: 'Instagram' },

  configLoading: 'Henter innstillingene …',
  introHeading: 'Slik virker Vær varsom',
  introHowItWorks:
    'Skriv et innlegg på Facebook, X eller Instagram som vanlig. Varslene kommer fram ved siden av skrivefeltet mens du skriver, med hvorfor og hva du kan gjøre i stedet. Ingenting sendes fra maskinen din.',
  introTryIt: 'Prøv det – skriv dette i et skrivefelt, uten å publisere:',
  introExample: 'Send meg en melding her, så behandler jeg byggesaken din med en gang.',
  introDismiss: 'Skjønner',
  statusHeading: 'Denne fanen',
  statusPending: 'Ser på denne fanen …',
  statusUnsupported: 'Vær varsom sjekker innlegg på Facebook, X og Instagram. Denne siden er ikke en av dem.',
  statusSite: (site, enabled) => `${site}: sjekken er ${enabled ? 'på' : 'av'}.`,
  statusNoBox: 'Ingen skrivefelt er tatt i bruk ennå.',
  statusBoxes: (boxes) => (boxes === 1 ? '1 skrivefelt følges.' : `${boxes} skrivefelt følges.`),
  statusActiveClean: 'Det aktive skrivefeltet har ingen merknader.',
  statusActiveCounts: 'Merknader i det aktive skrivefeltet:',
  switchesHeading: 'Innstillinger',
  siteSwitch: (site) => `Sjekk innlegg på ${site}`,
  crisisSwitch: 'Krisemodus',
  crisisSwitchHint: 'Alle innlegg stoppes før publisering; kommunikasjonen går via kommunikasjonsenheten.',
  languageLabel: 'Språk',
  lockedByPolicy: 'Låst av IT-avdelingen (sentral policy).',
  policyInvalid: (details) => `Felt i den sentrale policyen er ugyldige og brukes ikke: ${details}. Resten av policyen gjelder.`,
  userSettingsInvalid: (details) => `De lagrede innstillingene dine er ugyldige og brukes ikke: ${details}.`,
  crisisBanner: (unit, contact) =>
    `Krisemodus er på. All kommunikasjon går via ${unit} (${contact}). Alle innlegg på Facebook, X og Instagram stoppes før publisering.`,
  openOptions: 'Organisasjonens innstillinger',
  openGuideline: 'Retningslinjen på egen side',

  guidelineHeading: 'Retningslinjen',
  originalNote: 'Originalteksten på bokmål.',
  translationLabel: 'Oversettelse',
  warningsForPoint: 'Varsler:',
  pointsWithoutWarnings: 'Under hvert punkt står varslene som bygger på det. Punkter uten varsler er veiledning – ingen automatisk sjekk.',

  optionsTitle: 'Vær varsom – innstillinger',
  optionsIntro:
    'Opplysninger om organisasjonen som sjekkene trenger. Offisielle numre og adresser varsles ikke som personopplysninger. Verdier satt av IT-avdelingen er låst.',
  organisationLegend: 'Organisasjonen',
  communicationsUnitLegend: 'Kommunikasjonsenheten (kontakt i krisemodus)',
  rulesLegend: 'Sjekker',
  fields: {
    organisationName: 'Navn',
    website: 'Offisiell nettadresse',
    officialDomains: 'Offisielle domener',
    officialEmails: 'Offisielle e-postadresser',
    officialPhoneNumbers: 'Offisielle telefonnumre',
    unitName: 'Navn',
    unitPhone: 'Telefon',
    unitEmail: 'E-post',
  },
  onePerLine: 'Én per linje.',
  ruleColumn: 'Sjekk',
  ruleOff: 'Slått av',
  protectedRules: (names) => `${names.join(', ')}: taushetsplikt og rettslig ansvar. Bare IT-avdelingen kan slå dem av eller dempe dem.`,
  ruleSeverity: 'Alvorlighetsgrad',
  defaultSeverity: (severity) => `Standard (${severity})`,
  save: 'Lagre',
  saved: 'Lagret.',
  notSaved: 'Ikke lagret: rett feltene som er merket.',
  resetDefaults: 'Tilbakestill til standard',
  resetDone: 'Standardinnstillingene er gjenopprettet.',
  fieldErrors: {
    required: 'Må fylles ut.',
    tooLong: (max) => `Kan være høyst ${max} tegn.`,
    tooMany: (max) => `Høyst ${max} linjer.`,
    url: 'Må være en nettadresse som begynner med https://, for eksempel https://www.frogn.kommune.no.',
    domain: 'Må være et domene, for eksempel frogn.kommune.no.',
    email: 'Må være en e-postadresse, for eksempel postmottak@frogn.kommune.no.',
    phone: 'Må være et telefonnummer, for eksempel 64 90 60 00.',
    other: 'Ugyldig verdi.',
    onLine: (line, problem) => `Linje ${line}: ${problem}`,
  },
};

const nn: UiStrings = {
  appName: 'Vær varsom',
  appDescription:
    'Varslar før du publiserer noko på Facebook, X eller Instagram som bryt med retningslina til kommunen for sosiale medium.',
  severity: { critical: 'kritisk', warning: 'åtvaring', info: 'påminning' },
  ruleNames: {
    'national-id': 'Fødselsnummer',
    'identifiable-person': 'Person som kan kjennast att',
    'personal-data': 'Personopplysningar',
    'political-opinion': 'Politisk eller fagleg standpunkt',
    'political-process': 'Sak til politisk handsaming',
    'case-handling': 'Sakshandsaming i sosiale medium',
    'internal-dispute': 'Intern usemje',
    offensive: 'Krenkjande eller skuldande',
    sarcasm: 'Ironi og sarkasme',
    tone: 'Tonen',
    crisis: 'Krise',
    promise: 'Lovnader på vegner av kommunen',
    'private-contact': 'Privat kontakt',
    media: 'Bilete og video',
  },
  languageNames: { auto: 'Som nettlesaren', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  siteNames: { facebook: 'Facebook', x: 'X', instagram: 'Instagram' },

  configLoading: 'Hentar innstillingane …',
  introHeading: 'Slik verkar Vær varsom',
  introHowItWorks:
    'Skriv eit innlegg på Facebook, X eller Instagram som vanleg. Varsla kjem fram ved sida av skrivefeltet medan du skriv, med kvifor og kva du kan gjere i staden. Ingenting blir sendt frå maskina di.',
  introTryIt: 'Prøv det – skriv dette i eit skrivefelt, utan å publisere:',
  introExample: 'Send meg ei melding her, så ser eg på byggesaka di med ein gong.',
  introDismiss: 'Skjønar',
  statusHeading: 'Denne fana',
  statusPending: 'Ser på denne fana …',
  statusUnsupported: 'Vær varsom sjekkar innlegg på Facebook, X og Instagram. Denne sida er ikkje ei av dei.',
  statusSite: (site, enabled) => `${site}: sjekken er ${enabled ? 'på' : 'av'}.`,
  statusNoBox: 'Ingen skrivefelt er tekne i bruk enno.',
  statusBoxes: (boxes) => (boxes === 1 ? '1 skrivefelt blir følgt.' : `${boxes} skrivefelt blir følgde.`),
  statusActiveClean: 'Det aktive skrivefeltet har ingen merknader.',
  statusActiveCounts: 'Merknader i det aktive skrivefeltet:',
  switchesHeading: 'Innstillingar',
  siteSwitch: (site) => `Sjekk innlegg på ${site}`,
  crisisSwitch: 'Krisemodus',
  crisisSwitchHint: 'Alle innlegg blir stoppa før publisering; kommunikasjonen går via kommunikasjonseininga.',
  languageLabel: 'Språk',
  lockedByPolicy: 'Låst av IT-avdelinga (sentral policy).',
  policyInvalid: (details) => `Felt i den sentrale policyen er ugyldige og blir ikkje brukte: ${details}. Resten av policyen gjeld.`,
  userSettingsInvalid: (details) => `Dei lagra innstillingane dine er ugyldige og blir ikkje brukte: ${details}.`,
  crisisBanner: (unit, contact) =>
    `Krisemodus er på. All kommunikasjon går via ${unit} (${contact}). Alle innlegg på Facebook, X og Instagram blir stoppa før publisering.`,
  openOptions: 'Innstillingane til organisasjonen',
  openGuideline: 'Retningslina på eiga side',

  guidelineHeading: 'Retningslina',
  originalNote: 'Originalteksten på bokmål.',
  translationLabel: 'Omsetjing',
  warningsForPoint: 'Varsel:',
  pointsWithoutWarnings: 'Under kvart punkt står varsla som byggjer på det. Punkt utan varsel er rettleiing – ingen automatisk sjekk.',

  optionsTitle: 'Vær varsom – innstillingar',
  optionsIntro:
    'Opplysningar om organisasjonen som sjekkane treng. Offisielle nummer og adresser blir ikkje varsla som personopplysningar. Verdiar sette av IT-avdelinga er låste.',
  organisationLegend: 'Organisasjonen',
  communicationsUnitLegend: 'Kommunikasjonseininga (kontakt i krisemodus)',
  rulesLegend: 'Sjekkar',
  fields: {
    organisationName: 'Namn',
    website: 'Offisiell nettadresse',
    officialDomains: 'Offisielle domene',
    officialEmails: 'Offisielle e-postadresser',
    officialPhoneNumbers: 'Offisielle telefonnummer',
    unitName: 'Namn',
    unitPhone: 'Telefon',
    unitEmail: 'E-post',
  },
  onePerLine: 'Éin per linje.',
  ruleColumn: 'Sjekk',
  ruleOff: 'Slått av',
  protectedRules: (names) => `${names.join(', ')}: teieplikt og rettsleg ansvar. Berre IT-avdelinga kan slå dei av eller dempe dei.`,
  ruleSeverity: 'Alvorsgrad',
  defaultSeverity: (severity) => `Standard (${severity})`,
  save: 'Lagre',
  saved: 'Lagra.',
  notSaved: 'Ikkje lagra: rett felta som er merkte.',
  resetDefaults: 'Tilbakestill til standard',
  resetDone: 'Standardinnstillingane er sette tilbake.',
  fieldErrors: {
    required: 'Må fyllast ut.',
    tooLong: (max) => `Kan vere høgst ${max} teikn.`,
    tooMany: (max) => `Høgst ${max} linjer.`,
    url: 'Må vere ei nettadresse som byrjar med https://, til dømes https://www.frogn.kommune.no.',
    domain: 'Må vere eit domene, til dømes frogn.kommune.no.',
    email: 'Må vere ei e-postadresse, til dømes postmottak@frogn.kommune.no.',
    phone: 'Må vere eit telefonnummer, til dømes 64 90 60 00.',
    other: 'Ugyldig verdi.',
    onLine: (line, problem) => `Linje ${line}: ${problem}`,
  },
};

const en: UiStrings = {
  appName: 'Vær varsom',
  appDescription:
    "Warns before you post something on Facebook, X or Instagram that breaks the municipality's social-media guideline.",
  severity: { critical: 'critical', warning: 'warning', info: 'reminder' },
  ruleNames: {
    'national-id': 'National identity number',
    'identifiable-person': 'Identifiable person',
    'personal-data': 'Personal contact details',
    'political-opinion': 'Political or professional opinion',
    'political-process': 'Case up for political decision',
    'case-handling': 'Case handling on social media',
    'internal-dispute': 'Internal dispute',
    offensive: 'Offensive or accusing',
    sarcasm: 'Irony and sarcasm',
    tone: 'Tone',
    crisis: 'Crisis',
    promise: "Promises on the organisation's behalf",
    'private-contact': 'Private contact',
    media: 'Images and video',
  },
  languageNames: { auto: 'Same as the browser', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  siteNames: { facebook: 'Facebook', x: 'X', instagram: 'Instagram' },

  configLoading: 'Loading the settings …',
  introHeading: 'How Vær varsom works',
  introHowItWorks:
    'Write a post on Facebook, X or Instagram as usual. Warnings appear beside the compose box as you type, with why and what to do instead. Nothing leaves your computer.',
  introTryIt: 'Try it – type this in a compose box, without posting:',
  introExample: 'Send me a message here and I will handle your building application right away.',
  introDismiss: 'Got it',
  statusHeading: 'This tab',
  statusPending: 'Looking at this tab …',
  statusUnsupported: 'Vær varsom checks posts on Facebook, X and Instagram. This page is not one of them.',
  statusSite: (site, enabled) => `${site}: checking is ${enabled ? 'on' : 'off'}.`,
  statusNoBox: 'No compose box has been used yet.',
  statusBoxes: (boxes) => (boxes === 1 ? '1 compose box is watched.' : `${boxes} compose boxes are watched.`),
  statusActiveClean: 'The active compose box has no findings.',
  statusActiveCounts: 'Findings in the active compose box:',
  switchesHeading: 'Settings',
  siteSwitch: (site) => `Check posts on ${site}`,
  crisisSwitch: 'Crisis mode',
  crisisSwitchHint: 'Every post is stopped before publishing; communication goes through the communications unit.',
  languageLabel: 'Language',
  lockedByPolicy: 'Locked by the IT department (central policy).',
  policyInvalid: (details) => `Fields of the central policy are invalid and not used: ${details}. The rest of the policy applies.`,
  userSettingsInvalid: (details) => `Your stored settings are invalid and are not used: ${details}.`,
  crisisBanner: (unit, contact) =>
    `Crisis mode is on. All communication goes through ${unit} (${contact}). Every post on Facebook, X and Instagram is stopped before publishing.`,
  openOptions: "The organisation's settings",
  openGuideline: 'The guideline on its own page',

  guidelineHeading: 'The guideline',
  originalNote: 'The original text in Norwegian Bokmål.',
  translationLabel: 'Translation',
  warningsForPoint: 'Warnings:',
  pointsWithoutWarnings: 'Under each point are the warnings based on it. Points without warnings are guidance – not checked automatically.',

  optionsTitle: 'Vær varsom – settings',
  optionsIntro:
    "Facts about the organisation that the checks need. Official numbers and addresses are not flagged as personal data. Values set by the IT department are locked.",
  organisationLegend: 'The organisation',
  communicationsUnitLegend: 'The communications unit (contact in crisis mode)',
  rulesLegend: 'Checks',
  fields: {
    organisationName: 'Name',
    website: 'Official web address',
    officialDomains: 'Official domains',
    officialEmails: 'Official e-mail addresses',
    officialPhoneNumbers: 'Official phone numbers',
    unitName: 'Name',
    unitPhone: 'Phone',
    unitEmail: 'E-mail',
  },
  onePerLine: 'One per line.',
  ruleColumn: 'Check',
  ruleOff: 'Switched off',
  protectedRules: (names) => `${names.join(', ')}: confidentiality and legal liability. Only the IT department can switch them off or lower them.`,
  ruleSeverity: 'Severity',
  defaultSeverity: (severity) => `Default (${severity})`,
  save: 'Save',
  saved: 'Saved.',
  notSaved: 'Not saved: correct the marked fields.',
  resetDefaults: 'Restore the defaults',
  resetDone: 'The default settings are restored.',
  fieldErrors: {
    required: 'Must be filled in.',
    tooLong: (max) => `At most ${max} characters.`,
    tooMany: (max) => `At most ${max} lines.`,
    url: 'Must be a web address starting with https://, such as https://www.frogn.kommune.no.',
    domain: 'Must be a domain such as frogn.kommune.no.',
    email: 'Must be an e-mail address such as postmottak@frogn.kommune.no.',
    phone: 'Must be a phone number such as 64 90 60 00.',
    other: 'Invalid value.',
    onLine: (line, problem) => `Line ${line}: ${problem}`,
  },
};

export const uiStrings: Record<UiLang, UiStrings> = { nb, nn, en };
