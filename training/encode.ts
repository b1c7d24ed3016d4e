import { weightRange } from '../lib/model/model';

/**
 * The binary layout lib/model/model.ts decodes: feature count (uint32 LE), the sorted hash buckets
 * as varint deltas, then features × labels 4-bit weights, two to a byte (low nibble first, stored
 * as weight + 8); base64 so it travels inside JSON.
 */
export function encodeWeights(buckets: readonly number[], weights: Int8Array): string {
  const bytes: number[] = [];
  const count = buckets.length;
  bytes.push(count & 255, (count >>> 8) & 255, (count >>> 16) & 255, count >>> 24);
  let previous = 0;
  for (const bucket of buckets) {
    let delta = bucket - previous;
    previous = bucket;
    while (delta >= 128) bytes.push((delta & 127) | 128), (delta >>>= 7);
    bytes.push(delta);
  }
  const nibble = (weight: number | undefined) => {
    if (weight === undefined) return 0;
    if (weight < weightRange.min || weight > weightRange.max) throw new RangeError(`weight ${weight} does not fit in 4 bits`);
    return weight - weightRange.min;
  };
  for (let index = 0; index < weights.length; index += 2) bytes.push(nibble(weights[index]) | (nibble(weights[index + 1]) << 4));
  return Buffer.from(bytes).toString('base64');
}
