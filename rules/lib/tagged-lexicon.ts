import type { Span } from '../../lib/engine/text';
import { eachMatch, foldCase, foldedLexicon } from '../../lib/engine/text';

export interface TaggedSpan<Tag extends string> extends Span {
  tags: ReadonlySet<Tag>;
}

const normalise = (words: string) => {
  const lower = words.toLowerCase();
  return /\s/u.test(lower) ? lower.replace(/\s+/gu, ' ') : lower;
};

/** Distinct matched strings whose tags are remembered, per lexicon. */
const maxCachedMatches = 1_000;

/**
 * Several word lists found in one scan of the text: a single linear, case-folded lexicon pattern
 * (foldedLexicon in lib/engine/text.ts) over all entries, each match then tagged with the lists its words belong to. Each scan of a long text
 * costs milliseconds, so rules with many lists use this instead of one lexicon per list. Where
 * entries overlap, the longest one wins (as in lexicon()): put a phrase in every list it serves.
 */
export function taggedLexicon<Tag extends string>(lists: Record<Tag, readonly string[]>) {
  const exact = new Map<string, Set<Tag>>();
  const stems: { stem: string; tag: Tag }[] = [];
  for (const [tag, entries] of Object.entries(lists) as [Tag, readonly string[]][]) {
    for (const entry of entries) {
      if (entry.endsWith('*')) {
        stems.push({ stem: normalise(entry.slice(0, -1)), tag });
      } else {
        const key = normalise(entry);
        if (!exact.has(key)) exact.set(key, new Set());
        exact.get(key)!.add(tag);
      }
    }
  }
  const pattern = foldedLexicon(Object.values<readonly string[]>(lists).flat());

  // The same few words recur across a long text: their tags are worked out once. The cache is
  // bounded, and keeps copies: a matched string can be a view that keeps the whole draft alive.
  const tagsOfMatch = new Map<string, ReadonlySet<Tag>>();
  const tagsOf = (match: string): ReadonlySet<Tag> => {
    let tags = tagsOfMatch.get(match);
    if (!tags) {
      const words = normalise(match);
      const exactTags = exact.get(words);
      const stemTags = stems.filter(({ stem }) => words.startsWith(stem)).map(({ tag }) => tag);
      tags = stemTags.length === 0 && exactTags ? exactTags : new Set([...(exactTags ?? []), ...stemTags]);
      if (tagsOfMatch.size >= maxCachedMatches) tagsOfMatch.clear();
      tagsOfMatch.set(match.split('').join(''), tags);
    }
    return tags;
  };

  return function scan(text: string): TaggedSpan<Tag>[] {
    const folded = foldCase(text);
    const spans: TaggedSpan<Tag>[] = [];
    eachMatch(pattern, folded, (match) => {
      spans.push({ start: match.index, end: match.index + match[0].length, tags: tagsOf(match[0]) });
    });
    return spans;
  };
}

/** The spans carrying `tag`, in order. */
export function tagged<Tag extends string>(spans: readonly TaggedSpan<Tag>[], tag: Tag): TaggedSpan<Tag>[] {
  return spans.filter((span) => span.tags.has(tag));
}
