/**
 * The learned layer's evidence for one draft, as the rules weigh it: the model's score for each
 * rule on every sentence and on the draft as a whole, worked out once per draft and only when a
 * rule asks.
 */
import { scoreUnit, type LinearModel, type Thresholds, type UnitScore } from '../model';
import type { RuleId } from './schema';
import { sentenceIndexAt, type Span } from './text';

/** A draft up to this length is scored as a whole; a longer one by its sentences. */
const wholeDraftLimit = 1500;

export interface LearnedEvidence {
  /** The calibrated thresholds of a rule, or undefined when the model does not know the rule. */
  thresholds(rule: RuleId): Thresholds | undefined;
  /** The score of the draft, or for a long draft of the sentence holding `offset`. */
  scoreAt(rule: RuleId, offset: number): number;
  /** The sentence with the highest score for the rule, and the words that weigh most there. */
  strongest(rule: RuleId): { span: Span; score: number; emphasis: Span[] } | undefined;
}

export function learnedEvidence(model: LinearModel, text: string, sentences: readonly Span[]): LearnedEvidence {
  let units: { sentences: UnitScore[]; draft?: UnitScore } | undefined;
  const scored = () => {
    units ??= {
      sentences: sentences.map((span) => scoreUnit(model, text, span.start, span.end)),
      draft: text.length <= wholeDraftLimit ? scoreUnit(model, text, 0, text.length) : undefined,
    };
    return units;
  };
  const labelOf = (rule: RuleId) => model.labels.indexOf(rule);
  return {
    thresholds: (rule) => (labelOf(rule) >= 0 ? model.thresholds[rule] : undefined),
    scoreAt(rule, offset) {
      const label = labelOf(rule);
      if (label < 0) return 0;
      const { sentences: scores, draft } = scored();
      if (draft) return draft.probabilities[label]!;
      return scores[sentenceIndexAt(sentences, offset)]?.probabilities[label] ?? 0;
    },
    strongest(rule) {
      const label = labelOf(rule);
      if (label < 0) return undefined;
      const { sentences: scores, draft } = scored();
      let best: UnitScore | undefined;
      for (const unit of scores) if (!best || unit.probabilities[label]! > best.probabilities[label]!) best = unit;
      if (!best) return undefined;
      // A draft of ordinary length is judged as a whole (measured better than its best sentence);
      // the finding still points at the sentence that weighs most.
      const score = draft ? draft.probabilities[label]! : best.probabilities[label]!;
      const emphasis = best.strongestTokens(label, 3).map(({ start, end }) => ({ start, end }));
      return { span: { start: best.start, end: best.end }, score, emphasis };
    },
  };
}
