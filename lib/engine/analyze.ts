import * as z from 'zod/mini';
import { rules } from '../../rules';
import { detectLanguage } from './language';
import { normalizeText } from './normalize';
import { renderMessages } from './messages';
import { createContext, shippedEvidence, type EvidenceFactory, type LocalizedMessages, type RuleMessages } from './rule';
import { langSchema, severityRank, type Finding, type Lang } from './schema';
import { frognDefaults, mergeSettings, organisationSettingsSchema, SettingsError } from './settings';

export const analyzeOptionsSchema = z.strictObject({
  /** Complete organisation settings; Frogn's defaults when left out. */
  settings: z.optional(organisationSettingsSchema),
  /** An image or video is attached. */
  media: z.optional(z.boolean()),
  /** Crisis mode, on top of `settings.crisisMode`. */
  crisisMode: z.optional(z.boolean()),
  /** Skip language detection (the caller knows the language). */
  lang: z.optional(langSchema),
  /** Weigh the learned layer's scores (default); false runs the word lists alone, for comparison. */
  learned: z.optional(z.boolean()),
});
export type AnalyzeOptions = z.input<typeof analyzeOptionsSchema>;

export interface Analysis {
  lang: Lang;
  findings: Finding[];
}

/**
 * Runs every enabled rule on a draft. Pure: no browser API, no I/O; the same code runs in the
 * content script, the tests and the command-line analyzer. Throws SettingsError (naming the
 * field) for invalid options; never throws for any text.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(text, options);
}

/**
 * `analyzeDraft` with the learned layer given: training calibrates thresholds by running the rules
 * with evidence of its own (out-of-fold models, thresholds that let everything through).
 */
export function analyzeWith(text: string, options: AnalyzeOptions, evidenceFor?: EvidenceFactory): Analysis {
  const parsed = analyzeOptionsSchema.safeParse(options);
  if (!parsed.success) throw new SettingsError('analyze options', parsed.error.issues);
  const { media = false, crisisMode = false } = parsed.data;
  const settings = mergeSettings(parsed.data.settings ?? frognDefaults, crisisMode ? { crisisMode } : undefined);
  const draft = typeof text === 'string' ? text : '';
  // Rules read the canonical text; findings point into the draft as written.
  const normalized = normalizeText(draft);
  const lang = parsed.data.lang ?? detectLanguage(normalized.text);
  const context = createContext(normalized.text, lang, settings, media, parsed.data.learned === false ? null : (evidenceFor ?? shippedEvidence));

  const findings: Finding[] = [];
  // A long paste has hundreds of findings of a few rules: each rule's messages are filled in once.
  const rendered = new Map<LocalizedMessages, RuleMessages>();
  const render = (messages: LocalizedMessages) => {
    let filled = rendered.get(messages);
    if (!filled) rendered.set(messages, (filled = renderMessages(messages, lang, settings)));
    return filled;
  };
  for (const rule of rules) {
    if (settings.disabledRules.includes(rule.id)) continue;
    for (const detection of rule.detect(context)) {
      const limit = normalized.text.length;
      const clamped = Math.max(0, Math.min(detection.start, limit));
      const { start, end } = normalized.toOriginal({ start: clamped, end: Math.max(clamped, Math.min(detection.end, limit)) });
      const messages = (detection.variant && rule.variants?.[detection.variant]) || rule.messages;
      findings.push({
        rule: rule.id,
        severity: settings.severityOverrides[rule.id] ?? detection.severity ?? rule.severity,
        start,
        end,
        ...(detection.emphasis && { emphasis: detection.emphasis.map((span) => normalized.toOriginal(span)) }),
        ...render(messages),
        section: rule.section,
        quote: rule.quote,
      });
    }
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.start - b.start);
  return { lang, findings };
}

export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  return analyzeDraft(text, options).findings;
}
