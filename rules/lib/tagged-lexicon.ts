import { findAll, lexicon, type Span } from '../../lib/engine/text';

export interface TaggedSpan<Tag extends string> extends Span {
  tags: ReadonlySet<Tag>;
}

const normalise = (words: string) => words.toLowerCase().replace(/\s+/gu, ' ');

/**
 * Several word lists found in one scan of the text: a single linear lexicon() pattern over all
 * entries, each match then tagged with the lists its words belong to. Each scan of a long text
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
  const pattern = lexicon(Object.values<readonly string[]>(lists).flat());

  return function scan(text: string): TaggedSpan<Tag>[] {
    return findAll(pattern, text).map((span) => {
      const words = normalise(text.slice(span.start, span.end));
      const tags = new Set(exact.get(words));
      for (const { stem, tag } of stems) if (words.startsWith(stem)) tags.add(tag);
      return { ...span, tags };
    });
  };
}

/** The spans carrying `tag`, in order. */
export function tagged<Tag extends string>(spans: readonly TaggedSpan<Tag>[], tag: Tag): TaggedSpan<Tag>[] {
  return spans.filter((span) => span.tags.has(tag));
}
