import type { Detection, RuleContext } from '../../lib/engine/rule';
import type { RuleId } from '../../lib/engine/schema';
import type { Span } from '../../lib/engine/text';
import type { ThresholdPair } from '../../lib/model';

export interface WeighOptions {
  /** Evidence of the rule's own that forbids a finding from the model alone on this sentence. */
  vetoAlone?: (sentence: Span) => boolean;
}

/**
 * How a rule weighs its word-list evidence against the learned layer's score, with thresholds
 * calibrated on held-out batches of the corpus (training/train.ts):
 * - a word-list finding stands where the model's score reaches `withEvidence` (a hazard word in a
 *   fire-ban notice scores low and is dropped);
 * - with no word-list finding left, the model alone makes one on its strongest sentence from
 *   `alone`, with the words that weigh most for it to highlight.
 * A critical rule has a second, lower pair of thresholds (`asWarning`) calibrated to a warning's
 * precision: between the two, the finding is shown as a warning that does not stop posting.
 * With the model switched off the word lists stand as they are.
 */
export function weighEvidence(context: RuleContext, rule: RuleId, evidence: Detection[], options: WeighOptions = {}): Detection[] {
  const learned = context.learned;
  const thresholds = learned?.thresholds(rule);
  if (!learned || !thresholds) return evidence;
  const weigh = ({ withEvidence, alone }: ThresholdPair): Detection[] => {
    const kept = evidence.filter((detection) => learned.scoreAt(rule, detection.start) >= withEvidence);
    if (kept.length > 0 || alone > 1) return kept;
    const strongest = learned.strongest(rule);
    if (!strongest || strongest.score < alone || options.vetoAlone?.(strongest.span)) return [];
    return [{ ...strongest.span, emphasis: strongest.emphasis }];
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
