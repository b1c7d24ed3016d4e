/**
 * Checks batch files of the corpus and prints what each holds against the per-batch targets:
 *   npx tsx corpus/check.ts [--profile breach-rich|benign-rich] corpus/batches/b01-*.jsonl
 * Exits 1 when a line is malformed, inconsistent or a near-duplicate.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { optionsOrUsage } from '../scripts/options';
import { nationalIdKind } from '../rules/lib/national-id-number';
import { loadBatchFile } from './load';
import { nearDuplicates } from './near-duplicates';
import { judgedRules, type CorpusDraft } from './schema';

export const batchTargets = {
  drafts: [360, 400] as readonly [number, number],
  benign: 135,
  nearMiss: 48,
  officialBenign: 38,
  perJudgedRule: 19,
  implicitPerJudgedRule: 10,
  nationalId: 6,
  tone: 8,
  media: 10,
  informalShare: 0.25,
};

type Targets = Readonly<typeof batchTargets>;

/**
 * The two general profiles writers are given (`briefs/writer.md`): a breach-rich batch asks for more benign drafts
 * than `batchTargets`, a benign-rich one for fewer breaches, so each writer's check marks what their own brief asks.
 */
export const batchProfiles: Record<'breach-rich' | 'benign-rich', Targets> = {
  'breach-rich': { ...batchTargets, benign: 150, nearMiss: 60, officialBenign: 40 },
  'benign-rich': { ...batchTargets, benign: 220, nearMiss: 100, officialBenign: 45, perJudgedRule: 12, implicitPerJudgedRule: 6, nationalId: 4, tone: 4, media: 8 },
};

/** The targets a profile's name stands for; no name gives `batchTargets`. */
export function targetsFor(profile: string | undefined): Targets {
  if (profile === undefined) return batchTargets;
  if (profile in batchProfiles) return batchProfiles[profile as keyof typeof batchProfiles];
  throw new Error(`--profile: unknown profile «${profile}»; use ${Object.keys(batchProfiles).join(' or ')}`);
}

const idNumberCandidate = /\d(?:[ .]?\d){10}/g;
const holdsValidId = (text: string) => [...text.matchAll(idNumberCandidate)].some((m) => nationalIdKind(m[0]) !== undefined);
// A number wrapped over two lines, or one on the line under a phone number: read both ways, as the engine does.
const hasNationalId = (text: string) => {
  const plain = text.normalize('NFKC').replace(/\p{Cf}/gu, '');
  return holdsValidId(plain.replace(/\n/gu, '')) || plain.split('\n').some(holdsValidId);
};

export function consistencyProblems(draft: CorpusDraft): string[] {
  const problems: string[] = [];
  if (!draft.id.startsWith(`${draft.batch}-`)) problems.push(`id ${draft.id} does not start with its batch ${draft.batch}`);
  if (Boolean(draft.media) !== draft.expect.includes('media')) problems.push('"media": true and "media" in expect go together');
  const breaches = draft.expect.filter((rule) => rule !== 'media');
  const benignKind = draft.kind === 'near-miss' || draft.kind === 'ordinary';
  if (breaches.length > 0 && benignKind) problems.push(`kind ${draft.kind} but expect ${breaches.join(',')}`);
  if (breaches.length === 0 && !benignKind && !draft.media) problems.push(`kind ${draft.kind} but nothing expected`);
  if (new Set(draft.expect).size !== draft.expect.length) problems.push('a rule is repeated in expect');
  const valid = hasNationalId(draft.text);
  if (draft.expect.includes('national-id') && !valid) problems.push('national-id expected but no valid fødselsnummer/D-nummer in the text');
  if (!draft.expect.includes('national-id') && valid) problems.push('the text holds a valid fødselsnummer but national-id is not expected');
  return problems;
}

export function summarize(drafts: readonly CorpusDraft[]) {
  const benign = drafts.filter((d) => d.expect.length === 0);
  const count = (predicate: (d: CorpusDraft) => boolean) => drafts.filter(predicate).length;
  return {
    drafts: drafts.length,
    benign: benign.length,
    nearMiss: benign.filter((d) => d.kind === 'near-miss').length,
    officialBenign: benign.filter((d) => d.style === 'official').length,
    informal: count((d) => d.style === 'informal'),
    langs: { nb: count((d) => d.lang === 'nb'), nn: count((d) => d.lang === 'nn'), en: count((d) => d.lang === 'en') },
    rules: Object.fromEntries(
      [...judgedRules, 'national-id', 'tone', 'media'].map((rule) => [
        rule,
        { all: count((d) => d.expect.includes(rule as never)), implicit: count((d) => d.kind === 'implicit' && d.expect.includes(rule as never)) },
      ]),
    ),
  };
}

function report(file: string, t: Targets): boolean {
  const { drafts, problems } = loadBatchFile(file);
  let ok = problems.length === 0;
  for (const p of problems) console.log(`${basename(file)}:${p.line}: ${p.error}`);
  const ids = new Set<string>();
  for (const draft of drafts) {
    if (ids.has(draft.id)) console.log(`${draft.id}: duplicate id`), (ok = false);
    ids.add(draft.id);
    for (const problem of consistencyProblems(draft)) console.log(`${draft.id}: ${problem}`), (ok = false);
  }
  for (const pair of nearDuplicates(drafts)) {
    console.log(`${pair.a} ~ ${pair.b}: near-duplicates (${Math.round(pair.overlap * 100)} % of 5-word shingles shared)`);
    ok = false;
  }
  const s = summarize(drafts);
  const mark = (value: number, min: number) => (value >= min ? 'ok' : `SHORT (want ≥ ${min})`);
  console.log(`\n${basename(file)}: ${s.drafts} drafts (want ${t.drafts[0]}–${t.drafts[1]})`);
  console.log(`  benign ${s.benign} ${mark(s.benign, t.benign)}; near-miss ${s.nearMiss} ${mark(s.nearMiss, t.nearMiss)}; official-style benign ${s.officialBenign} ${mark(s.officialBenign, t.officialBenign)}`);
  const share = (n: number) => `${Math.round((100 * n) / Math.max(1, s.drafts))} %`;
  console.log(`  informal ${share(s.informal)} (want ≥ ${t.informalShare * 100} %); nb ${share(s.langs.nb)}, nn ${share(s.langs.nn)}, en ${share(s.langs.en)} (want ≈ 50/25/25)`);
  for (const [rule, c] of Object.entries(s.rules)) {
    const judged = (judgedRules as readonly string[]).includes(rule);
    const min = judged ? t.perJudgedRule : rule === 'national-id' ? t.nationalId : rule === 'tone' ? t.tone : t.media;
    const implicit = judged ? `, implicit ${c.implicit} ${mark(c.implicit, t.implicitPerJudgedRule)}` : '';
    console.log(`  ${rule.padEnd(20)} ${String(c.all).padStart(3)} ${mark(c.all, min)}${implicit}`);
  }
  return ok;
}

const usage = 'usage: npx tsx corpus/check.ts [--profile breach-rich|benign-rich] FILE.jsonl ...';

function main(args: string[]) {
  const { targets, files } = optionsOrUsage(usage, () => {
    const { values, positionals } = parseArgs({ args, options: { profile: { type: 'string' } }, allowPositionals: true });
    return { targets: targetsFor(values.profile), files: positionals };
  });
  if (files.length === 0) {
    console.error(usage);
    process.exit(2);
  }
  const results = files.map((file) => report(file, targets));
  process.exit(results.every(Boolean) ? 0 : 1);
}

if (process.argv[1]?.endsWith('check.ts')) main(process.argv.slice(2));
