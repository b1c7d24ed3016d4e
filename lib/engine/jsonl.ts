import * as z from 'zod/mini';
import { analyzeDraft } from './analyze';

/** One line of `--jsonl` input (CONTRACT.md §1); other fields are ignored. */
export const draftLineSchema = z.object({
  id: z.optional(z.unknown()),
  text: z.string({ error: 'field "text" must be a string' }),
  media: z.optional(z.boolean({ error: 'field "media" must be true or false' })),
  crisisMode: z.optional(z.boolean({ error: 'field "crisisMode" must be true or false' })),
});

export type LineResult =
  | { ok: true; output: { id: unknown; lang: string; findings: { rule: string; severity: string; start: number; end: number; message: string }[] } }
  | { ok: false; output: { id: unknown; line: number; error: string } };

/** Analyses one input line; a bad line becomes an error record, never an exception. */
export function analyzeJsonLine(line: string, lineNumber: number): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, output: { id: null, line: lineNumber, error: `invalid JSON: ${(error as Error).message}` } };
  }
  const id = typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id ?? null : null;
  const parsed = draftLineSchema.safeParse(value);
  if (!parsed.success) {
    const error = parsed.error.issues.map((issue) => issue.message).join('; ');
    return { ok: false, output: { id, line: lineNumber, error } };
  }
  const { lang, findings } = analyzeDraft(parsed.data.text, {
    media: parsed.data.media,
    crisisMode: parsed.data.crisisMode,
  });
  return {
    ok: true,
    output: {
      id,
      lang,
      findings: findings.map(({ rule, severity, start, end, message }) => ({ rule, severity, start, end, message })),
    },
  };
}
