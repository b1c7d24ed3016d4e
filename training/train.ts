/**
 * Rebuilds the learned layer from the corpus: `npm run train`.
 *
 * 1. Features of every draft (lib/model/features.ts on the engine's normalised text).
 * 2. Cross-fitting by batch over the development batches (every batch but the test split): each
 *    fold is scored by a model trained on the other folds, through the same code the extension
 *    runs. Fits and scorings are jobs for child processes, as many at once as there are cores.
 *    These out-of-fold scores are the validation set.
 * 3. The stacking layer (training/stacking.ts) on the fold models' out-of-fold logits; the fold models score
 *    through it.
 * 4. Per rule, the thresholds of rules/lib/learned.ts (word-list finding kept, a candidate
 *    confirmed, the model alone; for a critical rule a lower pair shown as a warning) that give the
 *    best F1 on the validation set at the precision the rule's severity needs, within the benign
 *    budget (training/calibrate.ts).
 * 5. The final model on all development batches, 4-bit weights, with the stacking layer, written to
 *    lib/model/model.json with the corpus hash. Deterministic: fixed seed, fixed order.
 */
import { fork } from 'node:child_process';
import { on } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import type { RuleId } from '../lib/engine';
import { analyzeWith } from '../lib/engine/analyze';
import { learnedEvidence, type LearnedReading } from '../lib/engine/learned';
import { normalizeText } from '../lib/engine/normalize';
import { sentenceSpans } from '../lib/engine/text';
import { forEachFeature, hashBits, tokenize } from '../lib/model/features';
import { decodeModel, featureValue, rawLogits, weightRange, type ModelFile, type ThresholdTier } from '../lib/model/model';
import { rules } from '../rules';
import { corpusHash, loadCorpus, loadSplits } from '../corpus/load';
import { byBatchNumber, judgedRules, type CorpusDraft } from '../corpus/schema';
import { calibrateAll, validationReport, type ValidationPoint } from './calibrate';
import { optionsOrUsage } from '../scripts/options';
import { encodeWeights } from './encode';
import { fitStacking } from './stacking';

// The structural rules keep their exact logic, and tone's own checks read form better than the
// model (it dropped explicit shouting when it weighed in).
export const modelLabels = judgedRules;

export const hyperparameters: { epochs: number; selectionEpochs: number; learningRate: number; l2: number; positiveWeight: number; benignWeight: number; officialBenignWeight: number; minDocumentFrequency: number; maxFeatures: number; folds: number; seed: number } = {
  // 25 until the corpus passed 55,000 drafts and training neared its 2 minutes on 2 cores: 20 scored
  // the same out of fold by batch (mean AP 0.8813 against 0.8818, December 2026). 12 since 139,000 drafts, with
  // four folds and a 3-epoch ranking fit (below): training took 150 s where it took 382 s, and on four fresh test
  // batches judged by a rule written before they were measured macro-F1 82.5 against 82.3, 20 of 753 benign drafts
  // flagged by each. The whole test split, deciding nothing, then showed 468 against 436 of 18,383 benign drafts flagged,
  // so six more fresh batches were written to decide between the two: 87.0 and 41 of 1,357 for each, and it stayed.
  // Out of fold (eight folds) 12 epochs scored 0.799, 8 epochs 0.796 (December 2026). 10 since December 2026, with 2
  // ranking epochs (below), for the 2 minutes: training took 129–143 s at 239,000 drafts, and 117.7 and 121.1 s with
  // 36 more test batches in training (252,800 drafts). Out of fold 0.791 against 0.795 for 12 and 3; on eight fresh test
  // batches judged by a rule written before they existed macro-F1 85.9 against 85.8, 40 against 41 of 1,550 benign
  // drafts flagged; the same settings with no batch moved 85.5 and 38.
  epochs: 10,
  // The fit that ranks every feature of the pool (430,000 at 139,000 drafts) for `selectFeatures` took three
  // quarters of training (110 of 140 s per fold). After 5 epochs it keeps 92 % of the features 20 keep,
  // in a quarter of the time: training took 413 s where it took 831 s, out of fold 0.799 against 0.800, and on four
  // fresh test batches judged by a rule written before they existed macro-F1 81.8 against 81.8, 21 against 24 of 760
  // benign drafts flagged (December 2026). 3 epochs scored 0.796 against 5's 0.797 out of fold (12 epochs, eight folds);
  // 2 since December 2026, with `epochs` (above).
  selectionEpochs: 2,
  learningRate: 0.1,
  // Halved from 0.01 when the corpus passed 20,000 drafts: better out of fold by batch (December 2026).
  // 0.002 scored better still out of fold at 36,000 drafts (mean AP 0.866 → 0.870), but its sharper
  // scores overruled two rule-table rows (an explicit death, «stillesone» read as sarcasm). At 122,000
  // drafts, with features kept by weight, 0.003 (and 13,500 features, for room) scored 0.787 out of fold
  // against 0.780, but flagged more benign drafts of two fresh test batches (5 of 296 against 4), the judge
  // chosen beforehand; 0.008 scored 0.770 (December 2026). Once calibration counted every benign draft
  // (the benign share flagged is then fixed, and only macro-F1 can move), 0.003 scored 0.785 against 0.775
  // out of fold at 98,700 drafts, and on four fresh test batches judged by a rule written before they
  // existed 85.5 against 84.7 macro-F1, 15 against 16 of 769 benign drafts flagged; 0.0015 then scored
  // 0.790 (0.002: 0.788, 0.001: 0.793) and on four more fresh batches 85.9 against 85.6, 12 against 13 of
  // 682 (December 2026). Sharper scores overrule more of the word lists' structure: at 0.0015 the model read
  // someone else's «privatperson» as the writer's disclaimer (political-opinion now holds the writer's own
  // stance there), at 0.001 also a general sentence about crisis management as a crisis. With the judged test
  // batches in training (112,000 drafts) and that sentence left to the crisis rule, 0.001 scored 0.797 against
  // 0.794 out of fold, but flagged 16 against 14 of 754 benign drafts of four fresh batches (December 2026).
  l2: 0.0015,
  positiveWeight: 2,
  // A benign draft's loss counts twice, and an official text's eight times: the model learned the
  // vocabulary of reorganisations, recruitment and service pages as internal-dispute or case-handling,
  // and real municipal pages drew alarms (7–14 % of three fresh sets of real texts). With these weights,
  // out-of-fold macro-F1 0.764 → 0.780 (benign scores fall, so calibration can set lower thresholds at
  // the same benign budget), and the two real sets read during development: 6 → 1 and 10 → 5 of 100
  // (2 and 3 × 3 … 12 tried, December 2026). Benign near-misses weighted 4 scored 0.782 against 0.781 out
  // of fold at 126,000 drafts, but 87.6 against 87.7 macro-F1 on two fresh test batches, the judge chosen
  // beforehand; each feature scaled by its naive-Bayes log-count ratio (NBSVM) scored 0.767 against 0.780. Informal
  // benign drafts weighted 3 (fresh test batches flag them most: 5–8 % against 2–5 % of the plain ones) scored 0.800
  // against 0.799 out of fold, but 53 against 52 of 1,161 benign drafts of six fresh test batches were flagged, where the
  // rule written before they existed asked for two fewer (at 4, a sarcastic rule-table row no longer fired; December 2026).
  benignWeight: 2,
  officialBenignWeight: 8,
  minDocumentFrequency: 2,
  // The content script with the model must stay within 150 kB gzipped. At 4 bits, 14,000 features took
  // the room 6,000 took at 8 and scored better out of fold; entropy-coded weights (training/encode.ts)
  // made room for 18,000, weights on a finer step (see `quantize`) for 16,000, and benign drafts that
  // weigh more for 15,500 of the most frequent features. Kept by weight (`selectFeatures`), 14,500 take
  // less room than those 15,500 and score better out of fold by batch: macro-F1 0.774 → 0.781, benign
  // drafts with any finding 1,189 → 1,093 of 34,651; 15,000 scored 0.782 with 0.4 kB to spare
  // (December 2026). A smaller l2 spreads the weights wider, and they take more bits: at 0.0015, 12,900
  // take the room 14,500 took at 0.005 (at 0.003, 14,500 scored 0.786 against 13,800's 0.785, 3.7 kB larger).
  maxFeatures: 12900,
  // Eight folds until December 2026: each fold's model learned from 7/8 of the batches, closer to the final model,
  // and the thresholds calibrated on its scores fitted it better than with four (training batches held out as a
  // pseudo-test, at 10,000 drafts). At 139,000 drafts, each of four folds learns from 104,000, and training takes half
  // the time: with the epochs above, four fresh test batches scored as well (see `epochs`). Two since December 2026, at
  // 216,000 drafts, for the time: in alternated runs on 2 cores, 127–130 s where four folds took 176–199 s (the final
  // model does not depend on the folds; only the stacking layer and the thresholds do). Six training batches never in
  // the corpus, as a stand-in test, scored 83.3 against 83.2 macro-F1, 31 of 1,061 benign drafts flagged by each; on
  // eight fresh test batches judged by a rule written before they existed, 83.2 against 83.2, 30 against 28 of 1,505
  // flagged. On the whole test split (108 batches, most of them judges before) 82.1 against 82.2, 554 against 576 of
  // 19,777 flagged: identifiable-person's thresholds came out stricter (F1 72.3 against 73.6).
  folds: 2,
  seed: 20261203,
};

interface Example {
  /** Distinct feature hashes of the draft. */
  hashes: Uint32Array;
  /** As at prediction time. */
  value: number;
  targets: Uint8Array;
  /** How much a benign draft's loss counts (a label's positives count `positiveWeight`). */
  weight: number;
}

export function exampleOf(draft: CorpusDraft): Example {
  const text = normalizeText(draft.text).text;
  const distinct = new Set<number>();
  forEachFeature(tokenize(text), (hash) => distinct.add(hash));
  const hashes = Uint32Array.from(distinct);
  return {
    hashes,
    value: featureValue(hashes.length),
    targets: exampleTargets(draft),
    weight: exampleWeight(draft),
  };
}

function exampleWeight(draft: CorpusDraft): number {
  return draft.expect.length > 0 ? 1 : draft.style === 'official' ? hyperparameters.officialBenignWeight : hyperparameters.benignWeight;
}

function exampleTargets(draft: CorpusDraft): Uint8Array {
  return Uint8Array.from(modelLabels, (label) => (draft.expect.includes(label) ? 1 : 0));
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One-vs-rest logistic regression on the features `selectFeatures` keeps (a short fit ranks them, a full one fits them), 4-bit weights. */
export function fit(examples: readonly Example[]): ModelFile {
  const frequency = documentFrequency(examples);
  const buckets = selectFeatures(examples, frequency);
  const { weights, biases } = fitWeights(examples, buckets, frequency);
  return quantize(buckets, weights, biases);
}

/** How many of `examples` have each feature, by hash: hashes are below 2^hashBits, and an array indexed by hash counts and looks up faster than a map. */
function documentFrequency(examples: readonly Example[]): Uint32Array {
  const frequency = new Uint32Array(1 << hashBits);
  for (const example of examples) for (const hash of example.hashes) frequency[hash]!++;
  return frequency;
}

/**
 * The `maxFeatures` features that weigh most in a model fitted on every feature of at least
 * `minDocumentFrequency` drafts: the sum over labels of a weight's size (against the label's mean
 * size), times the square root of how many drafts have the feature. Kept by frequency alone, common
 * words with no say about any rule took the room of rarer ones that carry one.
 */
function selectFeatures(examples: readonly Example[], frequency: Uint32Array): number[] {
  const { minDocumentFrequency, maxFeatures } = hyperparameters;
  const labels = modelLabels.length;
  // Rare features are left out: they only memorise their few drafts. In hash order, as the fit needs them.
  const pool: number[] = [];
  frequency.forEach((count, hash) => count >= minDocumentFrequency && pool.push(hash));
  const { weights } = fitWeights(examples, pool, frequency, hyperparameters.selectionEpochs);
  const meanSize = modelLabels.map((_, label) => {
    let sum = 0;
    for (let row = 0; row < pool.length; row++) sum += Math.abs(weights[row * labels + label]!);
    return sum / pool.length || 1;
  });
  const importance = pool.map((hash, row) => {
    let size = 0;
    for (let label = 0; label < labels; label++) size += Math.abs(weights[row * labels + label]!) / meanSize[label]!;
    return { hash, weight: size * Math.sqrt(frequency[hash]!) };
  });
  return importance
    .sort((a, b) => b.weight - a.weight || a.hash - b.hash)
    .slice(0, maxFeatures)
    .map(({ hash }) => hash)
    .sort((a, b) => a - b);
}

/**
 * AdaGrad per weight, L2 on the weights a draft touches, over the features `buckets` (sorted). A row
 * holds a feature's weights and then their squared-gradient sums side by side, and each draft's
 * features are offsets into one flat array: the same arithmetic in the same order as separate
 * arrays, a third faster on the 430,000 features of the ranking fit (fewer cache misses). Rows are
 * stored by `frequency` (how many drafts have the feature), most first, so the common features share the cache;
 * a draft still visits its features in its own order, so the sums, and the weights, are the same.
 */
function fitWeights(
  examples: readonly Example[],
  buckets: readonly number[],
  frequency: Uint32Array,
  epochs = hyperparameters.epochs,
): { weights: Float32Array; biases: Float64Array } {
  const { learningRate, l2, positiveWeight, seed } = hyperparameters;
  const labels = modelLabels.length;
  const stride = 2 * labels;
  const offsetOf = rowOffsets(buckets, frequency, stride);
  const starts = new Int32Array(examples.length + 1);
  examples.forEach((example, index) => {
    let count = 0;
    for (const hash of example.hashes) if (offsetOf[hash]! >= 0) count++;
    starts[index + 1] = starts[index]! + count;
  });
  const offsets = new Int32Array(starts[examples.length]!);
  examples.forEach((example, index) => {
    let at = starts[index]!;
    for (const hash of example.hashes) if (offsetOf[hash]! >= 0) offsets[at++] = offsetOf[hash]!;
  });
  const state = new Float32Array(buckets.length * stride);
  for (let row = 0; row < buckets.length; row++) state.fill(1e-6, row * stride + labels, (row + 1) * stride);
  const biases = new Float64Array(labels);
  const biasSquares = new Float64Array(labels).fill(1e-6);
  const sums = new Float64Array(labels);
  const gradients = new Float64Array(labels);
  const random = mulberry32(seed);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const index of order) {
      const { value, targets, weight } = examples[index]!;
      const from = starts[index]!;
      const to = starts[index + 1]!;
      // Labels do not share weights: all sums first, then all updates, row by row as stored. A label's sum in a
      // local, over the draft's features in order: the same sum, 5 % faster than adding into `sums` row by row.
      for (let label = 0; label < labels; label++) {
        let sum = biases[label]!;
        for (let feature = from; feature < to; feature++) sum += state[offsets[feature]! + label]! * value;
        sums[label] = sum;
      }
      for (let label = 0; label < labels; label++) {
        const target = targets[label]!;
        const gradient = (1 / (1 + Math.exp(-sums[label]!)) - target) * (target ? positiveWeight : weight);
        biasSquares[label]! += gradient * gradient;
        biases[label]! -= (learningRate * gradient) / Math.sqrt(biasSquares[label]!);
        // Every feature of the draft has the same value: its share of the gradient is worked out once.
        gradients[label] = gradient * value;
      }
      for (let feature = from; feature < to; feature++) {
        const offset = offsets[feature]!;
        for (let label = 0; label < labels; label++) {
          const at = offset + label;
          const current = state[at]!;
          const g = gradients[label]! + l2 * current;
          // As stored: a Float32Array keeps the sum rounded to single precision.
          const square = Math.fround(state[at + labels]! + g * g);
          state[at + labels] = square;
          state[at] = current - (learningRate * g) / Math.sqrt(square);
        }
      }
    }
  }
  const weights = new Float32Array(buckets.length * labels);
  buckets.forEach((hash, row) => weights.set(state.subarray(offsetOf[hash]!, offsetOf[hash]! + labels), row * labels));
  return { weights, biases };
}

/** Where each feature's row starts in the fit's flat array (−1 for a hash not in `buckets`): the features most drafts have first. */
function rowOffsets(buckets: readonly number[], frequency: Uint32Array, stride: number): Int32Array {
  const offsetOf = new Int32Array(1 << hashBits).fill(-1);
  [...buckets].sort((a, b) => frequency[b]! - frequency[a]! || a - b).forEach((hash, place) => (offsetOf[hash] = place * stride));
  return offsetOf;
}

function quantize(buckets: readonly number[], weights: Float32Array, biases: Float64Array): ModelFile {
  const labels = modelLabels.length;
  // A label's step is its 99.9th percentile weight over 7, the few larger weights clamped: a step
  // of its largest weight over 7 rounded most weights to −1, 0 or 1 and cost about 0.01 of macro-F1
  // out of fold by batch against unrounded weights; this step lost none (December 2026).
  const scales = modelLabels.map((_, label) => {
    const magnitudes: number[] = [];
    for (let row = 0; row < buckets.length; row++) {
      const magnitude = Math.abs(weights[row * labels + label]!);
      if (magnitude > 0) magnitudes.push(magnitude);
    }
    magnitudes.sort((a, b) => a - b);
    return (magnitudes[Math.floor(0.999 * (magnitudes.length - 1))] ?? 0) / weightRange.max || 1;
  });
  const keptBuckets: number[] = [];
  const kept: number[] = [];
  buckets.forEach((bucket, row) => {
    const quantized = modelLabels.map((_, label) =>
      Math.max(weightRange.min, Math.min(weightRange.max, Math.round(weights[row * labels + label]! / scales[label]!))),
    );
    // A feature whose weights all round to 0 costs room and changes no score.
    if (quantized.every((weight) => weight === 0)) return;
    keptBuckets.push(bucket);
    kept.push(...quantized);
  });
  return {
    version: 4,
    corpusHash: '0'.repeat(64),
    hashBits,
    labels: [...modelLabels],
    scales,
    biases: [...biases],
    thresholds: {},
    data: encodeWeights(keptBuckets, Int8Array.from(kept)),
  };
}

/** Thresholds no finding reaches: the rules' reports are all training needs of a run. */
const nothingThrough: ThresholdTier = { withEvidence: 2, withCandidate: 2, alone: 2 };

/** Per draft and label, its three readings (`LearnedReading`): where `readingsOf` puts them. */
const readingAt = (draft: number, label: number) => (draft * modelLabels.length + label) * 3;
/** Each rule the model weighs, by its label's place in `modelLabels`. */
const labelIndex = new Map<RuleId, number>(modelLabels.map((label, index) => [label, index]));

/**
 * Every draft's readings for each label that weighs the model, as `readingAt` lays them out; -1 where a rule reports
 * none. The model's scores are single precision, so a Float32Array holds them exactly, and it passes to the training
 * process far faster than objects: 2.8 million points as objects took about 9 s of CPU to send and read back (December 2026).
 */
function readingsOf(file: ModelFile, drafts: readonly CorpusDraft[]): Float32Array {
  const model = decodeModel(file);
  const readings = new Float32Array(readingAt(drafts.length, 0)).fill(-1);
  drafts.forEach((draft, index) => {
    // Normalising is idempotent: the engine's offsets and ours then agree.
    const text = normalizeText(draft.text).text;
    const learned = learnedEvidence(model, text, sentenceSpans(text));
    // One run of the rules, with thresholds that let nothing through: each rule that weighs the
    // model reports its score at a word-list finding, at the strongest place its structure points
    // at, and alone where its vetoes allow the model alone a finding (they silence it elsewhere, so
    // calibration neither counts those alarms nor those catches).
    const report = (rule: RuleId, { evidence, candidate, alone }: LearnedReading) => {
      const label = labelIndex.get(rule);
      if (label === undefined) return;
      const at = readingAt(index, label);
      readings[at] = evidence;
      readings[at + 1] = candidate;
      readings[at + 2] = alone;
    };
    analyzeWith(text, { media: draft.media }, () => ({ ...learned, thresholds: () => nothingThrough, report }));
  });
  return readings;
}

/** `drafts`' validation points for calibration (training/calibrate.ts), from their `readingsOf`, added to `points`. */
function addValidationPoints(points: Map<RuleId, ValidationPoint[]>, drafts: readonly CorpusDraft[], readings: Float32Array, everyday: ReadonlySet<string>): void {
  modelLabels.forEach((label, labelIndex) => {
    const ofLabel = points.get(label)!;
    drafts.forEach((draft, index) => {
      const at = readingAt(index, labelIndex);
      ofLabel.push({
        positive: draft.expect.includes(label),
        benign: draft.expect.length === 0,
        everyday: everyday.has(draft.batch),
        official: draft.style === 'official',
        evidence: readings[at]!,
        candidate: readings[at + 1]!,
        alone: readings[at + 2]!,
      });
    });
  });
}

/** Whole batches to folds, in batch order. */
function foldsOf(drafts: readonly CorpusDraft[]): Map<string, number> {
  const batches = [...new Set(drafts.map((draft) => draft.batch))].sort(byBatchNumber);
  return new Map(batches.map((batch, index) => [batch, index % hyperparameters.folds]));
}

/**
 * A fold's model is fitted in one job, with its raw logits of the held-out drafts for the stacking layer, and
 * scores its held-out drafts in `scoringParts` others once every fold's logits have fitted that layer; the
 * last job is a short one, so both cores finish together.
 */
type Job = { kind: 'final' } | { kind: 'fit'; fold: number } | { kind: 'score'; fold: number; part: number; model: ModelFile };
// Four per fold since two folds: the parts are as long as with four folds, so the cores still finish together.
const scoringParts = 4;
interface Reply {
  result: unknown;
  /** How long the job took in its child. */
  seconds: number;
}
interface FoldFit {
  model: ModelFile;
  /** The linear model's raw logits of each held-out draft, whole, in corpus order. */
  logits: Float64Array[];
}

/**
 * A child process that reads the corpus once, then takes jobs until it is sent «done».
 * It runs `script` (`bundleWorker`) in plain Node, with this run's arguments. Typed arrays pass as they are.
 */
function startWorker(script: string) {
  // A larger young generation: scoring allocates many short-lived objects, and collecting them took a sixth of its time.
  const child = fork(script, process.argv.slice(2), { serialization: 'advanced', execArgv: ['--max-semi-space-size=64'] });
  // A child that dies mid-job fails the training instead of leaving it waiting.
  child.on('exit', (code, signal) => code !== 0 && child.emit('error', new Error(`a training worker exited with ${code ?? signal}`)));
  const messages = on(child, 'message');
  const next = async () => (await messages.next()).value[0] as Reply;
  return { send: (job: Job | 'done') => child.send(job), next };
}
type TrainingWorker = ReturnType<typeof startWorker>;

/**
 * The queue's jobs on the workers, each worker taking the next as it finishes one; a finished job may put
 * follow-ups at the end of the queue (`then`), so a worker that finds the queue empty waits while any job
 * is still running. The replies by job, whichever child finishes first.
 */
async function runJobs(workers: readonly TrainingWorker[], queue: Job[], then: (job: Job, reply: Reply) => Job[]): Promise<Map<Job, Reply>> {
  const replies = new Map<Job, Reply>();
  let running = 0;
  let wake = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };
  await Promise.all(
    workers.map(async (worker) => {
      for (;;) {
        const job = queue.shift();
        if (!job) {
          if (running === 0) return notify();
          await changed;
          continue;
        }
        running++;
        worker.send(job);
        const reply = await worker.next();
        replies.set(job, reply);
        queue.push(...then(job, reply));
        running--;
        notify();
      }
    }),
  );
  return replies;
}

/**
 * Fitting is most of the training time, so the final model and every fold's model are fitted in child
 * processes, as many at once as there are cores. Each fold ranks its features on its own drafts: ranked
 * once on every development draft, the features were chosen with the held-out drafts' labels, the
 * out-of-fold scores flattered the model, and the thresholds calibrated on them flagged more benign drafts
 * of four fresh test batches (39 against 36 of 756, December 2026). The fold models go first: the stacking layer needs
 * all their logits before any scoring, and the final model, the largest job, fills the wait.
 */
async function fitAll(development: readonly CorpusDraft[], everyday: ReadonlySet<string>, workers: readonly TrainingWorker[]): Promise<{ validation: Map<RuleId, ValidationPoint[]>; final: ModelFile; timing: string }> {
  const final: Job = { kind: 'final' };
  const fits = Array.from({ length: hyperparameters.folds }, (_, fold): Job => ({ kind: 'fit', fold }));
  // The stacking layer and the validation points both read each fold's held-out drafts.
  const held = heldOutByFold(development);
  // In fold order, whichever fold's model is ready first: the result does not depend on the timing.
  const foldFits: FoldFit[] = [];
  const scores: Job[][] = [];
  let stacking: ModelFile['stacking'];
  let stackingSeconds = 0;
  const replies = await runJobs(workers, [...fits, final], (job, reply) => {
    if (job.kind !== 'fit') return [];
    foldFits[job.fold] = reply.result as FoldFit;
    if (foldFits.filter(Boolean).length < hyperparameters.folds) return [];
    const started = performance.now();
    stacking = stackingOf(held, foldFits);
    stackingSeconds = (performance.now() - started) / 1000;
    return foldFits.flatMap(({ model }, fold) =>
      (scores[fold] = Array.from({ length: scoringParts }, (_, part): Job => ({ kind: 'score', fold, part, model: { ...model, stacking } }))),
    );
  });
  for (const worker of workers) worker.send('done');
  const validation = new Map<RuleId, ValidationPoint[]>(modelLabels.map((label) => [label, []]));
  scores.forEach((parts, fold) =>
    parts.forEach((job, part) => addValidationPoints(validation, scoringPart(held[fold]!, part), replies.get(job)!.result as Float32Array, everyday)),
  );
  const seconds = (jobs: readonly Job[]) => jobs.map((job) => replies.get(job)!.seconds.toFixed(0)).join(', ');
  const timing = `seconds per job: final model ${seconds([final])}; fold models ${seconds(fits)}; stacking layer ${stackingSeconds.toFixed(0)}; their scoring ${scores.map((parts) => seconds(parts)).join('; ')}`;
  return { validation, final: { ...(replies.get(final)!.result as ModelFile), stacking }, timing };
}

/** A fold's held-out drafts in `scoringParts` runs of about equal length, in corpus order: scoring job `part`'s run. */
function scoringPart(held: readonly CorpusDraft[], part: number): readonly CorpusDraft[] {
  const size = Math.ceil(held.length / scoringParts);
  return held.slice(part * size, (part + 1) * size);
}

/** Each fold's held-out drafts, in corpus order. */
function heldOutByFold(development: readonly CorpusDraft[]): CorpusDraft[][] {
  const foldOfBatch = foldsOf(development);
  return Array.from({ length: hyperparameters.folds }, (_, fold) => development.filter((draft) => foldOfBatch.get(draft.batch) === fold));
}

/** The stacking layer, fitted on every fold's out-of-fold logits of its `held` drafts (training/stacking.ts). */
function stackingOf(held: readonly (readonly CorpusDraft[])[], foldFits: readonly FoldFit[]): ModelFile['stacking'] {
  const drafts = held.flat();
  const weights = drafts.map(exampleWeight);
  return fitStacking(
    foldFits.flatMap(({ logits }) => logits),
    drafts.map(exampleTargets),
    // The loss weights of `fitWeights`: a positive counts `positiveWeight`, any other draft its example weight.
    (draft, positive) => (positive ? hyperparameters.positiveWeight : weights[draft]!),
  );
}

/** `count` workers, each ready for jobs. */
async function startWorkers(count: number): Promise<TrainingWorker[]> {
  // Beside the packages, which the script imports as they are.
  const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'vaer-varsom-train-'));
  try {
    const script = await bundleWorker(folder);
    const workers = Array.from({ length: count }, () => startWorker(script));
    await Promise.all(workers.map((worker) => worker.next()));
    return workers;
  } finally {
    // Once loaded, the script lives in the workers' memory: no run leaves a folder behind.
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The workers' script, written to `folder`: this file bundled by esbuild, as the bench times the engine. Run
 * through tsx, every function is wrapped to keep its name, and the closures made in hot loops pay for it:
 * scoring a quarter of the development drafts took 12.9 s, bundled 10.5 s (December 2026).
 */
async function bundleWorker(folder: string): Promise<string> {
  const outfile = join(folder, 'train-worker.mjs');
  await build({
    stdin: { contents: "import { runWorkerProcess } from './train';\nrunWorkerProcess();\n", resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'error',
    plugins: [ownModuleUrls],
  });
  return outfile;
}

/**
 * Each module of the bundle keeps its own `import.meta.url` (the corpus finds its batches beside itself), where
 * a bundle would give every module the bundle's. A plain text replacement, harmless in a comment.
 */
const ownModuleUrls: Plugin = {
  name: 'own-module-urls',
  setup(bundle) {
    bundle.onLoad({ filter: /\.ts$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
  },
};

/** A worker's process: the development drafts as `main` reads them, then `fitAll`'s jobs. */
export function runWorkerProcess(): void {
  runWorker(readDevelopment(batchesOption()).development);
}

function runWorker(development: readonly CorpusDraft[]): void {
  // Features as a job first needs them: a worker that fits one fold and then scores never works out the others'.
  const examples: Example[] = [];
  const examplesOf = (wanted: (index: number) => boolean) =>
    development.flatMap((draft, index) => (wanted(index) ? [(examples[index] ??= exampleOf(draft))] : []));
  const foldOfBatch = foldsOf(development);
  const foldOf = development.map((draft) => foldOfBatch.get(draft.batch)!);
  const heldOut = heldOutByFold(development);
  const run = (job: Job) => {
    if (job.kind === 'final') return fit(examplesOf(() => true));
    // A fold's model learns from the other folds' drafts and scores its own.
    if (job.kind === 'fit') {
      const model = fit(examplesOf((index) => foldOf[index] !== job.fold));
      const decoded = decodeModel(model);
      const logits = heldOut[job.fold]!.map((draft) => {
        const text = normalizeText(draft.text).text;
        return rawLogits(decoded, text, 0, text.length);
      });
      return { model, logits } satisfies FoldFit;
    }
    return readingsOf(job.model, scoringPart(heldOut[job.fold]!, job.part));
  };
  process.on('message', (job: Job | 'done') => {
    if (job === 'done') return process.disconnect();
    const started = performance.now();
    const result = run(job);
    process.send!({ result, seconds: (performance.now() - started) / 1000 } satisfies Reply);
  });
  process.send!('ready');
}

const usage = 'usage: npm run train [-- --batches DIR]';

/** `--batches DIR`: train on another folder of batch files (e.g. only the finished ones); the corpus' own without it. */
function batchesOption(): string | undefined {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { batches: { type: 'string' } } });
  return values.batches === undefined ? undefined : `${values.batches.replace(/\/$/, '')}/`;
}

/** The corpus in `dir` (the corpus' own batches without one), its splits and its development drafts. */
function readDevelopment(dir: string | undefined) {
  const corpus = loadCorpus(dir);
  const splits = loadSplits();
  return { dir, corpus, splits, development: corpus.filter((draft) => !splits.test.includes(draft.batch)) };
}

async function main() {
  const started = performance.now();
  const batches = optionsOrUsage(usage, batchesOption);
  // The workers start reading the corpus while this process reads it too.
  const workers = startWorkers(Math.min(hyperparameters.folds + 1, availableParallelism()));
  const { dir, corpus, splits, development } = readDevelopment(batches);
  const foldOf = foldsOf(development);
  console.log(`${corpus.length} drafts; development ${development.length} in ${foldOf.size} batches; test batches ${splits.test.join(', ')} left alone`);
  for (let fold = 0; fold < hyperparameters.folds; fold++) {
    const held = [...foldOf].filter(([, of]) => of === fold).map(([batch]) => batch);
    console.log(`fold ${fold + 1}/${hyperparameters.folds}: holds out ${held.join(', ')}`);
  }
  const { validation, final, timing } = await fitAll(development, new Set(splits.everyday), await workers);
  const calibrating = performance.now();

  const severityOf = (label: RuleId) => rules.find((rule) => rule.id === label)!.severity;
  const thresholds = calibrateAll(validation, severityOf);
  console.log(`\n${validationReport(validation, thresholds, severityOf)}`);
  console.log(`\n${timing}; calibration ${((performance.now() - calibrating) / 1000).toFixed(0)}`);

  const file: ModelFile = { ...final, corpusHash: corpusHash(dir), thresholds };
  const path = new URL('../lib/model/model.json', import.meta.url).pathname;
  writeFileSync(path, `${JSON.stringify(file)}\n`);
  const model = decodeModel(file);
  console.log(`\nmodel: ${model.buckets.length} features × ${model.labels.length} labels, ${file.data.length} base64 characters → lib/model/model.json`);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();
