/**
 * Text helpers shared by the rules. Every pattern built here is linear: literal alternatives
 * between Unicode-aware word boundaries, with at most one open letter run per alternative.
 */
export interface Span {
  start: number;
  end: number;
}

const wordChar = '[\\p{L}\\p{N}\\p{M}_]';
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex that finds any of `entries` as whole words, case-insensitively.
 * An entry ending in `*` also matches longer words (`diagnos*` → diagnosen, diagnoser);
 * a space in an entry matches any run of white space.
 */
export function lexicon(entries: readonly string[]): RegExp {
  const alternatives = [...new Set(entries)]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const open = entry.endsWith('*');
      const literal = open ? entry.slice(0, -1) : entry;
      const body = literal.split(/\s+/).map(escapeRegExp).join('\\s+');
      return open ? `${body}${wordChar}*` : body;
    });
  return new RegExp(`(?<!${wordChar})(?:${alternatives.join('|')})(?!${wordChar})`, 'giu');
}

/** All matches of a global regex as spans. */
export function findAll(pattern: RegExp, text: string): Span[] {
  if (!pattern.global) throw new Error(`findAll needs a global regex: ${pattern}`);
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function firstMatch(pattern: RegExp, text: string, from = 0, to = text.length): Span | undefined {
  pattern.lastIndex = 0;
  const slice = text.slice(from, to);
  const match = pattern.exec(slice);
  pattern.lastIndex = 0;
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : undefined;
}

export function hasMatch(pattern: RegExp, text: string, from = 0, to = text.length): boolean {
  return firstMatch(pattern, text, from, to) !== undefined;
}

// A sentence ends at . ! ? … (with closing quotes/brackets) followed by white space, or at a line break.
// The lookbehind starts a match only at the first mark of a run, which keeps the scan linear.
const sentenceEnd = /(?<![.!?…])[.!?…]+["'»”’)\]]*(?=\s)|\n/gu;

/** Sentence spans, trimmed of surrounding white space; empty sentences are dropped. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text[from]!)) from++;
    while (to > from && /\s/u.test(text[to - 1]!)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return spans;
}

/** The sentence containing `offset`, or the nearest one before it. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  let found: Span | undefined;
  for (const sentence of sentences) {
    if (sentence.start > offset) break;
    found = sentence;
  }
  return found;
}

/** Sentences `index-before … index+after`, merged into one span. */
export function sentenceWindow(sentences: readonly Span[], index: number, before = 0, after = 0): Span {
  const first = sentences[Math.max(0, index - before)]!;
  const last = sentences[Math.min(sentences.length - 1, index + after)]!;
  return { start: first.start, end: last.end };
}

/** Characters between two spans (0 when they overlap). */
export function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

export function cover(...spans: Span[]): Span {
  return {
    start: Math.min(...spans.map((span) => span.start)),
    end: Math.max(...spans.map((span) => span.end)),
  };
}
