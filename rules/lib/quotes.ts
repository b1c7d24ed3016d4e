import { eachMatch, firstStartingFrom, type Span } from '../../lib/engine/text';

const quoteMark = /[«»“”„"'‘’]/gu;
const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/u;
const openers = new Set(['«', '“', '„', '"', "'", '‘']);
const closers = new Set(['»', '”', '“', '"', "'", '’']);
// Longest passage taken for a quote; beyond it a stray mark is more likely than a quotation.
const maxLength = 80;

/**
 * Quoted passages of `text` (quote marks included), scanned once without backtracking: «…», “…”,
 * „…“ and straight or single quotes. A mark opens before a word and after a non-word, closes
 * after a non-space and before a non-word, so apostrophes inside words (don't, Liar's) do neither.
 */
export function quotedPassages(text: string): Span[] {
  const passages: Span[] = [];
  let open: number | undefined;
  eachMatch(quoteMark, text, (match) => {
    const at = match.index;
    const mark = match[0];
    const previous = text[at - 1] ?? ' ';
    const next = text[at + 1] ?? ' ';
    if (open !== undefined && (at - open > maxLength || text.slice(open, at).includes('\n'))) open = undefined;
    if (open !== undefined && closers.has(mark) && !space.test(previous) && !wordChar.test(next)) {
      passages.push({ start: open, end: at + 1 });
      open = undefined;
    } else if (openers.has(mark) && !wordChar.test(previous) && !space.test(next)) {
      open = at;
    }
  });
  return passages;
}

/** The passage that contains `span`, if any (`passages` as quotedPassages gives them: in order, apart). */
export function enclosingQuote(passages: readonly Span[], span: Span): Span | undefined {
  // The last passage opening before the span is the only one that can hold it.
  const passage = passages[firstStartingFrom(passages, span.start) - 1];
  return passage && span.end < passage.end ? passage : undefined;
}
