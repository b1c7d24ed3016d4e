/**
 * The binary layout lib/model/model.ts decodes: feature count (uint32 LE), the sorted hash buckets
 * as varint deltas, then features × labels int8 weights; base64 so it travels inside JSON.
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
  for (const weight of weights) bytes.push(weight & 255);
  return Buffer.from(bytes).toString('base64');
}
