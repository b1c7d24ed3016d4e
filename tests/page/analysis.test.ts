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

  it('never hands the engine more than one chunk of a 1 MB paste, and gives the page a turn between chunks', async () => {
    const huge = filler.repeat(Math.ceil(1_000_000 / filler.length));
    stubAnalyzer.mockClear();
    analyzeNow(huge, {}, stubAnalyzer);
    const chunks = stubAnalyzer.mock.calls.length;
    expect(Math.max(...stubAnalyzer.mock.calls.map(([text]) => text.length))).toBe(chunkSize);
    stubAnalyzer.mockClear();
    const pending = analyzeSoon(huge, {}, new AbortController().signal, stubAnalyzer);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stubAnalyzer.mock.calls.length).toBeLessThan(chunks);
    await pending;
    expect(stubAnalyzer.mock.calls.length).toBe(chunks);
  });
});
