/**
 * Scores the engine on a labelled corpus (the format of shared/corpus/dev.jsonl):
 *   npm run eval -- <labelled.jsonl> [--misses]
 * Prints per-rule precision, recall and F1 (a rule counts once per draft), the share of benign
 * drafts with a warning or critical finding, and language accuracy. --misses lists the errors.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeDraft, ruleIds, severityRank, type RuleId } from '../lib/engine';

const labelledDraftSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['nb', 'nn', 'en']).optional(),
  expect: z.array(z.enum(ruleIds)),
  media: z.boolean().optional(),
  crisisMode: z.boolean().optional(),
  note: z.string().optional(),
});

const [path, ...flags] = process.argv.slice(2);
if (!path) {
  console.error('Usage: npm run eval -- <labelled.jsonl> [--misses]');
  process.exit(2);
}
const drafts = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, index) => {
    const parsed = labelledDraftSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${index + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });

const counts = new Map<RuleId, { tp: number; fp: number; fn: number }>(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
const misses: string[] = [];
let benign = 0;
let benignFlagged = 0;
let langTotal = 0;
let langCorrect = 0;

for (const draft of drafts) {
  const { lang, findings } = analyzeDraft(draft.text, { media: draft.media, crisisMode: draft.crisisMode });
  const found = new Set(findings.map((finding) => finding.rule));
  const expected = new Set(draft.expect);
  for (const id of ruleIds) {
    const count = counts.get(id)!;
    if (found.has(id) && expected.has(id)) count.tp++;
    else if (found.has(id)) {
      count.fp++;
      misses.push(`FP ${id.padEnd(19)} ${draft.id} ${draft.text.slice(0, 140)}`);
    } else if (expected.has(id)) {
      count.fn++;
      misses.push(`FN ${id.padEnd(19)} ${draft.id} ${draft.text.slice(0, 140)}`);
    }
  }
  if (expected.size === 0) {
    benign++;
    if (findings.some((finding) => severityRank(finding.severity) >= severityRank('warning'))) {
      benignFlagged++;
      misses.push(`BENIGN-FLAGGED ${draft.id} ${[...found].join(',')} ${draft.text.slice(0, 120)}`);
    }
  }
  if (draft.lang) {
    langTotal++;
    if (lang === draft.lang) langCorrect++;
    else misses.push(`LANG ${draft.lang}→${lang} ${draft.id} ${draft.text.slice(0, 100)}`);
  }
}

const pct = (value: number) => (Number.isNaN(value) ? '   –  ' : `${(value * 100).toFixed(1).padStart(5)}%`);
console.log(`${drafts.length} drafts from ${path}\n`);
console.log('rule                  TP  FP  FN  precision  recall     F1');
let f1Sum = 0;
for (const [id, { tp, fp, fn }] of counts) {
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  f1Sum += Number.isNaN(f1) ? 0 : f1;
  console.log(
    `${id.padEnd(20)} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}    ${pct(precision)}  ${pct(recall)}  ${pct(f1)}`,
  );
}
console.log(`\nmacro F1: ${pct(f1Sum / counts.size)}`);
console.log(`benign drafts with a warning or critical finding: ${benignFlagged}/${benign} (${pct(benignFlagged / benign).trim()})`);
console.log(`language accuracy: ${langCorrect}/${langTotal} (${pct(langCorrect / langTotal).trim()})`);
if (flags.includes('--misses')) console.log(`\n${misses.join('\n')}`);
