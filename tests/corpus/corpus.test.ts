import { describe, expect, it } from 'vitest';
import modelFile from '../../lib/model/model.json' with { type: 'json' };
import { batchTargets, consistencyProblems, summarize, targetsFor } from '../../corpus/check';
import { batchFiles, corpusHash, loadBatchFile, loadCorpus, loadSplits } from '../../corpus/load';
import { nearDuplicates } from '../../corpus/near-duplicates';
import { batchIdSchema, byBatchNumber, judgedRules, type CorpusDraft } from '../../corpus/schema';

const corpus = loadCorpus();
const summary = summarize(corpus);

describe('the training corpus', () => {
  // The corpus-wide checks: at 203,000 drafts the near-copy search takes 16–19 s on a quiet 2-core machine and 34 s on a
  // busy one (it timed out at 30 s there, December 2026); at 362,000 it took 79 s beside helpers and timed out at 120 s
  // beside two trainings. The corpus grows by about 9,000 drafts a round.
  const corpusWide = 300_000;

  // Reading all 355,000 drafts took 5.4 s on a busy 2-core machine, past the default 5 s (December 2026).
  it('parses: every line of every batch is a valid draft', () => {
    for (const file of batchFiles()) expect(loadBatchFile(file).problems, file).toEqual([]);
  }, corpusWide);

  it('reads a fødselsnummer on the line under a phone number, and one wrapped over two lines', () => {
    const draft = (text: string): CorpusDraft => ({ id: 'b01-999', batch: 'b01', lang: 'nb', text, expect: ['national-id'], writer: 'test', channel: 'post', style: 'plain', kind: 'explicit' });
    expect(consistencyProblems(draft('Mobil 922 15 307\n15038723070'))).toEqual([]);
    expect(consistencyProblems(draft('Nummeret er 150387\n23070'))).toEqual([]);
  });

  it('checks a batch against the profile its writer was given, and names an unknown profile', () => {
    expect(targetsFor(undefined)).toBe(batchTargets);
    expect(targetsFor('breach-rich')).toMatchObject({ benign: 150, nearMiss: 60, officialBenign: 40, perJudgedRule: 19 });
    expect(targetsFor('benign-rich')).toMatchObject({ benign: 220, nearMiss: 100, perJudgedRule: 12, implicitPerJudgedRule: 6 });
    expect(() => targetsFor('breach')).toThrow(/--profile: unknown profile «breach»/);
  });

  it('is consistent: kind, media and national-id agree with the labels, ids are unique', () => {
    expect(corpus.flatMap((draft) => consistencyProblems(draft).map((problem) => `${draft.id}: ${problem}`))).toEqual([]);
    expect(new Set(corpus.map((draft) => draft.id)).size).toBe(corpus.length);
  }, corpusWide);

  it('is written, not templated: no two drafts of a batch share half their 5-word sequences', () => {
    const batches = [...new Set(corpus.map((draft) => draft.batch))];
    for (const batch of batches) expect(nearDuplicates(corpus.filter((draft) => draft.batch === batch)), batch).toEqual([]);
  }, corpusWide);

  it('has no near-copies across batches (a test batch must not repeat a training draft)', () => {
    expect(nearDuplicates(corpus, 0.8, 6)).toEqual([]);
  }, corpusWide);

  it('has the size and make-up the learned layer needs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(corpus.map((draft) => draft.batch)).size).toBeGreaterThanOrEqual(12);
    for (const rule of judgedRules) {
      expect(summary.rules[rule]!.all, rule).toBeGreaterThanOrEqual(250);
      expect(summary.rules[rule]!.implicit * 2, `${rule}: at least half implicit`).toBeGreaterThanOrEqual(summary.rules[rule]!.all);
    }
    expect(summary.benign).toBeGreaterThanOrEqual(2000);
    expect(summary.nearMiss).toBeGreaterThanOrEqual(700);
    expect(summary.officialBenign).toBeGreaterThanOrEqual(500);
    expect(summary.informal / corpus.length).toBeGreaterThanOrEqual(0.2);
    const share = (count: number) => count / corpus.length;
    expect(share(summary.langs.nb)).toBeGreaterThan(0.4);
    expect(share(summary.langs.nn)).toBeGreaterThan(0.2);
    expect(share(summary.langs.en)).toBeGreaterThan(0.2);
  });

  it('keeps whole batches for the test split', () => {
    const { test } = loadSplits();
    const batches = new Set(corpus.map((draft) => draft.batch));
    expect(test.length).toBeGreaterThanOrEqual(3);
    for (const batch of test) expect(batches.has(batch), batch).toBe(true);
  });

  it('numbers batches past b99 and keeps them in the order they were written', () => {
    expect(batchIdSchema.safeParse('b100').success).toBe(true);
    expect(batchIdSchema.safeParse('b7').success).toBe(false);
    expect(['b100', 'b10', 'b99', 'b09'].sort(byBatchNumber)).toEqual(['b09', 'b10', 'b99', 'b100']);
  });

  it('is the corpus the shipped model was trained on (run `npm run train` after changing it)', () => {
    expect(modelFile.corpusHash).toBe(corpusHash());
  });
});
