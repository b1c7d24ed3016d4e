import type { Detection, RuleContext } from '../../lib/engine/rule';
import type { RuleId } from '../../lib/engine/schema';
import { sentenceAt, type Span } from '../../lib/engine/text';
import type { ThresholdTier } from '../../lib/model';

export interface WeighOptions {
  /**
   * Places the rule's structure points at without a breach found (an identifiable person, a case
   * noun, the workplace): a finding where the model's score there reaches `withCandidate`.
   */
  candidates?: readonly Span[];
  /**
   * Evidence of the rule's own that forbids the model a finding in this sentence, alone or on a
   * candidate: the lists read it and found it harmless.
   */
  veto?: (sentence: Span) => boolean;
  /**
   * The same, for a candidate only: a veto that, read the engine's way out of fold, silenced the
   * model alone on more true findings than false ones (internal-dispute's praise, December 2026).
   */
  candidateVeto?: (sentence: Span) => boolean;
}

/**
 * How a rule weighs its word-list evidence against the learned layer's score, with thresholds
 * calibrated on held-out batches of the corpus (training/train.ts):
 * - a word-list finding stands where the model's score reaches `withEvidence` (a hazard word in a
 *   fire-ban notice scores low and is dropped), and a `certain` one always;
 * - with none left, a place the rule's structure points at (`candidates`) stands where the model's
 *   score reaches `withCandidate` (a person named with no diagnosis word, the model reading one);
 * - with no finding yet, the model alone makes one on its strongest sentence from
 *   `alone`, highlighting a candidate in that sentence if there is one, else the words that weigh most for it.
 * A critical rule has a second, lower pair of thresholds (`asWarning`) calibrated to a warning's
 * precision: between the two, the finding is shown as a warning that does not stop posting.
 * With the model switched off the word lists stand as they are.
 */
export function weighEvidence(context: RuleContext, rule: RuleId, evidence: Detection[], options: WeighOptions = {}): Detection[] {
  const learned = context.learned;
  const thresholds = learned?.thresholds(rule);
  if (!learned || !thresholds) return evidence;
  const vetoed = (sentence: Span) => options.veto?.(sentence) ?? false;
  const scoreOf = (detection: Detection) => (detection.certain ? 1 : learned.scoreAt(rule, detection.start));
  // The candidates the vetoes leave open and the strongest of them, worked out once whichever tier asks.
  let openCandidates: Span[] | undefined;
  const open = () =>
    (openCandidates ??= (options.candidates ?? []).filter((span) => {
      const sentence = sentenceAt(context.sentences, span.start) ?? span;
      return !vetoed(sentence) && !options.candidateVeto?.(sentence);
    }));
  let strongestCandidate: { span: Span; score: number } | undefined | null = null;
  const candidate = () =>
    strongestCandidate !== null ? strongestCandidate : (strongestCandidate = strongestOf(open(), (span) => learned.scoreAt(rule, span.start)));
  // The model alone's finding, unless the rule's vetoes forbid it in that sentence.
  const strongestOpen = () => {
    const strongest = learned.strongest(rule);
    return strongest && !vetoed(strongest.span) ? strongest : undefined;
  };
  learned.report?.(rule, {
    evidence: evidence.reduce((best, detection) => Math.max(best, scoreOf(detection)), -1),
    candidate: candidate()?.score ?? -1,
    alone: strongestOpen()?.score ?? -1,
  });
  const weigh = ({ withEvidence, withCandidate, alone }: ThresholdTier): Detection[] => {
    const kept = evidence.filter((detection) => scoreOf(detection) >= withEvidence);
    if (kept.length > 0) return kept;
    const confirmed = withCandidate <= 1 ? candidate() : undefined;
    if (confirmed && confirmed.score >= withCandidate) return [{ start: confirmed.span.start, end: confirmed.span.end }];
    if (alone > 1 || learned.topScore(rule) < alone) return [];
    const strongest = strongestOpen();
    if (!strongest || strongest.score < alone) return [];
    // Where the rule's structure points at a place in that sentence (a person by room), the highlight shows it.
    const pointedAt = open().find((span) => span.start >= strongest.span.start && span.end <= strongest.span.end);
    if (pointedAt) return [{ start: pointedAt.start, end: pointedAt.end }];
    return [{ ...strongest.span, emphasis: strongest.emphasis() }];
  };
  const found = weigh(thresholds);
  if (found.length > 0 || !thresholds.asWarning) return found;
  // Sure enough to show, not sure enough to stop the post.
  return weigh(thresholds.asWarning).map((detection) => ({ ...detection, severity: 'warning' }));
}

/**
 * A veto for `weighEvidence`: the rule's word lists found a candidate in the sentence and judged it
 * harmless («idiotsikker», «kontakt oss i Vigilo»), so the model alone does not overrule them.
 */
export const clearedBy =
  (cleared: readonly Span[]) =>
  (sentence: Span): boolean =>
    cleared.some((span) => span.start >= sentence.start && span.end <= sentence.end);

function strongestOf(spans: readonly Span[], score: (span: Span) => number): { span: Span; score: number } | undefined {
  let best: { span: Span; score: number } | undefined;
  for (const span of spans) {
    const value = score(span);
    if (!best || value > best.score) best = { span, score: value };
  }
  return best;
}
