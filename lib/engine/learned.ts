/**
 * The learned layer's evidence for one draft, as the rules weigh it: the model's score for each
 * rule on the draft as a whole (a long paste part by part) and, to point a finding at one, on its
 * sentences, worked out once per draft and only when a rule asks.
 */
import { scoreUnit, type LinearModel, type Thresholds, type UnitScore } from '../model';
import type { RuleId } from './schema';
import { sentenceIndexAt, type Span } from './text';

/**
 * A draft up to this length is scored as a whole, as the model was trained; a longer paste in parts
 * of whole sentences up to this length, each judged the same way. Scored by its sentences, 40 % of
 * the benign letters of 1,500–4,000 characters and 13 of 85 long real municipal pages drew a warning;
 * judged whole, 4 % and 1 of 85 (December 2026, `corpus/README.md`).
 */
const wholeDraftLimit = 4000;

/** A longer paste in parts of whole sentences, each at most `wholeDraftLimit` long (a longer sentence stands alone). */
function partsOf(sentences: readonly Span[]): Span[] {
  const parts: Span[] = [];
  for (const sentence of sentences) {
    const last = parts.at(-1);
    if (last && sentence.end - last.start <= wholeDraftLimit) last.end = sentence.end;
    else parts.push({ start: sentence.start, end: sentence.end });
  }
  return parts;
}

export interface LearnedEvidence {
  /** The calibrated thresholds of a rule, or undefined when the model does not know the rule. */
  thresholds(rule: RuleId): Thresholds | undefined;
  /** The score of the draft, or for a long draft of the sentence holding `offset`. */
  scoreAt(rule: RuleId, offset: number): number;
  /** The rule's highest score: the draft's, or for a long draft its best sentence's. */
  topScore(rule: RuleId): number;
  /**
   * The sentence with the highest score for the rule, and the words that weigh most there (worked
   * out on asking: only a finding needs them, and training asks every rule of every draft).
   */
  strongest(rule: RuleId): { span: Span; score: number; emphasis(): Span[] } | undefined;
  /**
   * Training only: told, for each rule that weighs the model, the score each kind of finding would
   * have whatever the thresholds, so calibration reads a draft in one run of the rules.
   */
  report?(rule: RuleId, reading: LearnedReading): void;
}

/** The model's score at each kind of finding a rule could make on a draft; -1 where it has none. */
export interface LearnedReading {
  /** The highest score at a word-list finding (1 for certain evidence, which the model may not overrule). */
  evidence: number;
  /** The score at the strongest place the rule's structure points at that its vetoes leave open. */
  candidate: number;
  /** The score of the strongest sentence (or the whole draft), unless the rule's vetoes forbid it there. */
  alone: number;
}

/**
 * A draft of up to `wholeDraftLimit` characters is judged as a whole (measured better than its best
 * sentence), a longer paste part by part; only a finding needs sentences scored, to point at one.
 */
export function learnedEvidence(model: LinearModel, text: string, sentences: readonly Span[]): LearnedEvidence {
  let perUnit: UnitScore[] | undefined;
  const perSentence = new Map<number, UnitScore>();
  const unitSpans: readonly Span[] = text.length <= wholeDraftLimit ? [{ start: 0, end: text.length }] : partsOf(sentences);
  const unitScores = () => (perUnit ??= unitSpans.map((span) => scoreUnit(model, text, span.start, span.end)));
  const sentenceScore = (index: number) => {
    let score = perSentence.get(index);
    if (!score) perSentence.set(index, (score = scoreUnit(model, text, sentences[index]!.start, sentences[index]!.end)));
    return score;
  };
  // The sentences of a unit, scored on asking: only a finding needs them, to point at one.
  const sentencesOf = (unit: UnitScore) => {
    const scores: UnitScore[] = [];
    for (let index = Math.max(0, sentenceIndexAt(sentences, unit.start)); index < sentences.length && sentences[index]!.start < unit.end; index++) {
      const sentence = sentences[index]!;
      scores.push(sentence.start === unit.start && sentence.end === unit.end ? unit : sentenceScore(index));
    }
    return scores;
  };
  const labelOf = (rule: RuleId) => model.labels.indexOf(rule);
  // Each rule asks for its best unit more than once: a long paste has hundreds.
  const bestByLabel = new Map<number, UnitScore | undefined>();
  const bestOf = (scores: readonly UnitScore[], label: number) => {
    let found: UnitScore | undefined;
    for (const unit of scores) if (!found || unit.probabilities[label]! > found.probabilities[label]!) found = unit;
    return found;
  };
  const best = (label: number) => {
    if (!bestByLabel.has(label)) bestByLabel.set(label, bestOf(unitScores(), label));
    return bestByLabel.get(label);
  };
  const topScore = (label: number) => best(label)?.probabilities[label] ?? 0;
  return {
    thresholds: (rule) => (labelOf(rule) >= 0 ? model.thresholds[rule] : undefined),
    scoreAt(rule, offset) {
      const label = labelOf(rule);
      if (label < 0) return 0;
      return unitScores()[sentenceIndexAt(unitSpans, offset)]?.probabilities[label] ?? 0;
    },
    topScore: (rule) => (labelOf(rule) < 0 ? 0 : topScore(labelOf(rule))),
    strongest(rule) {
      const label = labelOf(rule);
      const unit = label < 0 ? undefined : best(label);
      if (!unit) return undefined;
      // A finding points at the sentence of the best unit that weighs most, and at its strongest words.
      const sentence = bestOf(sentencesOf(unit), label) ?? unit;
      const emphasis = () => sentence.strongestTokens(label, 3).map(({ start, end }) => ({ start, end }));
      return { span: { start: sentence.start, end: sentence.end }, score: topScore(label), emphasis };
    },
  };
}
