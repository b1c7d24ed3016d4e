/**
 * The learned layer at run time: a one-vs-rest logistic regression over hashed features
 * (features.ts), with 4-bit weights, entropy-coded (4 bits gave twice the features of int8 in the same size, measured
 * better on batches the model had not seen), and a stacking layer over its logits (`stackingSchema`). Pure
 * TypeScript, no WebAssembly or eval, so it runs in content scripts on pages with a strict CSP. `npm run train`
 * writes model.json.
 */
import * as z from 'zod/mini';
import { ruleIdSchema, type RuleId } from '../engine/schema';
import { forEachFeature, tokenize, type Token } from './features';

const thresholdTierSchema = z.object({
  /** A word-list finding stands when the model's score where it is reaches this. */
  withEvidence: z.number().check(z.gte(0), z.lte(2)),
  /** A place the rule's structure points at (a person, a case noun) is a finding from this score. */
  withCandidate: z.number().check(z.gte(0), z.lte(2)),
  /** The model alone makes a finding (on its best sentence) from this score; above 1 never. */
  alone: z.number().check(z.gte(0), z.lte(2)),
});
export type ThresholdTier = z.infer<typeof thresholdTierSchema>;

const thresholdSchema = z.object({
  ...thresholdTierSchema.shape,
  /**
   * For a critical rule: lower thresholds, calibrated to a warning's precision, below which
   * nothing is shown and above which (short of the critical ones) the finding is a warning
   * that does not stop posting.
   */
  asWarning: z.optional(thresholdTierSchema),
});
export type Thresholds = z.infer<typeof thresholdSchema>;

/**
 * A second, small layer: per label, a logistic regression over every label's raw score (the linear
 * model's logits), fitted on the fold models' out-of-fold scores (training/train.ts). It reads what one
 * label says about another: a crime pinned on someone that `offensive` reads is a criminal matter too.
 */
const stackingSchema = z.object({
  /** Row-major: labels × labels; row j weighs every label's logit for label j. */
  weights: z.array(z.number()),
  biases: z.array(z.number()),
});

export const modelFileSchema = z
  .object({
    version: z.literal(4),
    /** sha256 of the corpus batches the model was trained on (a test checks it is current). */
    corpusHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    hashBits: z.number(),
    labels: z.array(ruleIdSchema),
    scales: z.array(z.number()),
    biases: z.array(z.number()),
    thresholds: z.partialRecord(ruleIdSchema, thresholdSchema),
    /** base64: feature count (uint32 LE), the buckets' Rice parameter, per label a Huffman code for the 4-bit weights, then one bit stream of the bucket gaps and the features × labels weights (training/encode.ts). */
    data: z.string(),
    stacking: z.optional(stackingSchema),
  })
  .check(
    z.refine((file) => !file.stacking || (file.stacking.weights.length === file.labels.length ** 2 && file.stacking.biases.length === file.labels.length), {
      message: 'stacking needs labels × labels weights and a bias per label',
      path: ['stacking'],
    }),
  );
export type ModelFile = z.infer<typeof modelFileSchema>;

/** The weights' range: 4 bits, 16 values, coded as weight − min. */
export const weightRange = { min: -8, max: 7 } as const;

export interface LinearModel {
  labels: readonly RuleId[];
  /** Sorted hash buckets of the features the model knows. */
  buckets: Uint32Array;
  /** Hash table from a bucket to its row (`buildRowIndex`). */
  rowIndex: Int32Array;
  /** Row-major: buckets.length × labels.length. */
  weights: Int8Array;
  scales: Float32Array;
  biases: Float32Array;
  thresholds: Partial<Record<RuleId, Thresholds>>;
  stacking?: { weights: Float32Array; biases: Float32Array };
}

/** Decodes and validates a model file; throws with the field named when it is malformed. */
export function decodeModel(input: unknown): LinearModel {
  const file = modelFileSchema.parse(input);
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const count = bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24);
  const riceBits = bytes[4]!;
  if (riceBits > 16) throw new Error('model data: the bucket gaps have no valid code');
  let at = 5;
  const labels = file.labels.length;
  const decoders = Array.from({ length: labels }, () => {
    const lengths = Array.from({ length: 16 }, (_, symbol) => (bytes[at + (symbol >> 1)]! >> ((symbol & 1) * 4)) & 15);
    at += 8;
    return canonicalDecoder(lengths);
  });
  const bits = bitReader(bytes, at);
  const buckets = new Uint32Array(count);
  let previous = 0;
  for (let index = 0; index < count; index++) {
    let gap = 0;
    while (bits.read(1) === 1) gap += 1 << riceBits;
    previous += gap + bits.read(riceBits);
    buckets[index] = previous;
  }
  const weights = new Int8Array(count * labels);
  for (let index = 0; index < weights.length; index++) {
    const read = decoders[index % labels]!(bits.peek(maxCodeLength));
    if (read < 0) throw new Error('model data: a weight has no code');
    weights[index] = (read >> 4) + weightRange.min;
    bits.skip(read & 15);
  }
  if (bits.bytesRead() !== bytes.length) throw new Error('model data: the weights do not match the feature count');
  return {
    labels: file.labels,
    buckets,
    rowIndex: buildRowIndex(buckets),
    weights,
    scales: Float32Array.from(file.scales),
    biases: Float32Array.from(file.biases),
    thresholds: file.thresholds,
    ...(file.stacking && { stacking: { weights: Float32Array.from(file.stacking.weights), biases: Float32Array.from(file.stacking.biases) } }),
  };
}

/**
 * Reads a bit stream from the high end of each byte, up to 16 bits at a time, through a buffer of
 * up to 23; past the end it reads zeros (so a unary count ends), and `bytesRead` shows it.
 */
function bitReader(bytes: Uint8Array, from: number) {
  let buffer = 0;
  let buffered = 0;
  let next = from;
  const fill = (count: number) => {
    while (buffered < count) {
      buffer = (buffer << 8) | (bytes[next++] ?? 0);
      buffered += 8;
    }
  };
  const peek = (count: number) => (fill(count), (buffer >> (buffered - count)) & ((1 << count) - 1));
  const skip = (count: number) => {
    buffered -= count;
    buffer &= (1 << buffered) - 1;
  };
  return {
    peek,
    skip,
    read: (count: number) => {
      const value = peek(count);
      skip(count);
      return value;
    },
    /** The bytes taken, less those still whole in the buffer. */
    bytesRead: () => next - Math.floor(buffered / 8),
  };
}

/** The longest code a weight may have (its length is stored in 4 bits). */
export const maxCodeLength = 15;

// Codes up to this long are read from a table in one step; longer (rare) ones bit by bit.
const quickBits = 9;

/**
 * Reads one symbol of a canonical Huffman code given each symbol's code length: codes of one
 * length are consecutive, shorter codes first, in symbol order (training/encode.ts writes them).
 * The reader takes the next `maxCodeLength` bits and returns symbol × 16 + the code's length, or −1.
 */
function canonicalDecoder(lengths: readonly number[]): (next: number) => number {
  const countOfLength = new Array<number>(maxCodeLength + 1).fill(0);
  for (const length of lengths) countOfLength[length]!++;
  const symbols: number[] = [];
  for (let length = 1; length <= maxCodeLength; length++) lengths.forEach((other, symbol) => other === length && symbols.push(symbol));
  const walk = (next: number) => {
    let first = 0;
    let index = 0;
    for (let length = 1; length <= maxCodeLength; length++) {
      const code = next >> (maxCodeLength - length);
      const count = countOfLength[length]!;
      if (code - first < count) return (symbols[index + code - first]! << 4) | length;
      index += count;
      first = (first + count) << 1;
    }
    return -1;
  };
  const quick = Int16Array.from({ length: 1 << quickBits }, (_, prefix) => {
    const read = walk(prefix << (maxCodeLength - quickBits));
    return (read & 15) <= quickBits ? read : -1;
  });
  return (next) => {
    const read = quick[next >> (maxCodeLength - quickBits)]!;
    return read >= 0 ? read : walk(next);
  };
}

/**
 * Open addressing from a feature's hash bucket to its row: one probe or two per feature, where a
 * binary search over the buckets took fourteen.
 */
function buildRowIndex(buckets: Uint32Array): Int32Array {
  let size = 1;
  while (size < buckets.length * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  buckets.forEach((bucket, row) => {
    let slot = Math.imul(bucket, 0x9e3779b1) & (size - 1);
    while (slots[slot]! >= 0) slot = (slot + 1) & (size - 1);
    slots[slot] = row;
  });
  return slots;
}

function rowOf(model: LinearModel, hash: number): number {
  const { rowIndex, buckets } = model;
  const mask = rowIndex.length - 1;
  for (let slot = Math.imul(hash, 0x9e3779b1) & mask; ; slot = (slot + 1) & mask) {
    const row = rowIndex[slot]!;
    if (row < 0 || buckets[row] === hash) return row;
  }
}

/** The model's reading of one stretch of text. */
export interface UnitScore {
  start: number;
  end: number;
  /** Probability per label, in `model.labels` order. */
  probabilities: Float32Array;
  /** Per label, the tokens that weigh most for it (largest positive contribution first). */
  strongestTokens(label: number, count: number): Token[];
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/**
 * Each feature's value: 1/√(distinct features), so a sentence and a whole draft score alike – but
 * never above that of a short comment, or «Hei» alone would weigh as much as a whole reply.
 */
export const featureValue = (distinct: number) => (distinct > 0 ? 1 / Math.sqrt(Math.max(distinct, 60)) : 0);

/** The linear model's logit per label for `text[from, to)`: every distinct feature counts once, with `featureValue`. */
export function rawLogits(model: LinearModel, text: string, from: number, to: number): Float64Array {
  const { rows, distinct } = knownRows(model, tokenize(text, from, to));
  const labelCount = model.labels.length;
  const value = featureValue(distinct);
  // Row by row, as the weights are stored.
  const sums = new Int32Array(labelCount);
  for (const row of rows) {
    const offset = row * labelCount;
    for (let label = 0; label < labelCount; label++) sums[label]! += model.weights[offset + label]!;
  }
  return Float64Array.from(sums, (sum, label) => model.biases[label]! + sum * model.scales[label]! * value);
}

/** Scores `text[from, to)`: the raw logits through the stacking layer. */
export function scoreUnit(model: LinearModel, text: string, from: number, to: number): UnitScore {
  const labelCount = model.labels.length;
  const probabilities = Float32Array.from(stackedLogits(model, rawLogits(model, text, from, to)), sigmoid);
  return {
    start: from,
    end: to,
    probabilities,
    // Tokenised again on demand: a long paste has thousands of units and only findings need this.
    strongestTokens(label, count) {
      const tokens = tokenize(text, from, to);
      const { rows: found, tokenOfRow } = knownRows(model, tokens);
      const byToken = new Map<number, number>();
      found.forEach((row, index) => {
        const token = tokenOfRow[index]!;
        byToken.set(token, (byToken.get(token) ?? 0) + weightFor(model, row, label));
      });
      return [...byToken]
        .filter(([, weight]) => weight > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([token]) => tokens[token]!)
        .sort((a, b) => a.start - b.start);
    },
  };
}

/** The logits after the stacking layer; the raw ones when the model has none. */
function stackedLogits(model: LinearModel, logits: Float64Array): Float64Array {
  const { stacking } = model;
  if (!stacking) return logits;
  const count = logits.length;
  return Float64Array.from({ length: count }, (_, label) => {
    let sum = stacking.biases[label]!;
    for (let other = 0; other < count; other++) sum += stacking.weights[label * count + other]! * logits[other]!;
    return sum;
  });
}

/** What a feature's row adds to a label's stacked logit, per unit of feature value. */
function weightFor(model: LinearModel, row: number, label: number): number {
  const count = model.labels.length;
  const { stacking, weights, scales } = model;
  if (!stacking) return weights[row * count + label]! * scales[label]!;
  let sum = 0;
  for (let other = 0; other < count; other++) sum += stacking.weights[label * count + other]! * weights[row * count + other]! * scales[other]!;
  return sum;
}

/** The rows of the distinct features the model knows, each with the token it came from first. */
function knownRows(model: LinearModel, tokens: readonly Token[]): { rows: number[]; tokenOfRow: number[]; distinct: number } {
  // A token has at most its length + 2 features: word, bigram, shouting and its 4-grams.
  let bound = 0;
  for (const token of tokens) bound += token.value.length + 3;
  const seen = distinctHashes.reset(bound);
  const rows: number[] = [];
  const tokenOfRow: number[] = [];
  forEachFeature(tokens, (hash, token) => {
    if (!seen.add(hash)) return;
    const row = rowOf(model, hash);
    if (row >= 0) rows.push(row), tokenOfRow.push(token);
  });
  return { rows, tokenOfRow, distinct: seen.size };
}

/**
 * A set of feature hashes reused from unit to unit: a long paste scores hundreds of sentences,
 * and a fresh `Set` for each cost more than the scoring. Slots are stamped with the unit they
 * belong to, so starting the next unit clears nothing.
 */
const distinctHashes = {
  hashes: new Int32Array(1024),
  stamps: new Uint32Array(1024),
  stamp: 0,
  size: 0,
  /** Empties the set, with room for at least `expected` hashes (half the slots stay free). */
  reset(expected: number) {
    if (expected * 2 > this.hashes.length) {
      let length = this.hashes.length;
      while (expected * 2 > length) length <<= 1;
      this.hashes = new Int32Array(length);
      this.stamps = new Uint32Array(length);
      this.stamp = 0;
    }
    if (++this.stamp === 0xffffffff) (this.stamps.fill(0), (this.stamp = 1));
    this.size = 0;
    return this;
  },
  /** Adds a hash; false when it was already there. */
  add(hash: number): boolean {
    const mask = this.hashes.length - 1;
    for (let slot = Math.imul(hash, 0x9e3779b1) & mask; ; slot = (slot + 1) & mask) {
      if (this.stamps[slot] !== this.stamp) {
        this.stamps[slot] = this.stamp;
        this.hashes[slot] = hash;
        this.size++;
        return true;
      }
      if (this.hashes[slot] === hash) return false;
    }
  },
};
