import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/engine';
import { analyzeNow, analyzeSoon, chunkSize } from '../../lib/page/analysis';
import { stubAnalyzer } from './helpers';

describe('analysing long drafts in chunks', () => {
  const filler = 'Biblioteket holder åpent til klokka åtte i kveld. ';
  const long = `${filler.repeat(Math.ceil((chunkSize * 3) / filler.length))}Din idiot. ${filler.repeat(40)}`;

  it('finds what lies beyond the first chunk, at offsets into the whole draft, and whole-draft findings once', () => {
    const { findings } = analyzeNow(long, { media: true }, stubAnalyzer);
    const offensive = findings.filter((finding) => finding.rule === 'offensive');
    expect(offensive).toHaveLength(1);
    expect(long.slice(offensive[0]!.start, offensive[0]!.end)).toBe('idiot');
    expect(findings.filter((finding) => finding.rule === 'media')).toHaveLength(1);
  });

  it('gives the same findings spread over tasks, and nothing once aborted', async () => {
    const expected = analyzeNow(long, {}, stubAnalyzer);
    expect(await analyzeSoon(long, {}, new AbortController().signal, stubAnalyzer)).toEqual(expected);
    const aborted = new AbortController();
    const pending = analyzeSoon(long, {}, aborted.signal, stubAnalyzer);
    aborted.abort();
    expect(await pending).toBeUndefined();
  });

  it('matches the engine exactly for drafts up to a chunk', () => {
    const draft = 'Ordføreren er en idiot. Ring meg på 917 45 362.';
    expect(analyzeNow(draft, {})).toEqual(analyzeDraft(draft));
  });

  it('keeps each step of a 1 MB paste short (measured with the real engine)', async () => {
    const huge = filler.repeat(Math.ceil(1_000_000 / filler.length));
    analyzeDraft(huge.slice(0, chunkSize)); // warm up: compiled patterns, language models
    const started = performance.now();
    analyzeDraft(huge.slice(chunkSize, 2 * chunkSize));
    const perChunk = performance.now() - started;
    const total = performance.now();
    await analyzeSoon(huge, {}, new AbortController().signal);
    console.info(`1 MB draft: ${perChunk.toFixed(1)} ms per ${chunkSize}-character chunk, ${(performance.now() - total).toFixed(0)} ms in all`);
    expect(perChunk).toBeLessThan(50);
  });
});
