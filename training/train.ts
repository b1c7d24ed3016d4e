/**
 * Rebuilds the learned layer from the corpus: `npm run train`.
 *
 * 1. Features of every draft (lib/model/features.ts on the engine's normalised text).
 * 2. Cross-fitting by batch over the development batches (every batch but the test split): each
 *    fold is scored by a model trained on the other folds, through the same code the extension
 *    runs. These out-of-fold scores are the validation set.
 * 3. Per rule, the two thresholds of rules/lib/learned.ts (word-list finding kept / model alone)
 *    that give the best F1 on the validation set at the precision the rule's severity needs.
 * 4. The final model on all development batches, int8 weights, written to lib/model/model.json
 *    with the corpus hash. Deterministic: fixed seed, fixed order.
 */
import { writeFileSync } from 'node:fs';
import { analyzeDraft, ruleIds, type RuleId } from '../lib/engine';
import { learnedEvidence } from '../lib/engine/learned';
import { normalizeText } from '../lib/engine/normalize';
import { sentenceSpans } from '../lib/engine/text';
import { featureHits, hashBits, tokenize } from '../lib/model/features';
import { decodeModel, type ModelFile, type Thresholds } from '../lib/model/model';
import { rules } from '../rules';
import { corpusHash, loadCorpus, loadSplits } from '../corpus/load';
import type { CorpusDraft } from '../corpus/schema';
import { encodeWeights } from './encode';

export const modelLabels = ruleIds.filter((id) => id !== 'national-id' && id !== 'media');

export const hyperparameters = {
  epochs: 14,
  learningRate: 0.4,
  l2: 1e-5,
  positiveWeight: 2,
  minDocumentFrequency: 2,
  folds: 4,
  seed: 20261203,
} as const;

interface Example {
  /** Distinct feature hashes of the draft. */
  hashes: Uint32Array;
  /** 1/√(distinct features), as at prediction time. */
  value: number;
  targets: Uint8Array;
}

function exampleOf(draft: CorpusDraft): Example {
  const text = normalizeText(draft.text).text;
  const hashes = new Uint32Array(new Set(featureHits(tokenize(text)).map((hit) => hit.hash)));
  return {
    hashes,
    value: hashes.length ? 1 / Math.sqrt(hashes.length) : 0,
    targets: Uint8Array.from(modelLabels, (label) => (draft.expect.includes(label) ? 1 : 0)),
  };
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One-vs-rest logistic regression, AdaGrad per weight, L2 on the weights a draft touches. */
function fit(examples: readonly Example[]): ModelFile {
  const { epochs, learningRate, l2, positiveWeight, minDocumentFrequency, seed } = hyperparameters;
  const labels = modelLabels.length;
  const frequency = new Map<number, number>();
  for (const example of examples) for (const hash of example.hashes) frequency.set(hash, (frequency.get(hash) ?? 0) + 1);
  const buckets = [...frequency].filter(([, count]) => count >= minDocumentFrequency).map(([hash]) => hash).sort((a, b) => a - b);
  const rowOf = new Map(buckets.map((hash, row) => [hash, row]));
  const rows = examples.map((example) => Int32Array.from([...example.hashes].map((hash) => rowOf.get(hash) ?? -1).filter((row) => row >= 0)));

  const weights = new Float32Array(buckets.length * labels);
  const squares = new Float32Array(buckets.length * labels).fill(1e-6);
  const biases = new Float64Array(labels);
  const biasSquares = new Float64Array(labels).fill(1e-6);
  const random = mulberry32(seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const index of order) {
      const { value, targets } = examples[index]!;
      const features = rows[index]!;
      for (let label = 0; label < labels; label++) {
        let sum = biases[label]!;
        for (const row of features) sum += weights[row * labels + label]! * value;
        const target = targets[label]!;
        const gradient = (1 / (1 + Math.exp(-sum)) - target) * (target ? positiveWeight : 1);
        biasSquares[label]! += gradient * gradient;
        biases[label]! -= (learningRate * gradient) / Math.sqrt(biasSquares[label]!);
        for (const row of features) {
          const at = row * labels + label;
          const g = gradient * value + l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (learningRate * g) / Math.sqrt(squares[at]!);
        }
      }
    }
  }
  return quantize(buckets, weights, biases);
}

function quantize(buckets: readonly number[], weights: Float32Array, biases: Float64Array): ModelFile {
  const labels = modelLabels.length;
  const scales = modelLabels.map((_, label) => {
    let max = 0;
    for (let row = 0; row < buckets.length; row++) max = Math.max(max, Math.abs(weights[row * labels + label]!));
    return max / 127 || 1;
  });
  const keptBuckets: number[] = [];
  const kept: number[] = [];
  buckets.forEach((bucket, row) => {
    const quantized = modelLabels.map((_, label) => Math.round(weights[row * labels + label]! / scales[label]!));
    if (quantized.every((weight) => weight === 0)) return;
    keptBuckets.push(bucket);
    kept.push(...quantized);
  });
  return {
    version: 1,
    corpusHash: '0'.repeat(64),
    hashBits,
    labels: [...modelLabels],
    scales,
    biases: [...biases],
    thresholds: {},
    data: encodeWeights(keptBuckets, Int8Array.from(kept)),
  };
}

/** What calibration needs of one draft and rule: its label, the model's scores, the word lists' findings. */
export interface ValidationPoint {
  positive: boolean;
  /** Highest score at a word-list finding of the rule; -1 without one. */
  evidence: number;
  /** Score of the rule's strongest sentence (with the whole draft's context). */
  alone: number;
}

function validationPoints(file: ModelFile, drafts: readonly CorpusDraft[]): Map<RuleId, ValidationPoint[]> {
  const model = decodeModel(file);
  const points = new Map<RuleId, ValidationPoint[]>(modelLabels.map((label) => [label, []]));
  for (const draft of drafts) {
    // Normalising is idempotent: the engine's offsets and ours then agree.
    const text = normalizeText(draft.text).text;
    const learned = learnedEvidence(model, text, sentenceSpans(text));
    const findings = analyzeDraft(text, { media: draft.media, learned: false }).findings;
    for (const label of modelLabels) {
      const evidence = findings.filter((finding) => finding.rule === label).map((finding) => learned.scoreAt(label, finding.start));
      points.get(label)!.push({
        positive: draft.expect.includes(label),
        evidence: evidence.length ? Math.max(...evidence) : -1,
        alone: learned.strongest(label)?.score ?? 0,
      });
    }
  }
  return points;
}

const precisionTarget = (label: RuleId) => (rules.find((rule) => rule.id === label)?.severity === 'critical' ? 0.95 : 0.85);

export interface Calibrated extends Thresholds {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * The thresholds with the best F1 whose precision reaches `target`; among equals the higher
 * precision. `alone` above 1 means the model never fires alone.
 */
export function calibrate(points: readonly ValidationPoint[], target: number): Calibrated {
  const grid = Array.from({ length: 100 }, (_, step) => step / 100).concat(1.01);
  const positives = points.filter((point) => point.positive).length;
  let best: Calibrated = { withEvidence: 1.01, alone: 1.01, precision: 1, recall: 0, f1: 0 };
  for (const withEvidence of grid) {
    const base = points.filter((point) => point.evidence >= withEvidence);
    const baseTp = base.filter((point) => point.positive).length;
    const rest = points.filter((point) => point.evidence < withEvidence).sort((a, b) => b.alone - a.alone);
    let tp = baseTp;
    let fp = base.length - baseTp;
    let next = 0;
    for (const alone of [...grid].reverse()) {
      while (next < rest.length && rest[next]!.alone >= alone) rest[next++]!.positive ? tp++ : fp++;
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = positives ? tp / positives : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      if (precision < target) continue;
      if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && precision > best.precision))
        best = { withEvidence, alone, precision, recall, f1 };
    }
  }
  return best;
}

function main() {
  const started = performance.now();
  const corpus = loadCorpus();
  const splits = loadSplits();
  const development = corpus.filter((draft) => !splits.test.includes(draft.batch));
  const batches = [...new Set(development.map((draft) => draft.batch))].sort();
  const foldOf = new Map(batches.map((batch, index) => [batch, index % hyperparameters.folds]));
  const examples = new Map(development.map((draft) => [draft, exampleOf(draft)]));
  console.log(`${corpus.length} drafts; development ${development.length} in ${batches.length} batches; test batches ${splits.test.join(', ')} left alone`);

  const validation = new Map<RuleId, ValidationPoint[]>(modelLabels.map((label) => [label, []]));
  for (let fold = 0; fold < hyperparameters.folds; fold++) {
    const held = development.filter((draft) => foldOf.get(draft.batch) === fold);
    const trained = fit(development.filter((draft) => foldOf.get(draft.batch) !== fold).map((draft) => examples.get(draft)!));
    for (const [label, points] of validationPoints(trained, held)) validation.get(label)!.push(...points);
    console.log(`fold ${fold + 1}/${hyperparameters.folds}: held out ${held.length} drafts (${[...new Set(held.map((d) => d.batch))].join(', ')})`);
  }

  const thresholds: Partial<Record<RuleId, Thresholds>> = {};
  console.log('\nvalidation (out-of-fold): rule, target precision, thresholds, P/R/F1 with the model | word lists alone');
  for (const label of modelLabels) {
    const points = validation.get(label)!;
    const target = precisionTarget(label);
    const chosen = calibrate(points, target);
    thresholds[label] = { withEvidence: chosen.withEvidence, alone: chosen.alone };
    const tp = points.filter((p) => p.positive && p.evidence >= 0).length;
    const fp = points.filter((p) => !p.positive && p.evidence >= 0).length;
    const fn = points.filter((p) => p.positive && p.evidence < 0).length;
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');
    console.log(
      `${label.padEnd(20)} ≥${target}  keep ≥${f(chosen.withEvidence)} alone ≥${f(chosen.alone)}  ` +
        `${f(chosen.precision)}/${f(chosen.recall)}/${f(chosen.f1)} | ${f(tp / (tp + fp))}/${f(tp / (tp + fn))}/${f((2 * tp) / (2 * tp + fp + fn))}`,
    );
  }

  const final = fit(development.map((draft) => examples.get(draft)!));
  const file: ModelFile = { ...final, corpusHash: corpusHash(), thresholds };
  const path = new URL('../lib/model/model.json', import.meta.url).pathname;
  writeFileSync(path, `${JSON.stringify(file)}\n`);
  const model = decodeModel(file);
  console.log(`\nmodel: ${model.buckets.length} features × ${model.labels.length} labels, ${file.data.length} base64 characters → lib/model/model.json`);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
