/**
 * Agreement between the writers' labels and a blind second labelling of a random sample:
 *   npx tsx corpus/agreement.ts            per rule: both, only first, only second, Cohen's kappa
 *   npx tsx corpus/agreement.ts --list     also every disagreement, for settling
 *   npx tsx corpus/agreement.ts --batches b19,b20   only the drafts of these batches (a new round)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { optionsOrUsage } from '../scripts/options';
import * as z from 'zod/mini';
import { ruleIds, ruleIdSchema, type RuleId } from '../lib/engine/schema';
import { loadCorpus } from './load';

const secondLabelSchema = z.object({ id: z.string(), expect: z.array(ruleIdSchema), doubt: z.optional(z.string()) });
const secondDir = new URL('./second-labelling/', import.meta.url);

export function loadSecondLabels() {
  return readdirSync(secondDir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(new URL(name, secondDir), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => secondLabelSchema.parse(JSON.parse(line))),
    );
}

/** Cohen's kappa for two binary raters from their 2×2 table. */
export function cohensKappa(both: number, onlyFirst: number, onlySecond: number, neither: number): number {
  const total = both + onlyFirst + onlySecond + neither;
  const observed = (both + neither) / total;
  const firstYes = (both + onlyFirst) / total;
  const secondYes = (both + onlySecond) / total;
  const expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

export function agreementTable(pairs: readonly { first: readonly RuleId[]; second: readonly RuleId[] }[]) {
  return ruleIds.map((rule) => {
    let both = 0;
    let onlyFirst = 0;
    let onlySecond = 0;
    for (const { first, second } of pairs) {
      const a = first.includes(rule);
      const b = second.includes(rule);
      if (a && b) both++;
      else if (a) onlyFirst++;
      else if (b) onlySecond++;
    }
    const neither = pairs.length - both - onlyFirst - onlySecond;
    return { rule, both, onlyFirst, onlySecond, kappa: cohensKappa(both, onlyFirst, onlySecond, neither) };
  });
}

const usage = 'usage: npm run corpus:agreement [-- --batches b27,b28] [--list]';

function main(args: string[]) {
  const options = optionsOrUsage(usage, () => parseArgs({ args, options: { batches: { type: 'string' }, list: { type: 'boolean' } } }).values);
  const byId = new Map(loadCorpus().map((draft) => [draft.id, draft]));
  const batches = options.batches === undefined ? undefined : new Set(options.batches.split(','));
  const second = loadSecondLabels().filter((label) => !batches || batches.has(label.id.split('-')[0]!));
  const pairs = second.map((label) => {
    const draft = byId.get(label.id);
    if (!draft) throw new Error(`second label for unknown draft ${label.id}`);
    return { draft, first: draft.expect, second: label.expect, doubt: label.doubt };
  });
  console.log(`${pairs.length} drafts labelled twice (${((100 * pairs.length) / byId.size).toFixed(1)} % of ${byId.size}), from ${new Set(pairs.map((p) => p.draft.batch)).size} batches\n`);
  console.log('rule                  both  only 1st  only 2nd   kappa');
  for (const row of agreementTable(pairs)) {
    console.log(`${row.rule.padEnd(20)} ${String(row.both).padStart(5)} ${String(row.onlyFirst).padStart(9)} ${String(row.onlySecond).padStart(9)}   ${Number.isNaN(row.kappa) ? '   –' : row.kappa.toFixed(2)}`);
  }
  const exact = pairs.filter((p) => [...p.first].sort().join() === [...p.second].sort().join()).length;
  console.log(`\nidentical label sets: ${exact}/${pairs.length}`);
  if (options.list)
    for (const p of pairs) {
      const a = [...p.first].sort().join(',');
      const b = [...p.second].sort().join(',');
      if (a !== b) console.log(`${p.draft.id}\t1st [${a}]\t2nd [${b}]${p.doubt ? `\t(${p.doubt})` : ''}\t${p.draft.text.replace(/\n/g, ' ')}`);
    }
}

if (process.argv[1]?.endsWith('agreement.ts')) main(process.argv.slice(2));
