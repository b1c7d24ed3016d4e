import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine';
import { normalizeText } from '../../lib/engine/normalize';

const pasted = (text: string) => normalizeText(text).text;

describe('normalizeText', () => {
  it.each([
    ['zero-width space and soft hyphen removed', 'fnr 010444\u200b32761 ok\u00ad', 'fnr 01044432761 ok'],
    ['full-width digits in ASCII', '０１０４４４３２７６１', '01044432761'],
    ['other decimal digits in ASCII', '٠١٢٣٤٥٦٧٨٩ and ०९', '0123456789 and 09'],
    ['no-break, thin and narrow spaces unified', '010444\u2009327\u202f61\u00a0kr', '010444 327 61 kr'],
    ['dashes and minus unified', 'uke 34–36 — 5 − 2', 'uke 34-36 - 5 - 2'],
    ['NFKC: ligatures, circled and superscript digits', 'ﬁne ① x²', 'fine 1 x2'],
    ['decomposed letters composed', 'Tromsø og a\u030Arets', 'Tromsø og årets'],
  ])('%s', (_name, input, output) => {
    expect(pasted(input)).toBe(output);
  });

  it('returns plain text as it is', () => {
    const text = 'Vanlig tekst med æøå, «sitat» og emoji 🙂\nNy linje.';
    expect(pasted(text)).toBe(text);
    expect(normalizeText(text).toOriginal({ start: 3, end: 8 })).toEqual({ start: 3, end: 8 });
  });

  it('maps every span back onto what was written', () => {
    const original = 'Nr: 010444\u200b32761, ﬁne!';
    const normalized = normalizeText(original);
    const at = normalized.text.indexOf('01044432761');
    expect(original.slice(...Object.values(normalized.toOriginal({ start: at, end: at + 11 })) as [number, number])).toBe('010444\u200b32761');
    const fine = normalized.text.indexOf('fine');
    const span = normalized.toOriginal({ start: fine, end: fine + 4 });
    expect(original.slice(span.start, span.end)).toBe('ﬁne');
  });

  it('keeps spans inside the original and in order, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const normalized = normalizeText(text);
        const n = normalized.text.length;
        const start = n ? a % (n + 1) : 0;
        const end = Math.max(start, n ? b % (n + 1) : 0);
        const span = normalized.toOriginal({ start, end });
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('pasted text reaches the critical rules', () => {
  it.each([
    ['a zero-width space inside', 'Fnr: 010444\u200b32761'],
    ['a line break inside', 'Fnr: 010444\n32761'],
    ['a thin space inside', 'Fnr: 010444\u200932761'],
    ['full-width digits', 'Fnr: ０１０４４４３２７６１'],
  ])('a fødselsnummer with %s is found, and the finding points at it as written', (_name, text) => {
    const finding = analyze(text).find((f) => f.rule === 'national-id');
    expect(finding?.severity).toBe('critical');
    expect(text.slice(finding!.start, finding!.end)).toBe(text.slice(5));
  });

  it.each(['Du er en Idiot.', 'Naboen er en «idiot».', 'Du\u200b er en idi\u00adot.'])('%s is offensive', (text) => {
    expect(analyze(text).map((finding) => finding.rule)).toContain('offensive');
  });
});
