import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/engine';
import { createContext } from '../../lib/engine/rule';
import { frognDefaults } from '../../lib/engine/settings';
import { decodeModel, scoreUnit, shippedModel } from '../../lib/model';
import { rawLogits } from '../../lib/model/model';
import { forEachFeature, tokenize } from '../../lib/model/features';
import modelFile from '../../lib/model/model.json' with { type: 'json' };
import { clearedBy, weighEvidence } from '../../rules/lib/learned';
import { learnedEvidence, type LearnedEvidence, type LearnedReading } from '../../lib/engine/learned';
import { sentenceSpans } from '../../lib/engine/text';
import { batchFiles, loadBatchFile } from '../../corpus/load';
import { encodeWeights } from '../../training/encode';
import { fitStacking } from '../../training/stacking';
import { exampleOf, fit, modelLabels } from '../../training/train';

describe('the shipped model', () => {
  it('knows the judged rules, with thresholds for each', () => {
    const model = shippedModel();
    expect([...model.labels]).toEqual(modelLabels);
    expect(model.buckets.length).toBeGreaterThan(1000);
    for (const label of model.labels) expect(model.thresholds[label], label).toBeDefined();
  });

  it('scores a draft deterministically, as probabilities', () => {
    const text = 'Gutten i 6A har fått ADHD-diagnose, sa mora hans på foreldremøtet.';
    const a = scoreUnit(shippedModel(), text, 0, text.length).probabilities;
    // A long paste in between grows the set of distinct features that scoring reuses.
    const paste = Array.from({ length: 3000 }, (_, index) => `ord${index.toString(36)}x`).join(' ');
    scoreUnit(shippedModel(), paste, 0, paste.length);
    const b = scoreUnit(shippedModel(), text, 0, text.length).probabilities;
    expect([...a]).toEqual([...b]);
    for (const p of a) expect(p).toBeGreaterThan(0), expect(p).toBeLessThan(1);
  });

  it('leaves ordinary municipal notices below every threshold that would warn', () => {
    for (const text of [
      'Det er totalt bålforbud i hele kommunen fra 15. april til 15. september.',
      'Vann stengt i Storgata tirsdag kl. 9–14 på grunn av arbeid på ledningsnettet.',
      'Biblioteket har nye åpningstider fra mandag: 10–19 hver dag.',
    ]) {
      expect(analyzeDraft(text).findings.filter((finding) => finding.severity !== 'info'), text).toEqual([]);
    }
  });
});

describe('learnedEvidence', () => {
  const paragraph =
    'Biblioteket har nye opningstider frå måndag. Vi held ope kvar kveld til klokka 20, og laurdagar frå ti til fire. Bokbussen køyrer som før. ';
  const scoresOf = (text: string) => {
    const evidence = learnedEvidence(shippedModel(), text, sentenceSpans(text));
    const label = shippedModel().labels.indexOf('sarcasm');
    const whole = scoreUnit(shippedModel(), text, 0, text.length).probabilities[label]!;
    return { evidence, whole, at: (offset: number) => evidence.scoreAt('sarcasm', offset) };
  };

  it('judges a long letter of up to 4,000 characters as a whole, as the model was trained, and points at a sentence', () => {
    const letter = paragraph.repeat(20).slice(0, 2900);
    const { evidence, whole, at } = scoresOf(letter);
    expect(at(10)).toBe(whole);
    expect(at(2000)).toBe(whole);
    expect(evidence.topScore('sarcasm')).toBe(whole);
    const strongest = evidence.strongest('sarcasm')!;
    expect(sentenceSpans(letter)).toContainEqual(strongest.span);
  });

  it('judges a longer paste by parts of whole sentences, each at most 4,000 characters', () => {
    const other = 'Hjemmetjenesten har fått nye biler. Sjåførene har vært på kurs i vinterkjøring, og alle bilene har piggdekk. ';
    const paste = paragraph.repeat(30) + other.repeat(40);
    const { whole, at } = scoresOf(paste);
    const label = shippedModel().labels.indexOf('sarcasm');
    const sentences = sentenceSpans(paste);
    const firstPart = { start: 0, end: sentences.filter((sentence) => sentence.end <= 4000).at(-1)!.end };
    expect(at(5)).toBe(scoreUnit(shippedModel(), paste, firstPart.start, firstPart.end).probabilities[label]);
    expect(at(paste.length - 5)).not.toBe(at(5));
    expect(at(5)).not.toBe(whole);
  });
});

/** The shipped file with three labels and no stacking layer, for the binary layout's tests. */
const threeLabels = { ...modelFile, labels: ['crisis', 'promise', 'sarcasm'], scales: [1, 1, 1], biases: [0, 0, 0], stacking: undefined };

describe('model files', () => {
  it('round-trip through the binary layout', () => {
    const weights = Int8Array.from([1, -2, 3, 7, -8, 0]);
    const file = { ...threeLabels, data: encodeWeights([5, 300_000], weights) };
    const model = decodeModel(file);
    expect([...model.buckets]).toEqual([5, 300_000]);
    expect([...model.weights]).toEqual([...weights]);
  });

  it('round-trip many weights, common and rare, each label in its own code', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Mostly −1, 0 and 1, as trained; now and then any of the 16 values.
    const weights = Int8Array.from({ length: 3000 * 3 }, (_, index) =>
      index % 3 === 2 ? 0 : random() < 0.9 ? Math.floor(random() * 3) - 1 : Math.floor(random() * 16) - 8,
    );
    const buckets = Array.from({ length: 3000 }, (_, index) => index * 37 + 1);
    const data = encodeWeights(buckets, weights);
    const model = decodeModel({ ...threeLabels, data });
    expect([...model.weights]).toEqual([...weights]);
    // Entropy-coded: well under the 4 bits a weight takes as a plain nibble; a bucket gap of 37 takes
    // 7 bits in its Rice code (k = 5) where a varint took 8.
    const headerBytes = 5 + 3 * 8;
    const bucketBytes = (buckets.length * 7) / 8;
    expect(atob(data).length - headerBytes - bucketBytes).toBeLessThan(weights.length / 2 / 1.5);
    expect(() => decodeModel({ ...threeLabels, data: data.slice(0, -8) })).toThrow(/weights do not match/);
  });

  it('refuse a weight that does not fit in 4 bits', () => {
    expect(() => encodeWeights([5], Int8Array.from([8]))).toThrow(RangeError);
    expect(() => encodeWeights([5], Int8Array.from([-9]))).toThrow(RangeError);
  });

  it('reject a malformed file with the field named', () => {
    expect(() => decodeModel({ ...modelFile, thresholds: { crisis: { withEvidence: 'high', alone: 0.5 } } })).toThrow(/withEvidence/);
    expect(() => decodeModel({ ...modelFile, corpusHash: 'x' })).toThrow(/corpusHash/);
    expect(() => decodeModel({ ...modelFile, stacking: { weights: [1, 0], biases: [0] } })).toThrow(/stacking/);
    expect(() => decodeModel({ ...modelFile, stacking: { weights: 'all', biases: [] } })).toThrow(/stacking/);
  });

  it('score through the stacking layer: each label reads every label\'s raw logit', () => {
    // Every feature of «garantert» weighs for label 1 (promise) only.
    const text = 'garantert';
    const hashes = new Set<number>();
    forEachFeature(tokenize(text), (hash) => hashes.add(hash));
    const buckets = [...hashes].sort((a, b) => a - b);
    const data = encodeWeights(buckets, Int8Array.from(buckets.flatMap(() => [0, 4, 0])));
    const plain = decodeModel({ ...threeLabels, data });
    // Label 2 (sarcasm) copies label 1's logit; labels 0 and 1 keep their own.
    const stacked = decodeModel({ ...threeLabels, data, stacking: { weights: [1, 0, 0, 0, 1, 0, 0, 1, 0], biases: [0, 0, 0] } });
    const raw = rawLogits(plain, text, 0, text.length);
    const probabilities = scoreUnit(stacked, text, 0, text.length).probabilities;
    const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));
    expect(raw[1]).toBeGreaterThan(0);
    expect(probabilities[2]).toBeCloseTo(sigmoid(raw[1]!), 6);
    expect(probabilities[1]).toBeCloseTo(sigmoid(raw[1]!), 6);
    expect(scoreUnit(plain, text, 0, text.length).probabilities[2]).toBeCloseTo(0.5, 6);
    // The words that weigh most for a label are those of the logits it reads.
    expect(scoreUnit(stacked, text, 0, text.length).strongestTokens(2, 1).map((token) => token.value)).toEqual(['garantert']);
    expect(scoreUnit(plain, text, 0, text.length).strongestTokens(2, 1)).toEqual([]);
  });
});

describe('the stacking layer, fitted', () => {
  it('learns what one label says about another', () => {
    // Label 0 is true exactly where label 1's logit is high; its own logit is noise.
    let seed = 3;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const logits = Array.from({ length: 2000 }, () => Float64Array.from([random() * 4 - 2, random() * 8 - 4]));
    const targets = logits.map((row) => Uint8Array.from([row[1]! > 0 ? 1 : 0, row[1]! > 0 ? 1 : 0]));
    const { weights, biases } = fitStacking(logits, targets, () => 1);
    expect(weights).toHaveLength(4);
    expect(biases).toHaveLength(2);
    expect(weights[1]!).toBeGreaterThan(5 * Math.abs(weights[0]!));
    expect(fitStacking(logits, targets, () => 1)).toEqual({ weights, biases });
  });
});

describe('training', () => {
  // The first batch's drafts: reading the whole corpus took most of these tests' time.
  const drafts = () => loadBatchFile(batchFiles()[0]!).drafts.slice(0, 300).map(exampleOf);

  it('is deterministic: the same drafts give the same model', () => {
    const examples = drafts();
    expect(fit(examples).data).toBe(fit(examples).data);
  });

  it('writes the model it wrote before the fit was made faster: a change that alters it is judged', () => {
    // The 4-bit model of these drafts with the epochs judged in December 2026 (10, and 2 to rank the features); the fit
    // since sums each label's weights in a local, and wrote the same model with the settings before (c5098b0). Two of
    // these drafts' labels were corrected in round 43 (no case pending in their text; the fit gave 45bc387e… before), and
    // three more in round 44 (an administration view told is a stance; 43406789… before).
    expect(createHash('sha256').update(fit(drafts()).data).digest('hex')).toBe('6d4a449f71640f2a91c288c2800577202fb24949cd8f77be2bf1068f1ab65bad');
  });
});

describe('weighEvidence', () => {
  const sentence = { start: 0, end: 20 };
  const learned = (score: number): LearnedEvidence => ({
    thresholds: () => ({ withEvidence: 0.1, withCandidate: 0.3, alone: 0.6, asWarning: { withEvidence: 0.1, withCandidate: 0.3, alone: 0.4 } }),
    scoreAt: () => score,
    topScore: () => score,
    strongest: () => ({ span: sentence, score, emphasis: () => [{ start: 3, end: 8 }] }),
  });
  const contextWith = (score: number | undefined) => {
    const context = createContext('Twenty characters ok', 'nb', frognDefaults, false, null);
    return { ...context, learned: score === undefined ? undefined : learned(score) };
  };
  const wordList = [{ start: 0, end: 7 }];

  it.each([
    ['the model switched off: the word lists stand', undefined, wordList, wordList],
    ['a word-list finding the model does not rule out stands', 0.2, wordList, wordList],
    ['a word-list finding the model is sure against goes', 0.05, wordList, []],
    ['nothing found and the model unsure: nothing', 0.3, [], []],
    ['the model alone, sure enough to stop: its sentence, its words', 0.7, [], [{ ...sentence, emphasis: [{ start: 3, end: 8 }] }]],
    ['the model alone in the warning band: a warning', 0.5, [], [{ ...sentence, emphasis: [{ start: 3, end: 8 }], severity: 'warning' }]],
  ] as const)('%s', (_name, score, evidence, expected) => {
    expect(weighEvidence(contextWith(score), 'offensive', [...evidence])).toEqual(expected);
  });

  it('lets the rule veto the model alone where its word lists judged the words harmless', () => {
    expect(weighEvidence(contextWith(0.9), 'offensive', [], { veto: clearedBy([{ start: 2, end: 6 }]) })).toEqual([]);
    expect(weighEvidence(contextWith(0.9), 'offensive', [], { veto: clearedBy([{ start: 30, end: 36 }]) })).toHaveLength(1);
  });

  it('lets a candidate veto hold back a candidate but not the model alone', () => {
    const candidate = { start: 10, end: 17 };
    const everywhere = () => true;
    // Sure enough for a candidate (0.3), not for the model alone (0.6 / 0.4): the veto decides.
    expect(weighEvidence(contextWith(0.35), 'offensive', [], { candidates: [candidate] })).toEqual([candidate]);
    expect(weighEvidence(contextWith(0.35), 'offensive', [], { candidates: [candidate], candidateVeto: everywhere })).toEqual([]);
    // Sure enough for the model alone: the candidate veto does not hold it back, the full veto does.
    expect(weighEvidence(contextWith(0.7), 'offensive', [], { candidates: [candidate], candidateVeto: everywhere })).toEqual([{ ...sentence, emphasis: [{ start: 3, end: 8 }] }]);
    expect(weighEvidence(contextWith(0.7), 'offensive', [], { candidates: [candidate], veto: everywhere })).toEqual([]);
  });

  it('points the model alone at a candidate in its sentence, else highlights its words', () => {
    // The candidate tier off, as calibration may leave a critical rule's: the model alone finds the breach.
    const tierOff = { withEvidence: 0.1, withCandidate: 1.01, alone: 0.6 };
    const context = { ...contextWith(0.7), learned: { ...learned(0.7), thresholds: () => tierOff } };
    const inSentence = { start: 10, end: 17 };
    expect(weighEvidence(context, 'identifiable-person', [], { candidates: [inSentence] })).toEqual([inSentence]);
    expect(weighEvidence(context, 'identifiable-person', [], { candidates: [{ start: 22, end: 28 }] })).toEqual([{ ...sentence, emphasis: [{ start: 3, end: 8 }] }]);
  });

  it('keeps certain evidence whatever the model says', () => {
    const certain = [{ start: 0, end: 7, certain: true }];
    expect(weighEvidence(contextWith(0.01), 'offensive', [...certain])).toEqual(certain);
    expect(weighEvidence(contextWith(0.01), 'offensive', [...wordList])).toEqual([]);
  });

  it('reports to training the score each kind of finding would have, whatever the thresholds', () => {
    const readings: LearnedReading[] = [];
    const context = { ...contextWith(0.35), learned: { ...learned(0.35), report: (_rule: string, reading: LearnedReading) => readings.push(reading) } };
    weighEvidence(context, 'offensive', [...wordList], { candidates: [{ start: 10, end: 17 }] });
    weighEvidence(context, 'offensive', [{ start: 0, end: 7, certain: true }], { veto: () => true });
    expect(readings).toEqual([
      { evidence: 0.35, candidate: 0.35, alone: 0.35 },
      // Certain evidence reads as sure; the veto forbids both the candidate and the model alone.
      { evidence: 1, candidate: -1, alone: -1 },
    ]);
  });
});
