/**
 * Text helpers shared by the rules. Every word list built here is linear: literal alternatives
 * between word boundaries, with at most one open letter run per alternative.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * A letter, digit, combining mark or «_» of case-folded text, written out: V8 cannot skip ahead
 * through a text when a pattern starts with a Unicode property class, and matching with the
 * `iu` flags is slow at every position of a long text (measured ~10× on 63,000 characters).
 * Hence word lists are lower-cased and matched case-sensitively against `foldCase(text)`.
 */
export const foldedWordChar =
  '[0-9_a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f]';
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex that finds any of `entries` as whole words in case-folded text (`foldCase(text)`,
 * whose offsets are the text's own). An entry ending in `*` also matches longer words
 * (`diagnos*` → diagnosen, diagnoser); a space in an entry matches any run of white space.
 *
 *   const words = foldedLexicon(['brann', 'evakuer*']);
 *   findAll(words, foldCase(text))
 */
export function foldedLexicon(entries: readonly string[]): RegExp {
  const root = newTrieNode();
  // Each entry as the word-start index reads it (`registerLexicon`).
  const paths: [string, boolean][] = [];
  for (const entry of new Set(entries.map((value) => value.toLowerCase()))) {
    const open = entry.endsWith('*');
    const words = (open ? entry.slice(0, -1) : entry).split(/\s+/);
    paths.push([words.join(' '), !open]);
    let node = root;
    words.forEach((word, index) => {
      for (const atom of index > 0 ? ['\\s+', ...word] : [...word]) {
        if (!node.children.has(atom)) node.children.set(atom, newTrieNode());
        node = node.children.get(atom)!;
      }
    });
    if (open) node.open = true;
    else node.closed = true;
  }
  const pattern = new RegExp(`(?<!${foldedWordChar})${trieSource(root)}(?!${foldedWordChar})`, 'gu');
  // An entry that starts with white space (or is empty) could match anywhere: such a list is scanned.
  if (!paths.some(([path]) => path === '' || path.startsWith(' '))) registerLexicon(pattern, paths);
  return pattern;
}

/**
 * The entries share their prefixes in a trie, written out as nested groups: at each character the
 * engine tries a few branches instead of every entry (the lexicons' scans were a third of a short
 * draft's time). Longer entries are tried first, as a longest-first alternation would.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** An entry ends here and may go on with more word characters (`diagnos*`). */
  open: boolean;
  /** An entry ends here. */
  closed: boolean;
}

const newTrieNode = (): TrieNode => ({ children: new Map(), open: false, closed: false });

function trieSource(node: TrieNode): string {
  const branches = [...node.children.keys()].sort().map((atom) => (atom === '\\s+' ? atom : escapeRegExp(atom)) + trieSource(node.children.get(atom)!));
  if (node.open) branches.push(`${foldedWordChar}*`);
  if (node.closed && branches.length > 0) branches.push('');
  if (branches.length <= 1) return branches[0] ?? '';
  return `(?:${branches.join('|')})`;
}

/*
 * A lexicon's pattern starts with a lookbehind, so V8 tries it at every offset of a text: on a long
 * paste ~40 lexicons each walked all 63,000 characters (a third of the time). Instead, one pass over
 * a text lists, for each lexicon, the offsets after a non-word character where one of its entries
 * begins (looked up in a trie of the entries of all lexicons, white space between words read as one
 * space), followed by a non-word character unless the entry may go on; the lexicon's pattern, made
 * sticky, is then tried at those offsets only. It can match nowhere else, and the offsets are tried
 * in order from the end of the last match, so the matches are exactly those of the global scan.
 */

/**
 * By trie node (0 is the root): the lexicons with an entry that ends there and may go on with word
 * characters (`diagnos*`, the first word of a rule's pattern), and those with an entry that ends
 * there before a non-word character (`brann`, `ja takk`). Filled for every node as it is made: an
 * array with holes is read as a dictionary.
 */
const openAt: (number[] | undefined)[] = [undefined];
const closedAt: (number[] | undefined)[] = [undefined];

/**
 * The trie's edges in one open-addressing table of three numbers an edge: the parent node, the
 * character code (with `endsOpen` and `endsClosed` set when the child has such lexicons) and the
 * child node. A step of the walk reads one place; a `Map` per node cost the pass most of its time.
 */
let edges = new Int32Array(3 << 12).fill(-1);
/** The number of slots less one (a power of two less one). */
let slotMask = (1 << 12) - 1;
const endsOpen = 1 << 16;
const endsClosed = 1 << 17;
const firstSlot = (parent: number, code: number) => (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & slotMask;

/** Where in `edges` the edge from `parent` by `code` is, or -1. */
function edgeOf(parent: number, code: number): number {
  for (let slot = firstSlot(parent, code); ; slot = (slot + 1) & slotMask) {
    const found = edges[slot * 3]!;
    if (found < 0) return -1;
    if (found === parent && (edges[slot * 3 + 1]! & 0xffff) === code) return slot * 3;
  }
}

/** Adds an edge (its code may carry the `ends` flags) and returns where it is. */
function addEdge(parent: number, code: number, child: number): number {
  // Kept at most half full (each node but the root has one edge in), so a miss ends after a probe or two.
  if (openAt.length * 2 > slotMask) {
    const old = edges;
    edges = new Int32Array(old.length * 2).fill(-1);
    slotMask = slotMask * 2 + 1;
    for (let at = 0; at < old.length; at += 3) if (old[at]! >= 0) addEdge(old[at]!, old[at + 1]!, old[at + 2]!);
    return addEdge(parent, code, child);
  }
  let slot = firstSlot(parent, code & 0xffff);
  while (edges[slot * 3]! >= 0) slot = (slot + 1) & slotMask;
  edges.set([parent, code, child], slot * 3);
  return slot * 3;
}

/** Patterns matched at their word starts (null: scanned), by pattern. */
const lexicons = new WeakMap<RegExp, { id: number; sticky: RegExp } | null>();
let lexiconCount = 0;

/**
 * Registers a lexicon by its entries: each as the words it starts with, one space between words
 * standing for any white space, and whether a non-word character must follow them.
 */
function registerLexicon(pattern: RegExp, paths: Iterable<[path: string, closed: boolean]>): void {
  const id = lexiconCount++;
  for (const [path, closed] of paths) {
    let node = 0;
    let edge = -1;
    for (let index = 0; index < path.length; index++) {
      const code = path.charCodeAt(index);
      edge = edgeOf(node, code);
      if (edge < 0) {
        edge = addEdge(node, code, openAt.length);
        openAt.push(undefined);
        closedAt.push(undefined);
      }
      node = edges[edge + 2]!;
    }
    edges[edge + 1]! |= closed ? endsClosed : endsOpen;
    const list = ((closed ? closedAt : openAt)[node] ??= []);
    if (list.at(-1) !== id) list.push(id);
  }
  lexicons.set(pattern, { id, sticky: new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`) });
}

/**
 * A rule's own pattern written like a lexicon – the word-boundary lookbehind, any further
 * lookbehinds, then words («(?:han|hun|ho)\\ssom\\s…», «(?:send|talk\\sto)\\s…») or groups of them,
 * and no alternative outside a group – can only match where one of the words those alternatives
 * begin with starts: it is matched the lexicons' way too. The words are read from the source; any
 * other pattern is scanned.
 */
function registerWordStartPattern(pattern: RegExp): { id: number; sticky: RegExp } | null {
  lexicons.set(pattern, null);
  // Case-insensitive, multiline or sticky patterns are scanned.
  const words = /^[dgsu]+$/.test(pattern.flags) && pattern.flags.includes('u') ? leadingWords(pattern.source) : undefined;
  if (words) registerLexicon(pattern, words.map((word) => [word, false]));
  return lexicons.get(pattern)!;
}

const wordBoundary = `(?<!${foldedWordChar})`;
const isWordLiteral = (char: string | undefined) => char !== undefined && foldedWordUnits[char.charCodeAt(0)] === 1;
const isQuantifier = (char: string | undefined) => char !== undefined && '?*+{'.includes(char);

/** The words every match of `source` starts with (or with the start of), or undefined when it is not written like a lexicon. */
function leadingWords(source: string): string[] | undefined {
  if (!source.startsWith(wordBoundary) || hasTopLevelAlternative(source)) return undefined;
  let at = wordBoundary.length;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) at = groupEnd(source, at);
  return wordsAt(source, at);
}

/** The literal words a match of the pattern part at `at` must start with: of each alternative of a group, or of a word. */
function wordsAt(source: string, at: number): string[] | undefined {
  if (source.startsWith('(?:', at)) {
    const end = groupEnd(source, at);
    if (isQuantifier(source[end])) return undefined;
    const words: string[] = [];
    for (const alternative of alternativesOf(source, at, end)) {
      const found = wordsAt(source, alternative);
      if (!found) return undefined;
      words.push(...found);
    }
    return words;
  }
  let end = at;
  while (isWordLiteral(source[end])) end++;
  // A quantifier makes the last letter optional («sender?»).
  if (isQuantifier(source[end])) end--;
  return end > at ? [source.slice(at, end)] : undefined;
}

/** Where each alternative of the group `source[from, end)` begins. */
function alternativesOf(source: string, from: number, end: number): number[] {
  const starts = [from + 3];
  for (let at = from + 3; at < end - 1; at = source[at] === '(' ? groupEnd(source, at) : atomEnd(source, at)) {
    if (source[at] === '|') starts.push(at + 1);
  }
  return starts;
}

/** The offset after the group that opens at `from`. */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  for (let at = from; at < source.length; at = atomEnd(source, at)) {
    if (source[at] === '(') depth++;
    else if (source[at] === ')' && --depth === 0) return at + 1;
  }
  return source.length;
}

function hasTopLevelAlternative(source: string): boolean {
  for (let at = 0; at < source.length; at = source[at] === '(' ? groupEnd(source, at) : atomEnd(source, at)) {
    if (source[at] === '|') return true;
  }
  return false;
}

/** The offset after the character, escape or character class at `at`, whose brackets and bars are no syntax. */
function atomEnd(source: string, at: number): number {
  if (source[at] === '\\') return at + 2;
  if (source[at] !== '[') return at + 1;
  let end = at + 1;
  while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
  return end + 1;
}

// `foldedWordChar` by code unit, for the pass over a text; the class names nothing above its last \u escape.
const lastFoldedWordUnit = Math.max(...[...foldedWordChar.matchAll(/\\u([0-9a-f]{4})/g)].map((escape) => parseInt(escape[1]!, 16)));
const foldedWordUnits = (() => {
  const wordChar = new RegExp(foldedWordChar, 'u');
  return Uint8Array.from({ length: lastFoldedWordUnit + 1 }, (_, code) => (wordChar.test(String.fromCharCode(code)) ? 1 : 0));
})();

const isWordUnit = (code: number) => foldedWordUnits[code] === 1;

/**
 * For each lexicon (by id), the offsets of `text` where it may match, in order. Linear: a walk from
 * an offset reads no more characters than the longest entry has, but for the white space between
 * its words; a run of white space is entered only from inside an entry, so from at most as many
 * offsets before it as the longest entry has characters.
 */
function indexLexiconStarts(text: string): (number[] | undefined)[] {
  const startsOf: (number[] | undefined)[] = [];
  const list = (ids: readonly number[], start: number) => {
    for (const id of ids) {
      const starts = (startsOf[id] ??= []);
      // A lexicon with entries «dum*» and «dumskalle» is listed twice at «dumskalle».
      if (starts[starts.length - 1] !== start) starts.push(start);
    }
  };
  for (let start = 0; start < text.length; start++) {
    if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) continue;
    let node = 0;
    for (let at = start; at < text.length; ) {
      let code = text.charCodeAt(at++);
      if (isSpace(code)) {
        // No entry starts with white space: skipping a run from each offset inside it would be quadratic.
        if (node === 0) break;
        code = 32;
        while (isSpace(text.charCodeAt(at))) at++;
      }
      const edge = edgeOf(node, code);
      if (edge < 0) break;
      node = edges[edge + 2]!;
      const ends = edges[edge + 1]!;
      if (ends & endsOpen) list(openAt[node]!, start);
      if (ends & endsClosed && !isWordUnit(text.charCodeAt(at))) list(closedAt[node]!, start);
    }
  }
  return startsOf;
}

/**
 * The last two texts lexicons were asked about. A text is indexed on its second scan: the draft is
 * scanned by dozens of lexicons, while a clause a rule checks once is scanned faster as it is. A
 * text of `draftLength` or more can only be a draft, and is indexed at once: its first scan, by the
 * largest lexicon (given names), cost a long paste a fifth as much as the index.
 */
const recentTexts: { text: string; scans: number; index?: { startsOf: (number[] | undefined)[]; lexiconCount: number } }[] = [];
const noStarts: number[] = [];
const draftLength = 1000;

/** The offsets where lexicon `id` may match in `text`, or undefined when the text is to be scanned. */
function lexiconStartsIn(text: string, id: number): number[] | undefined {
  let recent = recentTexts.find((candidate) => candidate.text === text);
  if (!recent) {
    recent = { text, scans: 0 };
    recentTexts.unshift(recent);
    recentTexts.length = Math.min(recentTexts.length, 2);
  } else if (recentTexts[0] !== recent) {
    recentTexts.reverse();
  }
  if (!recent.index && (++recent.scans >= 2 || text.length >= draftLength)) recent.index = { startsOf: indexLexiconStarts(text), lexiconCount };
  // A lexicon built after the index has no offsets in it.
  if (!recent.index || id >= recent.index.lexiconCount) return undefined;
  return recent.index.startsOf[id] ?? noStarts;
}

let lastText = '';
let lastFolded = '';

/**
 * `text` in lower case with every offset kept. «İ» is the one letter whose lower case is
 * longer (i + combining dot); it becomes a plain «i». The last result is cached, as every rule
 * folds the same draft.
 */
export function foldCase(text: string): string {
  if (text !== lastText) {
    const folded = text.replace(/\u0130/g, 'i').toLowerCase();
    lastFolded = folded.length === text.length ? folded : text;
  }
  // Kept even when only equal: the same draft analysed again is a new string, and comparing two
  // strings reads every character where the same string compares at once (a long paste folds
  // once per rule and per sentence).
  lastText = text;
  return lastFolded;
}

/** All matches of a global regex as spans. */
export function findAll(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  eachMatch(pattern, text, (match) => {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  });
  return spans;
}

/**
 * Calls `visit` with every match of a global regex, in order. An exec loop on the pattern itself:
 * `matchAll` clones the pattern on every call, which cost a short draft more than the matching.
 */
export function eachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global) throw new Error(`eachMatch needs a global regex: ${pattern}`);
  pattern.lastIndex = 0;
  const lexicon = lexicons.has(pattern) ? lexicons.get(pattern) : registerWordStartPattern(pattern);
  const starts = lexicon && lexiconStartsIn(text, lexicon.id);
  if (starts) {
    // The global scan's matches: the first match at or after the end of the previous one, in order.
    let from = 0;
    for (const start of starts) {
      if (start < from) continue;
      lexicon.sticky.lastIndex = start;
      const match = lexicon.sticky.exec(text);
      if (!match) continue;
      from = start + match[0].length;
      visit(match);
    }
    return;
  }
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // An empty match would be found again at the same place.
    if (match[0].length === 0) pattern.lastIndex++;
    visit(match);
  }
}

/** Every match of a pattern in the last text it was asked about: kept per pattern, one text each. */
const matchIndexes = new WeakMap<RegExp, { text: string; spans: Span[] }>();

/** A global copy of each non-global pattern, made once: a copy per text would be registered as a new word-start pattern every time. */
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = globalCopies.get(pattern);
  if (!copy) globalCopies.set(pattern, (copy = new RegExp(pattern.source, `${pattern.flags}g`)));
  return copy;
}

function matchesOf(pattern: RegExp, text: string): Span[] {
  let index = matchIndexes.get(pattern);
  if (index?.text !== text) {
    index = { text, spans: findAll(globalOf(pattern), text) };
    matchIndexes.set(pattern, index);
  }
  return index.spans;
}

/**
 * The first match of `pattern` lying within `from…to` of `text`. The text is scanned once and
 * each question is a binary search: rules ask about a sentence per cue, and rescanning the
 * sentence each time made long unpunctuated drafts quadratic.
 */
export function firstMatch(pattern: RegExp, text: string, from = 0, to = text.length): Span | undefined {
  const spans = matchesOf(pattern, text);
  // Matches do not overlap: at most one starts inside the range and runs past its end.
  for (let i = firstStartingFrom(spans, from); i < spans.length && spans[i]!.start < to; i++) if (spans[i]!.end <= to) return spans[i];
  return undefined;
}

/** Index of the first of `spans` (sorted by start) that starts at or after `offset`, by binary search. */
export function firstStartingFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Whether `pattern` occurs in a short string of a rule's own (a clause, a label), tested directly: through
 * `hasMatch` it would replace the draft in the pattern's match index, and the next question about the draft
 * would scan the whole draft again.
 */
export function occursIn(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

export function hasMatch(pattern: RegExp, text: string, from = 0, to = text.length): boolean {
  return firstMatch(pattern, text, from, to) !== undefined;
}

// Character tests by code unit: this loop runs over every character of a pasted text.
const whiteSpace = /\s/u;
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && whiteSpace.test(String.fromCharCode(code)));
const isSentenceMark = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026; // . ! ? …
const closingMarks = new Set([...'"\'»”’)]'].map((char) => char.charCodeAt(0)));
const lowerOrDigit = /[\p{Ll}\d]/u;
// Where a sentence may end, the marks of `isSentenceMark` and a line break: a pattern passes over the text between
// faster than a loop over its characters.
const lineBreakOrMark = /[\n.!?\u2026]/g;

/**
 * Sentence spans, trimmed of surrounding white space; empty sentences are dropped. A sentence
 * ends at a line break, or at . ! ? … (with closing quotes or brackets) before white space –
 * except a single full stop followed by a lower-case word or a digit, which is an ordinal or an
 * abbreviation ("1. mars", "kl. 18", "f.eks. budsjettet"). One pass, linear in the text.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  let start = 0;
  lineBreakOrMark.lastIndex = 0;
  for (let found = lineBreakOrMark.exec(text); found; found = lineBreakOrMark.exec(text)) {
    const index = found.index;
    const code = text.charCodeAt(index);
    if (code === 10) {
      push(start, index);
      start = index + 1;
      continue;
    }
    let end = index;
    while (isSentenceMark(text.charCodeAt(end))) end++;
    const singleStop = end - index === 1 && code === 46;
    while (closingMarks.has(text.charCodeAt(end))) end++;
    lineBreakOrMark.lastIndex = end;
    if (end < text.length && !isSpace(text.charCodeAt(end))) continue;
    let next = end;
    while (next < text.length && text.charCodeAt(next) !== 10 && isSpace(text.charCodeAt(next))) next++;
    if (singleStop && next < text.length && lowerOrDigit.test(text[next]!)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

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

/** The sentence containing `offset`, or the nearest one before it. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  return sentences[sentenceIndexAt(sentences, offset)];
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
