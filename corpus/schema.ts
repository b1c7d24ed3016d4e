import * as z from 'zod/mini';
import { ruleIdSchema, ruleIds } from '../lib/engine/schema';

/** b01 … b99, then b100 … b999, then b1000 …: batches are numbered in the order they were written. */
export const batchIdSchema = z.string().check(z.regex(/^b\d{2,4}$/));

/** Batch ids in the order they were written (b99 before b100). */
export const byBatchNumber = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));

/**
 * One draft of our own training corpus: the dev corpus' fields (`id`, `lang`, `text`, `expect`,
 * `media`, `note`) plus who wrote it, where, in what style, and whether a breach is said outright
 * or only implied. `batch` decides the split: whole batches go to train, validation or test.
 */
export const corpusDraftSchema = z.object({
  id: z.string().check(z.regex(/^b\d{2,4}-\d{3,4}$/)),
  batch: batchIdSchema,
  lang: z.enum(['nb', 'nn', 'en']),
  text: z.string().check(z.minLength(1), z.maxLength(4000)),
  expect: z.array(ruleIdSchema),
  media: z.optional(z.boolean()),
  writer: z.string().check(z.minLength(2), z.maxLength(60)),
  channel: z.enum(['post', 'comment', 'reply', 'caption', 'dm', 'group']),
  style: z.enum(['informal', 'plain', 'official']),
  /** explicit/implicit for drafts that breach; near-miss/ordinary for benign ones. */
  kind: z.enum(['explicit', 'implicit', 'near-miss', 'ordinary']),
  note: z.optional(z.string().check(z.maxLength(300))),
});
export type CorpusDraft = z.infer<typeof corpusDraftSchema>;

/**
 * The rules that need judgement: every rule but the structural ones (`national-id`, `media`) and
 * `tone`, which is form (capitals, piles of !!!). The learned layer scores exactly these.
 */
export const judgedRules = ruleIds.filter((id) => id !== 'national-id' && id !== 'media' && id !== 'tone');
