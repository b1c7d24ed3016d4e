/**
 * Scores the engine on labelled drafts, the word lists alone beside the engine with the model:
 *   npm run eval                                  the corpus' test split and tests/corpus/holdout.jsonl
 *   npm run eval -- <labelled.jsonl> … [--misses] other files (e.g. ../shared/corpus/dev.jsonl)
 * Per rule precision, recall and F1 (a rule counts once per draft), macro F1, the share of benign
 * drafts with a warning or critical finding, and language accuracy. --misses lists the engine's
 * errors – never on the test split, or it is a test split no more.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { loadCorpus, loadSplits } from '../corpus/load';
import { analyzeDraft, ruleIds, severityRank, type RuleId } from '../lib/engine';

const labelledDraftSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['nb', 'nn', 'en']).optional(),
  expect: z.array(z.enum(ruleIds)),
  media: z.boolean().optional(),
  crisisMode: z.boolean().optional(),
});
type LabelledDraft = z.infer<typeof labelledDraftSchema>;

function readLabelled(path: string): LabelledDraft[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = labelledDraftSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path} line ${index + 1}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Result {
  counts: Map<RuleId, Counts>;
  benign: number;
  benignFlagged: number;
  langTotal: number;
  langCorrect: number;
  misses: string[];
}

function score(drafts: readonly LabelledDraft[], learned: boolean): Result {
  const counts = new Map<RuleId, Counts>(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const result: Result = { counts, benign: 0, benignFlagged: 0, langTotal: 0, langCorrect: 0, misses: [] };
  for (const draft of drafts) {
    const { lang, findings } = analyzeDraft(draft.text, { media: draft.media, crisisMode: draft.crisisMode, learned });
    const found = new Set(findings.map((finding) => finding.rule));
    const expected = new Set(draft.expect);
    for (const id of ruleIds) {
      const count = counts.get(id)!;
      if (found.has(id) && expected.has(id)) count.tp++;
      else if (found.has(id)) count.fp++, result.misses.push(`FP ${id.padEnd(19)} ${draft.id} ${draft.text.slice(0, 140)}`);
      else if (expected.has(id)) count.fn++, result.misses.push(`FN ${id.padEnd(19)} ${draft.id} ${draft.text.slice(0, 140)}`);
    }
    if (expected.size === 0) {
      result.benign++;
      if (findings.some((finding) => severityRank(finding.severity) >= severityRank('warning'))) {
        result.benignFlagged++;
        result.misses.push(`BENIGN-FLAGGED ${draft.id} ${[...found].join(',')} ${draft.text.slice(0, 120)}`);
      }
    }
    if (draft.lang) {
      result.langTotal++;
      if (lang === draft.lang) result.langCorrect++;
      else result.misses.push(`LANG ${draft.lang}→${lang} ${draft.id} ${draft.text.slice(0, 100)}`);
    }
  }
  return result;
}

const rate = ({ tp, fp, fn }: Counts) => ({
  precision: tp + fp ? tp / (tp + fp) : NaN,
  recall: tp + fn ? tp / (tp + fn) : NaN,
  f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : NaN,
});
const pct = (value: number) => (Number.isNaN(value) ? '    –' : (value * 100).toFixed(1).padStart(5));
const share = (part: number, whole: number) => `${part}/${whole} (${pct(part / whole).trim()} %)`;

function report(title: string, drafts: readonly LabelledDraft[], showMisses: boolean): void {
  const words = score(drafts, false);
  const model = score(drafts, true);
  console.log(`\n## ${title}: ${drafts.length} drafts\n`);
  console.log('rule                 |  drafts | word lists alone    P      R     F1 | with the model     P      R     F1');
  const macro = { words: [] as number[], model: [] as number[] };
  for (const id of ruleIds) {
    const w = words.counts.get(id)!;
    const m = model.counts.get(id)!;
    const positives = m.tp + m.fn;
    if (positives === 0 && w.fp === 0 && m.fp === 0) continue;
    const a = rate(w);
    const b = rate(m);
    if (positives > 0) macro.words.push(a.f1), macro.model.push(b.f1);
    console.log(
      `${id.padEnd(20)} | ${String(positives).padStart(7)} | ${' '.repeat(15)}${pct(a.precision)}  ${pct(a.recall)}  ${pct(a.f1)} | ${' '.repeat(13)}${pct(b.precision)}  ${pct(b.recall)}  ${pct(b.f1)}`,
    );
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(`${'macro F1'.padEnd(20)} | ${' '.repeat(7)} | ${' '.repeat(29)}${pct(mean(macro.words))} | ${' '.repeat(27)}${pct(mean(macro.model))}`);
  console.log(`benign drafts with a warning or critical finding: word lists ${share(words.benignFlagged, words.benign)}, with the model ${share(model.benignFlagged, model.benign)}`);
  if (model.langTotal) console.log(`language accuracy: ${share(model.langCorrect, model.langTotal)}`);
  if (showMisses) console.log(`\nwith the model:\n${model.misses.join('\n')}`);
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const paths = args.filter((arg) => !arg.startsWith('--'));
if (paths.length === 0) {
  const { test } = loadSplits();
  if (showMisses) console.error('--misses is not shown for the test split: looking at its misses would make it a test split no more.');
  report(`test split (batches ${test.join(', ')}, never trained on, misses never read)`, loadCorpus().filter((draft) => test.includes(draft.batch)), false);
  report('tests/corpus/holdout.jsonl', readLabelled(new URL('../tests/corpus/holdout.jsonl', import.meta.url).pathname), showMisses);
} else {
  for (const path of paths) report(path, readLabelled(path), showMisses);
}
