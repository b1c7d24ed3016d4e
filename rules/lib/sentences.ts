/**
 * Sentence-aware span helpers for rules that pair a cue with a subject nearby.
 */
import { distance, firstStartingFrom, sentenceIndexAt, type Span } from '../../lib/engine/text';

/** A span of `spans` (sorted by start) lying in the sentences `index - before … index + after`. */
export function inSentences(
  sentences: readonly Span[],
  spans: readonly Span[],
  index: number,
  before = 0,
  after = 0,
): Span | undefined {
  const first = sentences[Math.max(0, index - before)];
  const last = sentences[Math.min(sentences.length - 1, index + after)];
  if (!first || !last) return undefined;
  for (let i = firstStartingFrom(spans, first.start); i < spans.length && spans[i]!.start < last.end; i++) {
    if (spans[i]!.end <= last.end) return spans[i];
  }
  return undefined;
}

// Spans handed to `near` are words and short phrases; this bounds how far back one can start.
const longestPhrase = 120;

/**
 * A span of `spans` (sorted by start) within `reach` characters of `anchor`, on the given side
 * of it, with no sentence end between them.
 */
export function near(
  text: string,
  spans: readonly Span[],
  anchor: Span,
  reach: number,
  side: 'before' | 'after' | 'either' = 'either',
): Span | undefined {
  for (let i = firstStartingFrom(spans, anchor.start - reach - longestPhrase); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start > anchor.end + reach) break;
    const isBefore = span.end <= anchor.start;
    const isAfter = span.start >= anchor.end;
    if ((side === 'before' && !isBefore) || (side === 'after' && !isAfter)) continue;
    if (distance(span, anchor) > reach) continue;
    const [from, to] = isBefore ? [span.end, anchor.start] : [anchor.end, span.start];
    if (!/[.!?\n]/u.test(text.slice(from, Math.max(from, to)))) return span;
  }
  return undefined;
}

/** Spans sorted by position, without those overlapping an earlier one. */
export function dropOverlaps<T extends Span>(spans: T[]): T[] {
  const kept: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** `test` of the sentence that holds a span, read once per sentence however many spans it holds. */
export function bySentence(sentences: readonly Span[], test: (sentence: Span, index: number) => boolean): (span: Span) => boolean {
  const answers = new Map<number, boolean>();
  return (span) => {
    const index = sentenceIndexAt(sentences, span.start);
    let answer = answers.get(index);
    if (answer === undefined) {
      const sentence = sentences[index];
      answer = sentence !== undefined && test(sentence, index);
      answers.set(index, answer);
    }
    return answer;
  };
}
