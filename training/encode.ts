import { maxCodeLength, weightRange } from '../lib/model/model';

/**
 * The binary layout lib/model/model.ts decodes:
 * 1. feature count (uint32 LE) and the Rice parameter k of the bucket gaps (one byte);
 * 2. per label, the canonical Huffman code length of each of the 16 weights (−8 … 7), two to a byte,
 *    low nibble first (0: the weight does not occur);
 * 3. one bit stream, read from the high end of each byte: the sorted hash buckets as gaps, each in a
 *    Rice code (gap >> k in unary, ones ended by a zero, then its k low bits), then the weights,
 *    features × labels, each in its label's code.
 * Base64, so it travels inside JSON. Most weights are −1, 0 or 1: coded, they take about two bits
 * where a plain nibble took four, which leaves room for more features in the same size. The gaps
 * take 7.4 bits each where varints took 8.9 (16,000–18,000 features in 2^20 buckets).
 */
export function encodeWeights(buckets: readonly number[], weights: Int8Array): string {
  const labels = buckets.length > 0 ? weights.length / buckets.length : 0;
  if (!Number.isInteger(labels)) throw new RangeError(`${weights.length} weights do not fill ${buckets.length} features`);
  for (const weight of weights) {
    if (weight < weightRange.min || weight > weightRange.max) throw new RangeError(`weight ${weight} does not fit in 4 bits`);
  }
  const count = buckets.length;
  const gaps = buckets.map((bucket, index) => bucket - (index > 0 ? buckets[index - 1]! : 0));
  if (gaps.some((gap) => gap < 0)) throw new RangeError('buckets must be sorted');
  const k = riceParameter(gaps);
  const bytes: number[] = [count & 255, (count >>> 8) & 255, (count >>> 16) & 255, count >>> 24, k];
  const codes = Array.from({ length: labels }, (_, label) => {
    const counts = new Array<number>(16).fill(0);
    for (let index = label; index < weights.length; index += labels) counts[weights[index]! - weightRange.min]!++;
    const lengths = codeLengths(counts);
    for (let symbol = 0; symbol < 16; symbol += 2) bytes.push(lengths[symbol]! | (lengths[symbol + 1]! << 4));
    return canonicalCodes(lengths);
  });
  let pending = 0;
  let pendingBits = 0;
  // Up to 16 bits at a time, so `pending` never holds more than 23.
  const write = (code: number, length: number) => {
    pending = (pending << length) | code;
    pendingBits += length;
    while (pendingBits >= 8) {
      pendingBits -= 8;
      bytes.push((pending >>> pendingBits) & 255);
    }
    pending &= (1 << pendingBits) - 1;
  };
  for (const gap of gaps) {
    for (let ones = gap >>> k; ones > 0; ) {
      const run = Math.min(ones, 15);
      write((1 << run) - 1, run);
      ones -= run;
    }
    write(0, 1);
    if (k > 0) write(gap & ((1 << k) - 1), k);
  }
  weights.forEach((weight, index) => {
    const { code, length } = codes[index % labels]![weight - weightRange.min]!;
    write(code, length);
  });
  if (pendingBits > 0) bytes.push((pending << (8 - pendingBits)) & 255);
  return Buffer.from(bytes).toString('base64');
}

/** The Rice parameter that codes the gaps in the fewest bits (at most 16, so a gap's low bits fit one write). */
function riceParameter(gaps: readonly number[]): number {
  let best = 0;
  let fewest = Infinity;
  for (let k = 0; k <= 16; k++) {
    let bits = 0;
    for (const gap of gaps) bits += 1 + k + (gap >>> k);
    if (bits < fewest) (fewest = bits), (best = k);
  }
  return best;
}

/** Huffman code lengths for symbol counts, none longer than `maxCodeLength`. */
function codeLengths(counts: readonly number[]): number[] {
  const used = counts.flatMap((count, symbol) => (count > 0 ? [symbol] : []));
  const lengths = counts.map(() => 0);
  if (used.length === 1) lengths[used[0]!] = 1;
  if (used.length <= 1) return lengths;
  let weighted = used.map((symbol) => ({ weight: counts[symbol]!, symbols: [symbol] }));
  while (weighted.length > 1) {
    weighted.sort((a, b) => a.weight - b.weight || a.symbols[0]! - b.symbols[0]!);
    const [a, b] = weighted.splice(0, 2) as [(typeof weighted)[number], (typeof weighted)[number]];
    for (const symbol of [...a.symbols, ...b.symbols]) lengths[symbol]!++;
    weighted.push({ weight: a.weight + b.weight, symbols: [...a.symbols, ...b.symbols] });
  }
  // Rare weights can make a code too long to store: flatten the counts and build again.
  if (Math.max(...lengths) > maxCodeLength) return codeLengths(counts.map((count) => (count > 0 ? Math.ceil(count / 2) : 0)));
  return lengths;
}

/** The canonical code of each symbol: shorter codes first, then by symbol (as the decoder rebuilds them). */
function canonicalCodes(lengths: readonly number[]): { code: number; length: number }[] {
  const codes = lengths.map((length) => ({ code: 0, length }));
  let code = 0;
  for (let length = 1; length <= maxCodeLength; length++) {
    for (let symbol = 0; symbol < lengths.length; symbol++) if (lengths[symbol] === length) codes[symbol]!.code = code++;
    code <<= 1;
  }
  return codes;
}
