import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, foldCase, foldedLexicon, foldedWordChar, sentenceAt, sentenceIndexAt, sentenceSpans } from '../../lib/engine/text';

const sentencesOf = (text: string) => sentenceSpans(text).map((span) => text.slice(span.start, span.end));

describe('sentenceSpans', () => {
  it('splits at . ! ? … before white space and at line breaks', () => {
    expect(sentencesOf('Hei! Kva skjer? Vi ses.\nNy linje… Og så «slutt.» Ferdig')).toEqual([
      'Hei!', 'Kva skjer?', 'Vi ses.', 'Ny linje…', 'Og så «slutt.»', 'Ferdig',
    ]);
  });

  it('keeps ordinals and abbreviations inside the sentence', () => {
    expect(sentencesOf('Møtet er 1. mars kl. 18 i salen. Saken gjelder f.eks. budsjettet. Neste møte 12. juni.')).toEqual([
      'Møtet er 1. mars kl. 18 i salen.', 'Saken gjelder f.eks. budsjettet.', 'Neste møte 12. juni.',
    ]);
  });

  it('does not split inside numbers, domains or piles of marks', () => {
    expect(sentencesOf('Se frogn.kommune.no, pris 2.950 kr!!! Hva??? Ja.')).toEqual(['Se frogn.kommune.no, pris 2.950 kr!!!', 'Hva???', 'Ja.']);
  });

  it('drops empty sentences and is linear on long runs', () => {
    expect(sentencesOf('  \n\n  ')).toEqual([]);
    expect(sentenceSpans('!'.repeat(200_000))).toHaveLength(1);
    expect(sentenceSpans('a. '.repeat(100_000))).toHaveLength(1);
  });
});

describe('foldedLexicon', () => {
  it('matches whole words in case-folded text, with open endings and flexible spaces', () => {
    const words = foldedLexicon(['diagnos*', 'ja takk', 'NAV', 'søknad']);
    const text = 'Diagnosen kom. JA  TAKK. nav-kontoret, navet, diagnostikk, SØKNADEN, Søknad';
    expect(findAll(words, foldCase(text)).map((span) => text.slice(span.start, span.end))).toEqual([
      'Diagnosen', 'JA  TAKK', 'nav', 'diagnostikk', 'Søknad',
    ]);
  });

  it('finds exactly what a global scan of its pattern finds, the first time a text is asked about and after, and in a draft long enough to be indexed at once', () => {
    // Short and long first words, open endings, phrases (one open), entries that start with a non-word character or an emoji.
    const words = foldedLexicon(['i', 'du', 'dum*', 'dumskalle', 'ja takk', 'ja', 'i ja du*', 'a.s', '-guttene', '«sitat', "it's", '🙄 ja', 'aa*', 'ø']);
    const piece = fc.constantFrom('i', 'du', 'dum', 'skalle', 'ja', ' ', '  ', '\n', 'takk', 'a', '.', 's', '-', 'guttene', '«', 'sitat', "'", 't', '🙄', 'ø', 'Ø', 'x', '_', '7', '\ud83d', '\ude44', '\u0301');
    const scanned = (text: string) => {
      const pattern = new RegExp(words.source, 'gu');
      return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    };
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        expect(findAll(words, text)).toEqual(scanned(text));
        expect(findAll(words, text)).toEqual(scanned(text));
        const long = `${text}\n`.repeat(Math.ceil(1000 / (text.length + 1)));
        expect(findAll(words, long)).toEqual(scanned(long));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches a pattern written like a lexicon exactly as a global scan does, whatever it is written like', () => {
    const boundary = `(?<!${foldedWordChar})`;
    const patterns = [
      // read as starting with their words
      new RegExp(`${boundary}(?<!(?:ikke|not)\\s)(?:han|hun|ho)\\ssom\\s`, 'gu'),
      new RegExp(`${boundary}the\\s(?:dad|mum)(?![\\p{L}])`, 'gu'),
      new RegExp(`${boundary}(?:du|dere)\\s{1,3}har`, 'gdu'),
      new RegExp(`${boundary}(?:(?:hun|ho)\\ssom|the\\sdad|hans?)[|\\]]`, 'gu'),
      // scanned: an optional word, an alternative outside a group or an empty one, a word that is no literal
      new RegExp(`${boundary}(?:han|hun)?\\ssom`, 'gu'),
      new RegExp(`${boundary}han|som`, 'gu'),
      new RegExp(`${boundary}(?:han|)som`, 'gu'),
      new RegExp(`${boundary}(?:h.n|the)\\s`, 'gu'),
    ];
    const piece = fc.constantFrom('han', 'hun', 'ho', 'hans', ' ', '  ', 'som', 'ikke', 'not', 'the', 'dad', 'mum', 'du', 'dere', 'har', '|', ']', 'x', 'H', '🙄', '_', '7');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (text) => {
        for (const pattern of patterns) {
          const scanned = [...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
          expect(findAll(pattern, text)).toEqual(scanned);
          expect(findAll(pattern, text)).toEqual(scanned);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('folds case without moving any offset', () => {
    expect(foldCase('İstanbul ÆØÅ')).toBe('istanbul æøå');
    expect(foldCase('İstanbul ÆØÅ')).toHaveLength('İstanbul ÆØÅ'.length);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence containing an offset, or the one before it', () => {
    const text = 'Første. Andre!  Tredje?';
    const sentences = sentenceSpans(text);
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, text.indexOf('Andre') + 2)).toBe(1);
    expect(sentenceIndexAt(sentences, text.indexOf('Tredje') - 1)).toBe(1);
    expect(sentenceIndexAt(sentences, text.length)).toBe(2);
    expect(sentenceIndexAt([], 3)).toBe(-1);
    expect(sentenceAt(sentences, text.indexOf('Tredje'))).toEqual(sentences[2]);
  });
});
