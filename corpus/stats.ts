/**
 * Corpus statistics as Markdown tables (`npx tsx corpus/stats.ts`): drafts per rule by language,
 * style and how the breach is written, and the make-up of the benign drafts. corpus/README.md
 * carries its output; `--write` puts it there and brings the corpus counts of both READMEs up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ruleIds } from '../lib/engine/schema';
import { loadSecondLabels } from './agreement';
import { loadCorpus, loadSplits } from './load';
import { byBatchNumber, type CorpusDraft } from './schema';

const corpus = loadCorpus();
const { test } = loadSplits();
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const count = (drafts: readonly CorpusDraft[], predicate: (draft: CorpusDraft) => boolean) => drafts.filter(predicate).length;
const langs = ['nb', 'nn', 'en'] as const;
const styles = ['informal', 'plain', 'official'] as const;
const lines: string[] = [];
const print = (line: string) => lines.push(line);

const batches = [...new Set(corpus.map((draft) => draft.batch))].sort(byBatchNumber);
print(`${corpus.length} drafts in ${batches.length} batches; test split: ${test.join(', ')} (${count(corpus, (d) => test.includes(d.batch))} drafts)\n`);

print(row(['rule', 'drafts', ...langs, ...styles, 'explicit', 'implicit']));
print(row(Array(10).fill('---')));
for (const rule of ruleIds) {
  const drafts = corpus.filter((draft) => draft.expect.includes(rule));
  print(row([`\`${rule}\``, drafts.length, ...langs.map((lang) => count(drafts, (d) => d.lang === lang)), ...styles.map((style) => count(drafts, (d) => d.style === style)), count(drafts, (d) => d.kind === 'explicit'), count(drafts, (d) => d.kind === 'implicit')]));
}
const benign = corpus.filter((draft) => draft.expect.length === 0);
print(row(['benign', benign.length, ...langs.map((lang) => count(benign, (d) => d.lang === lang)), ...styles.map((style) => count(benign, (d) => d.style === style)), `near-miss ${count(benign, (d) => d.kind === 'near-miss')}`, `ordinary ${count(benign, (d) => d.kind === 'ordinary')}`]));
print(row(['all', corpus.length, ...langs.map((lang) => count(corpus, (d) => d.lang === lang)), ...styles.map((style) => count(corpus, (d) => d.style === style)), '', '']));

print(`\n${row(['batch', 'drafts', 'benign', 'writers', 'channels'])}\n${row(Array(5).fill('---'))}`);
for (const batch of batches) {
  const drafts = corpus.filter((draft) => draft.batch === batch);
  const writers = new Set(drafts.map((draft) => draft.writer)).size;
  const channels = [...new Set(drafts.map((draft) => draft.channel))].sort().join(', ');
  print(row([`${batch}${test.includes(batch) ? ' (test)' : ''}`, drafts.length, count(drafts, (d) => d.expect.length === 0), writers, channels]));
}
const length = (draft: CorpusDraft) => draft.text.length;
print(`\nshort (< 60 characters): ${count(corpus, (d) => length(d) < 60)}; long (≥ 300): ${count(corpus, (d) => length(d) >= 300)}; with media: ${count(corpus, (d) => d.media === true)}`);

const makeUp = `${lines.join('\n')}\n`;
if (process.argv.includes('--write')) writeCounts(makeUp, batches.length);
else process.stdout.write(makeUp);

/** The READMEs' corpus counts and corpus/README.md's make-up section, as the corpus now stands. */
function writeCounts(makeUp: string, batchCount: number) {
  const figure = (value: number) => value.toLocaleString('en-US');
  const secondLabels = loadSecondLabels();
  const labelledBatches = new Set(secondLabels.map((label) => label.id.split('-')[0])).size;
  const share = ((100 * secondLabels.length) / corpus.length).toFixed(1);
  const roundedLabels = figure(Math.round(secondLabels.length / 1000) * 1000);
  const corpusReadme = updated('corpus/README.md', [
    [/^[\d,]+ drafts of social-media/m, `${figure(corpus.length)} drafts of social-media`],
    [/one file per batch, \d+ batches/, `one file per batch, ${batchCount} batches`],
    [/a random [\d.]+ % \([\d,]+ drafts\n {2}from \d+ of the \d+ batches\)/, `a random ${share} % (${roundedLabels} drafts\n  from ${labelledBatches} of the ${batchCount} batches)`],
    [/^## Make-up\n[^]*/m, `## Make-up\n\n${makeUp}`],
  ]);
  const readme = updated('README.md', [[/corpus\/ {8}[\d,]+ labelled drafts of our own in \d+ batches/, `corpus/        ${figure(corpus.length)} labelled drafts of our own in ${batchCount} batches`]]);
  // Written only once both matched, so a sentence that moved leaves neither file half done.
  for (const [file, text] of [corpusReadme, readme]) writeFileSync(file, text);
  console.log(`${figure(corpus.length)} drafts in ${batchCount} batches; ${figure(secondLabels.length)} labelled twice (${share} %) from ${labelledBatches} batches`);
}

/** A file of the repository with each pattern's match replaced; a sentence that moved is an error, not a skip. */
function updated(file: string, replacements: [RegExp, string][]): [URL, string] {
  const url = new URL(`../${file}`, import.meta.url);
  let text = readFileSync(url, 'utf8');
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`${file}: no text matches ${pattern}; update the pattern in corpus/stats.ts`);
    text = text.replace(pattern, replacement);
  }
  return [url, text];
}
