import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as z from 'zod/mini';
import { batchIdSchema, corpusDraftSchema, type CorpusDraft } from './schema';

export const batchesDir = new URL('./batches/', import.meta.url).pathname;

export interface LoadProblem {
  file: string;
  line: number;
  error: string;
}

/** Reads one batch file; every line that is not a valid draft becomes a problem naming its line. */
export function loadBatchFile(file: string): { drafts: CorpusDraft[]; problems: LoadProblem[] } {
  const drafts: CorpusDraft[] = [];
  const problems: LoadProblem[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        problems.push({ file, line: index + 1, error: `not JSON: ${(error as Error).message}` });
        return;
      }
      const parsed = corpusDraftSchema.safeParse(value);
      if (parsed.success) drafts.push(parsed.data);
      else
        problems.push({
          file,
          line: index + 1,
          error: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(draft)'}: ${issue.message}`).join('; '),
        });
    });
  return { drafts, problems };
}

export function batchFiles(dir = batchesDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(dir, name));
}

/** Every draft of every batch, in file order; throws on the first malformed line. */
export function loadCorpus(dir = batchesDir): CorpusDraft[] {
  return batchFiles(dir).flatMap((file) => {
    const { drafts, problems } = loadBatchFile(file);
    if (problems.length) throw new Error(`${problems[0]!.file}:${problems[0]!.line}: ${problems[0]!.error}`);
    return drafts;
  });
}

const splitsFile = new URL('./splits.json', import.meta.url);

/**
 * sha256 over every batch file's name and bytes, in name order, and the splits: what the model was
 * trained on (moving a batch out of the test split changes the model as much as a new batch).
 */
export function corpusHash(dir = batchesDir): string {
  const hash = createHash('sha256');
  for (const file of batchFiles(dir)) hash.update(`${basename(file)}\n`).update(readFileSync(file));
  return hash.update('splits.json\n').update(readFileSync(splitsFile)).digest('hex');
}

const splitsSchema = z.object({
  /** Whole batches kept for the final test: never trained on, their misses never read (corpus/README.md tells how each was seen). */
  test: z.array(batchIdSchema),
  /**
   * Batches written to the general targets, an everyday mix like the drafts staff write: training reports the
   * share of their benign drafts flagged (the benign budget counts every benign draft).
   */
  everyday: z.array(batchIdSchema),
});

export function loadSplits(): z.infer<typeof splitsSchema> {
  return splitsSchema.parse(JSON.parse(readFileSync(splitsFile, 'utf8')));
}
