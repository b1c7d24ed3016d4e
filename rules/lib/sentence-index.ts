import type { Span } from '../../lib/engine/text';

/**
 * Index of the sentence containing `offset` (or the nearest one before it), by binary search:
 * rules that look up a sentence per match stay fast on very long texts. -1 before the first.
 */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
