import * as z from 'zod/mini';
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
  boxes: z.number().check(z.int(), z.nonnegative()),
  /** Findings of the box that was focused last, by severity. */
  active: z.nullable(
    z.strictObject({
      lang: langSchema,
      counts: z.strictObject({ critical: z.number(), warning: z.number(), info: z.number() }),
      rules: z.array(z.strictObject({ rule: ruleIdSchema, severity: severitySchema })),
    }),
  ),
});
export type TabStatus = z.infer<typeof tabStatusSchema>;

/**
 * From a content script's warning panel to the background: open the guideline page at a section
 * or point (`bevisst`, `bevisst.krise`). Pages cannot link to extension pages themselves without
 * making them web-accessible, which would let any site detect the extension.
 */
export const openGuidelineRequestSchema = z.strictObject({
  type: z.literal('vaer-varsom:open-guideline'),
  anchor: z.optional(z.string().check(z.regex(/^[a-z-]+(?:\.[a-z-]+)?$/, 'must be a section or point id such as "bevisst.krise"'))),
});
export type OpenGuidelineRequest = z.infer<typeof openGuidelineRequestSchema>;
