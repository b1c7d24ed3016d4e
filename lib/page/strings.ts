import { resolveUiLanguage, type UiLanguage } from '../config/schema';
import { messageLang } from '../engine/messages';
import type { Lang, Severity } from '../engine/schema';

/** The in-page UI strings (panel, dialog, live region). Rule messages come from the engine instead. */
export interface PageStrings {
  /** The product's name, the same in every language (as in the manifest). */
  name: string;
  severity: Record<Severity, string>;
  /** Live-region summary of the findings, e.g. "Vær varsom: 1 kritisk, 2 advarsler" (or "ingen funn"). */
  summary(counts: Record<Severity, number>): string;
  guidelineLink(heading: string): string;
  /** Labels of a finding's two parts: what is wrong, and what to do instead. */
  why: string;
  instead: string;
  ignore: string;
  /** The findings of a rule beyond those listed: "+12 flere". */
  more(count: number): string;
  dialogTitle: string;
  dialogDescription: string;
  edit: string;
  postAnyway: string;
}

type Counts = Record<Severity, number>;

function summarise(name: string, clear: string, parts: (counts: Counts) => (string | false)[]) {
  return (counts: Counts) => {
    const listed = parts(counts).filter((part): part is string => Boolean(part));
    return listed.length ? `${name}: ${listed.join(', ')}` : clear;
  };
}

const nb: PageStrings = {
  name: 'Vær varsom',
  severity: { critical: 'Kritisk', warning: 'Advarsel', info: 'Til ettertanke' },
  summary: summarise('Vær varsom', 'Vær varsom: ingen funn', (c) => [
    c.critical > 0 && `${c.critical} kritisk${c.critical > 1 ? 'e' : ''}`,
    c.warning > 0 && `${c.warning} ${c.warning > 1 ? 'advarsler' : 'advarsel'}`,
    c.info > 0 && `${c.info} til ettertanke`,
  ]),
  guidelineLink: (heading) => `Retningslinjen: ${heading}`,
  why: 'Hvorfor',
  instead: 'Gjør heller',
  ignore: 'Ignorer for dette utkastet',
  more: (count) => `+${count} flere`,
  dialogTitle: 'Vil du virkelig publisere dette?',
  dialogDescription: 'Utkastet bryter med retningslinjen for sosiale medier:',
  edit: 'Rediger',
  postAnyway: 'Publiser likevel',
};

const nn: PageStrings = {
  name: 'Vær varsom',
  severity: { critical: 'Kritisk', warning: 'Åtvaring', info: 'Til ettertanke' },
  summary: summarise('Vær varsom', 'Vær varsom: ingen funn', (c) => [
    c.critical > 0 && `${c.critical} kritisk${c.critical > 1 ? 'e' : ''}`,
    c.warning > 0 && `${c.warning} ${c.warning > 1 ? 'åtvaringar' : 'åtvaring'}`,
    c.info > 0 && `${c.info} til ettertanke`,
  ]),
  guidelineLink: (heading) => `Retningslinja: ${heading}`,
  why: 'Kvifor',
  instead: 'Gjer heller',
  ignore: 'Ignorer for dette utkastet',
  more: (count) => `+${count} fleire`,
  dialogTitle: 'Vil du verkeleg publisere dette?',
  dialogDescription: 'Utkastet bryt med retningslinja for sosiale medium:',
  edit: 'Rediger',
  postAnyway: 'Publiser likevel',
};

const en: PageStrings = {
  name: 'Vær varsom',
  severity: { critical: 'Critical', warning: 'Warning', info: 'Worth a thought' },
  summary: summarise('Vær varsom', 'Vær varsom: nothing found', (c) => [
    c.critical > 0 && `${c.critical} critical`,
    c.warning > 0 && `${c.warning} warning${c.warning > 1 ? 's' : ''}`,
    c.info > 0 && `${c.info} worth a thought`,
  ]),
  guidelineLink: (heading) => `Guideline: ${heading}`,
  why: 'Why',
  instead: 'Do instead',
  ignore: 'Ignore for this draft',
  more: (count) => `+${count} more`,
  dialogTitle: 'Do you really want to post this?',
  dialogDescription: 'The draft breaks the social-media guideline:',
  edit: 'Edit',
  postAnyway: 'Post anyway',
};

const byLanguage = { nb, nn, en } as const;

/** The strings for the person's UI-language preference, falling back on the browser's language. */
export function pageStrings(preference: UiLanguage, browserLanguage = globalThis.navigator?.language): PageStrings {
  return byLanguage[resolveUiLanguage(preference, browserLanguage)];
}

/** The strings in the language the engine wrote a draft's messages in, so that labels and messages agree. */
export function messageStrings(lang: Lang): PageStrings {
  return byLanguage[messageLang(lang)];
}
