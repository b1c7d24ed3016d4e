import type { Detection, RuleContext } from '../../lib/engine/rule';
import type { RuleId } from '../../lib/engine/schema';
import type { Span } from '../../lib/engine/text';

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
 * With the model switched off the word lists stand as they are.
 */
export function weighEvidence(context: RuleContext, rule: RuleId, evidence: Detection[], options: WeighOptions = {}): Detection[] {
  const learned = context.learned;
  const thresholds = learned?.thresholds(rule);
  if (!learned || !thresholds) return evidence;
  const kept = evidence.filter((detection) => learned.scoreAt(rule, detection.start) >= thresholds.withEvidence);
  if (kept.length > 0) return kept;
  if (thresholds.alone > 1) return [];
  const strongest = learned.strongest(rule);
  if (!strongest || strongest.score < thresholds.alone || options.vetoAlone?.(strongest.span)) return [];
  return [{ ...strongest.span, emphasis: strongest.emphasis }];
}
