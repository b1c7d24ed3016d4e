import { findPoint } from '../lib/guideline';
import type { Analysis } from '../lib/engine';
import { messageLang } from '../lib/engine/messages';

const labels = {
  nb: { none: 'Ingen funn. Teksten ser grei ut.', why: 'Hvorfor', what: 'Gjør heller', found: 'Funn' },
  nn: { none: 'Ingen funn. Teksten ser grei ut.', why: 'Kvifor', what: 'Gjer heller', found: 'Funn' },
  en: { none: 'No findings. The text looks fine.', why: 'Why', what: 'Instead', found: 'Findings' },
} as const;

const marks = { critical: '✖ KRITISK', warning: '▲ ADVARSEL', info: '● INFO' } as const;
const marksEn = { critical: '✖ CRITICAL', warning: '▲ WARNING', info: '● INFO' } as const;

/** The human-readable report of the command-line analyzer, in the draft's language. */
export function formatReport(text: string, { lang, findings }: Analysis): string {
  const ui = messageLang(lang);
  const label = labels[ui];
  const lines = [`Språk/language: ${lang}`];
  if (findings.length === 0) return `${lines[0]}\n${label.none}\n`;
  lines.push(`${label.found}: ${findings.length}`, '');
  for (const finding of findings) {
    const mark = (ui === 'en' ? marksEn : marks)[finding.severity];
    const excerpt = finding.end > finding.start ? ` «${text.slice(finding.start, finding.end)}»` : '';
    const heading = findPoint(finding.section)?.section.heading ?? finding.section;
    lines.push(
      `${mark} [${finding.rule}]${excerpt} (${finding.start}–${finding.end})`,
      `  ${finding.message}`,
      `  ${label.why}: «${finding.quote}» (${heading})`,
      `  ${label.what}: ${finding.suggestion}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
