import { z } from 'zod';
import { langSchema, ruleIdSchema, severitySchema } from '../engine/schema';
import { siteIdSchema } from './schema';

/** Messages between the popup and the content scripts, validated on both ends. */
export const statusRequestSchema = z.strictObject({ type: z.literal('vaer-varsom:status') });
export type StatusRequest = z.infer<typeof statusRequestSchema>;

export const tabStatusSchema = z.strictObject({
  site: siteIdSchema,
  /** The extension is switched on for this site. */
  enabled: z.boolean(),
  /** Compose boxes being watched on the page. */
  boxes: z.number().int().nonnegative(),
  /** Findings of the box that was focused last, by severity. */
  active: z
    .strictObject({
      lang: langSchema,
      counts: z.strictObject({ critical: z.number(), warning: z.number(), info: z.number() }),
      rules: z.array(z.strictObject({ rule: ruleIdSchema, severity: severitySchema })),
    })
    .nullable(),
});
export type TabStatus = z.infer<typeof tabStatusSchema>;
