/**
 * Near-duplicate drafts by shared 5-word shingles: templated drafts ("Eleven X i klasse Y har Z")
 * share most of their shingles, independently written ones almost none.
 */
const shingleWords = 5;

export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const result = new Set<string>();
  for (let i = 0; i + shingleWords <= words.length; i++) result.add(words.slice(i, i + shingleWords).join(' '));
  return result;
}

export interface NearDuplicate {
  a: string;
  b: string;
  /** Shared shingles over the smaller draft's shingles. */
  overlap: number;
}

/**
 * Pairs of drafts whose shared shingles cover at least `threshold` of the smaller draft's
 * shingles (and at least `minShingles` of them: a short stock reply may well recur). Candidates
 * come from an inverted index, so unrelated drafts are never compared.
 */
export function nearDuplicates(drafts: readonly { id: string; text: string }[], threshold = 0.5, minShingles = 1): NearDuplicate[] {
  const sets = drafts.map((draft) => shingles(draft.text));
  const postings = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
  });
  const shared = new Map<string, number>();
  for (const list of postings.values()) {
    if (list.length > 50) continue; // a stock phrase every batch uses says nothing about templating
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}:${list[j]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }
  const result: NearDuplicate[] = [];
  for (const [key, count] of shared) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    const smaller = Math.min(sets[i]!.size, sets[j]!.size);
    const overlap = count / smaller;
    if (overlap >= threshold && smaller >= minShingles) result.push({ a: drafts[i]!.id, b: drafts[j]!.id, overlap });
  }
  return result;
}
