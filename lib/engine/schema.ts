import { en } from 'zod/locales';
import * as z from 'zod/mini';

// zod/mini loads no locale (every message would read "Invalid input"); the English one names
// what was expected. Every schema module imports this one, so the locale is set before any parse.
z.config(en());

/** Rule ids from RULES.md, in its order. A public interface: never rename one. */
export const ruleIds = [
  'national-id',
  'identifiable-person',
  'personal-data',
  'political-opinion',
  'political-process',
  'case-handling',
  'internal-dispute',
  'offensive',
  'sarcasm',
  'tone',
  'crisis',
  'promise',
  'private-contact',
  'media',
] as const;
export const ruleIdSchema = z.enum(ruleIds);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const severities = ['info', 'warning', 'critical'] as const;
export const severitySchema = z.enum(severities);
export type Severity = z.infer<typeof severitySchema>;

export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}

/** The languages a draft is told apart in; `und` when there is nothing to go on. */
export const langSchema = z.enum(['nb', 'nn', 'en', 'und']);
export type Lang = z.infer<typeof langSchema>;
/** Languages that messages exist in (`und` drafts get Bokmål). */
export const messageLangs = ['nb', 'nn', 'en'] as const;
export type MessageLang = (typeof messageLangs)[number];

export const findingSchema = z.object({
  rule: ruleIdSchema,
  severity: severitySchema,
  /** UTF-16 offsets into the text, as String.prototype.slice takes them. */
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  /** The words inside [start, end) that weigh most for a learned finding; highlighted instead of the span. */
  emphasis: z.optional(z.array(z.object({ start: z.number(), end: z.number() }))),
  /** What is wrong, in the draft's language. */
  message: z.string(),
  /** What to do instead. */
  suggestion: z.string(),
  /** Guideline point id, e.g. `bevisst.taushetsplikt`. */
  section: z.string(),
  /** The guideline sentence the finding rests on, verbatim. */
  quote: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;
