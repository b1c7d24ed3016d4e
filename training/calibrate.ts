/**
 * Thresholds for rules/lib/learned.ts, chosen on the validation set (out-of-fold scores):
 * per rule the best F1 at the precision its severity needs, then, across rules, the fewest
 * F1 points given up so that at most `maxBenignAlarms` of the benign drafts get a warning or
 * a critical finding. Precision first: staff switch off a tool that cries wolf.
 */
import type { RuleId, Severity } from '../lib/engine/schema';
import type { ThresholdPair, Thresholds } from '../lib/model/model';

/** What calibration needs of one draft and rule: its labels, the model's scores, the word lists' findings. */
export interface ValidationPoint {
  positive: boolean;
  /** The draft breaks no rule at all. */
  benign: boolean;
  /** Highest model score at a word-list finding of the rule; -1 without one. */
  evidence: number;
  /** Score of the rule's strongest sentence (or of the whole draft). */
  alone: number;
}

/** A finding that stops posting needs this precision on the validation set; a warning 0.85. */
export const criticalPrecision = 0.95;
export const warningPrecision = 0.85;
export const maxBenignAlarms = 0.02;
/**
 * The model may overrule a word-list finding only below this score: on a short, explicit draft
 * («Skolen har fått en bombetrussel») its score is low for want of knowledge, not for evidence.
 */
export const maxOverrule = 0.05;

const never = 1.01;
const grid = Array.from({ length: 100 }, (_, step) => step / 100).concat(never);

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const firesAt = (point: ValidationPoint, pair: ThresholdPair) =>
  (point.evidence >= 0 && point.evidence >= pair.withEvidence) || (pair.alone <= 1 && point.alone >= pair.alone);

export const fires = (point: ValidationPoint, thresholds: Thresholds) =>
  firesAt(point, thresholds) || (thresholds.asWarning !== undefined && firesAt(point, thresholds.asWarning));

export function scoresOf(points: readonly ValidationPoint[], fired: (point: ValidationPoint) => boolean): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const point of points) {
    const hit = fired(point);
    if (hit && point.positive) tp++;
    else if (hit) fp++;
    else if (point.positive) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0 };
}

/**
 * The pair with the best F1 whose precision reaches `target`, never above `ceiling`; among equals
 * the higher precision. Sweeps `alone` per `withEvidence`, so it stays O(grid · n log n).
 */
export function calibrate(points: readonly ValidationPoint[], target: number, ceiling: ThresholdPair = { withEvidence: never, alone: never }): ThresholdPair & Scores {
  const positives = points.filter((point) => point.positive).length;
  let best: ThresholdPair & Scores = { withEvidence: 0, alone: never, ...scoresOf(points, (point) => point.evidence >= 0) };
  for (const withEvidence of grid) {
    if (withEvidence > Math.min(ceiling.withEvidence, maxOverrule)) break;
    const kept = (point: ValidationPoint) => point.evidence >= 0 && point.evidence >= withEvidence;
    let tp = points.filter((point) => kept(point) && point.positive).length;
    let fp = points.filter((point) => kept(point) && !point.positive).length;
    const rest = points.filter((point) => !kept(point)).sort((a, b) => b.alone - a.alone);
    let next = 0;
    for (const alone of [...grid].reverse()) {
      if (alone <= 1) while (next < rest.length && rest[next]!.alone >= alone) rest[next++]!.positive ? tp++ : fp++;
      if (alone > ceiling.alone) continue;
      const precision = tp + fp ? tp / (tp + fp) : 1;
      const recall = positives ? tp / positives : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      if (precision < target) continue;
      if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && precision > best.precision)) best = { withEvidence, alone, precision, recall, f1 };
    }
  }
  return best;
}

/**
 * One step stricter for the model alone, on the tier that fires most easily. The word lists'
 * findings keep their calibrated threshold: they are the rule's own, explainable evidence.
 */
function stricter(thresholds: Thresholds): Thresholds | undefined {
  const step = (pair: ThresholdPair): ThresholdPair | undefined =>
    pair.alone <= 1 ? { ...pair, alone: Math.min(never, +(pair.alone + 0.02).toFixed(2)) } : undefined;
  if (thresholds.asWarning) {
    const warning = step(thresholds.asWarning);
    return warning ? { ...thresholds, asWarning: warning } : { withEvidence: thresholds.withEvidence, alone: thresholds.alone };
  }
  const pair = step(thresholds);
  return pair && { ...pair };
}

export function calibrateAll(validation: ReadonlyMap<RuleId, ValidationPoint[]>, severityOf: (rule: RuleId) => Severity): Partial<Record<RuleId, Thresholds>> {
  const thresholds: Partial<Record<RuleId, Thresholds>> = {};
  for (const [rule, points] of validation) {
    const critical = severityOf(rule) === 'critical';
    const chosen = calibrate(points, critical ? criticalPrecision : warningPrecision);
    thresholds[rule] = { withEvidence: chosen.withEvidence, alone: chosen.alone };
    if (!critical) continue;
    // Below the critical thresholds, a band shown as a warning, at a warning's precision.
    const relaxed = calibrate(points, warningPrecision, chosen);
    if (relaxed.f1 > chosen.f1) thresholds[rule]!.asWarning = { withEvidence: relaxed.withEvidence, alone: relaxed.alone };
  }

  // Rules whose findings count as an alarm on an ordinary post (warning and critical).
  const alarming = [...validation.keys()].filter((rule) => severityOf(rule) !== 'info');
  const drafts = validation.values().next().value?.length ?? 0;
  const benignIndexes = [...Array(drafts).keys()].filter((index) => validation.values().next().value![index]!.benign);
  const alarmsOf = (rule: RuleId, candidate: Thresholds) =>
    new Set(benignIndexes.filter((index) => fires(validation.get(rule)![index]!, candidate)));
  const alarmCount = () => {
    const flagged = new Set<number>();
    for (const rule of alarming) for (const index of alarmsOf(rule, thresholds[rule]!)) flagged.add(index);
    return flagged.size;
  };
  // Greedy: each step takes the stricter threshold that silences most alarms per F1 point lost.
  for (let count = alarmCount(); count > maxBenignAlarms * benignIndexes.length; count = alarmCount()) {
    let best: { rule: RuleId; candidate: Thresholds; value: number } | undefined;
    for (const rule of alarming) {
      const candidate = stricter(thresholds[rule]!);
      if (!candidate) continue;
      const points = validation.get(rule)!;
      const silenced = alarmsOf(rule, thresholds[rule]!).size - alarmsOf(rule, candidate).size;
      const lost = scoresOf(points, (p) => fires(p, thresholds[rule]!)).f1 - scoresOf(points, (p) => fires(p, candidate)).f1;
      const value = silenced / (Math.max(0, lost) + 0.002);
      if (!best || value > best.value) best = { rule, candidate, value };
    }
    if (!best) break;
    thresholds[best.rule] = best.candidate;
  }
  return thresholds;
}

/** Per rule P/R/F1 on the validation set, word lists alone against the word lists weighed with the model. */
export function validationReport(validation: ReadonlyMap<RuleId, ValidationPoint[]>, thresholds: Partial<Record<RuleId, Thresholds>>): string {
  const f = (value: number) => value.toFixed(2);
  const lines = ['validation (out-of-fold)     word lists alone    with the model      thresholds'];
  const benign = new Set<number>();
  const benignWordLists = new Set<number>();
  let sumModel = 0;
  let sumWords = 0;
  for (const [rule, points] of validation) {
    const words = scoresOf(points, (p) => p.evidence >= 0);
    const model = scoresOf(points, (p) => fires(p, thresholds[rule]!));
    sumWords += words.f1;
    sumModel += model.f1;
    points.forEach((point, index) => {
      if (!point.benign) return;
      if (fires(point, thresholds[rule]!)) benign.add(index);
      if (point.evidence >= 0) benignWordLists.add(index);
    });
    const t = thresholds[rule]!;
    const warn = t.asWarning ? `; warning: keep ≥${f(t.asWarning.withEvidence)} alone ≥${f(t.asWarning.alone)}` : '';
    lines.push(`${rule.padEnd(28)} ${f(words.precision)}/${f(words.recall)}/${f(words.f1)}     ${f(model.precision)}/${f(model.recall)}/${f(model.f1)}    keep ≥${f(t.withEvidence)} alone ≥${f(t.alone)}${warn}`);
  }
  const rules = validation.size;
  const benignCount = [...validation.values()][0]!.filter((point) => point.benign).length;
  lines.push(`${'macro F1'.padEnd(28)} ${f(sumWords / rules)}               ${f(sumModel / rules)}`);
  lines.push(`benign drafts with any finding of these rules: word lists ${benignWordLists.size}/${benignCount}, with the model ${benign.size}/${benignCount}`);
  return lines.join('\n');
}
