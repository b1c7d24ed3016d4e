/**
 * Corpus statistics as Markdown tables (`npx tsx corpus/stats.ts`): drafts per rule by language,
 * style and how the breach is written, and the make-up of the benign drafts. corpus/README.md
 * carries its output.
 */
import { ruleIds } from '../lib/engine/schema';
import { loadCorpus, loadSplits } from './load';
import { byBatchNumber, type CorpusDraft } from './schema';

const corpus = loadCorpus();
const { test } = loadSplits();
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const count = (drafts: readonly CorpusDraft[], predicate: (draft: CorpusDraft) => boolean) => drafts.filter(predicate).length;
const langs = ['nb', 'nn', 'en'] as const;
const styles = ['informal', 'plain', 'official'] as const;

const batches = [...new Set(corpus.map((draft) => draft.batch))].sort(byBatchNumber);
console.log(`${corpus.length} drafts in ${batches.length} batches; test split: ${test.join(', ')} (${count(corpus, (d) => test.includes(d.batch))} drafts)\n`);

console.log(row(['rule', 'drafts', ...langs, ...styles, 'explicit', 'implicit']));
console.log(row(Array(10).fill('---')));
for (const rule of ruleIds) {
  const drafts = corpus.filter((draft) => draft.expect.includes(rule));
  console.log(row([`\`${rule}\``, drafts.length, ...langs.map((lang) => count(drafts, (d) => d.lang === lang)), ...styles.map((style) => count(drafts, (d) => d.style === style)), count(drafts, (d) => d.kind === 'explicit'), count(drafts, (d) => d.kind === 'implicit')]));
}
const benign = corpus.filter((draft) => draft.expect.length === 0);
console.log(row(['benign', benign.length, ...langs.map((lang) => count(benign, (d) => d.lang === lang)), ...styles.map((style) => count(benign, (d) => d.style === style)), `near-miss ${count(benign, (d) => d.kind === 'near-miss')}`, `ordinary ${count(benign, (d) => d.kind === 'ordinary')}`]));
console.log(row(['all', corpus.length, ...langs.map((lang) => count(corpus, (d) => d.lang === lang)), ...styles.map((style) => count(corpus, (d) => d.style === style)), '', '']));

console.log(`\n${row(['batch', 'drafts', 'benign', 'writers', 'channels'])}\n${row(Array(5).fill('---'))}`);
for (const batch of batches) {
  const drafts = corpus.filter((draft) => draft.batch === batch);
  const writers = new Set(drafts.map((draft) => draft.writer)).size;
  const channels = [...new Set(drafts.map((draft) => draft.channel))].sort().join(', ');
  console.log(row([`${batch}${test.includes(batch) ? ' (test)' : ''}`, drafts.length, count(drafts, (d) => d.expect.length === 0), writers, channels]));
}
const length = (draft: CorpusDraft) => draft.text.length;
console.log(`\nshort (< 60 characters): ${count(corpus, (d) => length(d) < 60)}; long (≥ 300): ${count(corpus, (d) => length(d) >= 300)}; with media: ${count(corpus, (d) => d.media === true)}`);
