/**
 * Thresholds for rules/lib/learned.ts, chosen on the validation set (out-of-fold scores):
 * per rule the best F1 at the precision its severity needs, then, across rules, the fewest
 * F1 points given up so that at most `maxBenignAlarms` of the benign drafts get a warning or
 * a critical finding. Precision first: staff switch off a tool that cries wolf.
 */
import type { RuleId, Severity } from '../lib/engine/schema';
import type { ThresholdTier, Thresholds } from '../lib/model/model';

/** What calibration needs of one draft and rule: its labels, the model's scores, the word lists' findings. */
export interface ValidationPoint {
  positive: boolean;
  /** The draft breaks no rule at all. */
  benign: boolean;
  /** The draft's batch is an everyday mix (corpus/splits.json): the report shows how many of its benign drafts are flagged. */
  everyday: boolean;
  /** Written in the style of official municipal texts: the report shows how many benign ones are flagged. */
  official: boolean;
  /** Highest model score at a word-list finding of the rule; -1 without one. */
  evidence: number;
  /** Highest model score at a place the rule's structure points at; -1 without one. */
  candidate: number;
  /**
   * Score of the rule's strongest sentence (or of the whole draft) where the rule lets the model
   * alone make a finding there; -1 where its vetoes forbid it. Read as the engine reads it: with the
   * raw score, calibration priced alarms the vetoes never let through and counted catches they
   * silenced (sarcasm's sincere-praise veto silenced a quarter of its true drafts, December 2026).
   */
  alone: number;
}

/** A finding that stops posting needs this precision on the validation set; a warning 0.85. */
export const criticalPrecision = 0.95;
export const warningPrecision = 0.85;
/**
 * The goal is at most 2 % of benign drafts with a warning on drafts nobody has seen, every benign draft
 * counted. Measured, and priced, over every benign draft of the development batches, the focused batches'
 * hard near-misses included, since December 2026; before, only on the everyday batches' benign drafts (at
 * 0.9 %), mostly older batches, and fresh test batches flagged two to four times that share. On four fresh
 * test batches (594 benign drafts), 2.2 % of all flagged 20 where 0.9 % of the everyday flagged 22, for 0.2
 * points less macro-F1 (the judge chosen before they existed; on four earlier ones, 13 of 601 each, for 0.5
 * less). At 131,000 drafts, 2.4 % of all gave the thresholds of 0.9 % of the everyday. With L2 0.0015, 2.0 %
 * flagged as many benign drafts of four fresh test batches as 2.2 % (7 of 768), for 0.2 points less macro-F1
 * (December 2026, the judge chosen before they existed). At 139,000 development drafts, 1.7 % scored 0.785 against
 * 0.799 out of fold, and on four fresh test batches flagged 12 against 15 of 755 benign drafts for 0.6 points less
 * macro-F1 (85.7 against 86.3), more than the rule written before them allowed (December 2026). One set of thresholds
 * for every draft: calibrated on half the development batches' out-of-fold scores and scored on the other half, both
 * ways, a set per language scored macro-F1 0.7977 against 0.7982 and flagged 1,318 against 1,238 of 55,901 benign
 * drafts, and a set per length (under 120, under 400, longer) 0.7952 and 1,295 (December 2026). History at the everyday budget:
 * December 2026, on two general splits held out of training (455 and 464 benign drafts): 1.2 % here
 * flagged 1.3 % and 1.5 % of them, for 2.0 points more macro-F1 than the strictest; 1.3 % flagged
 * 1.3 % and 1.9 %, too near the goal. Lowered to 0.9 % when the word lists stopped flagging about
 * 0.3 % of those drafts (crisis, offensive, personal-data): what the lists stopped crying wolf on
 * goes to fewer alarms, not to more of the model's (at 1.2 %, real municipal texts flagged 3.2 %
 * where they had flagged 1.9 %). At 126,000 drafts, 0.75 % flagged as many benign drafts of two fresh test
 * batches as 0.9 % (9 of 316), for 0.004 less macro-F1 out of fold and 0.2 points less on them.
 * 2.14 % since round 43 (December 2026): the price is bisected on a grid, so the budget is not spent exactly, and
 * a change to the lists or the labels moves where it lands (2,400 of 111,836 benign drafts at 2.2 % before; 2,438
 * with 709 `political-process` labels corrected, which flagged one more of 1,542 benign drafts of eight fresh test
 * batches). Pinned under the old landing, the corrected labels gave 2,367 and 36 against 37 of those drafts.
 * 2.05 % since round 44 (December 2026): on eight fresh test batches it flagged 31 against 34 of their 1,534 benign
 * drafts for 0.2 points less macro-F1 (86.8 against 87.0), within the rule written before they existed; 1.95 % landed
 * at 1.88 % and no longer caught two rule-table drafts («Nytt nummer! Lagre 41 22 83 90 …»).
 * 1.95 % since round 45 (December 2026), with word-list evidence for those two drafts (a new number the writer tells
 * readers to save is theirs; agreement in the writer's own voice is a stance): on eight more fresh test batches 28
 * against 34 of their 1,564 benign drafts flagged for 0.2 points less macro-F1 (86.0 against 86.2), within the rule
 * written before they existed.
 * 1.90 % since round 46 (December 2026): the round's rule changes moved the calibration at 1.95 % to a landing of
 * 1.94 % that flagged 1,117 of the test split's 51,777 benign drafts where the model before flagged 1,094; at 1.90 %
 * (landing 1.86 %) the round's 18 fresh test batches scored 84.52 against 84.53 with 68 of 3,418 benign drafts
 * flagged as before, and the shared dev set 96.3 as before, within the rule written before the retrain was measured.
 */
export const maxBenignAlarms = 0.019;
/**
 * The model may overrule a word-list finding only below this score: on a short, explicit draft
 * («Nasjonale prøver bør avskaffes») its score is low for want of knowledge, not for evidence.
 * Evidence a rule marks `certain` (a death told, a fire «i natt», an e-mail address) it never
 * overrules. 0.02 until December 2026, when certain evidence came: read out of fold on 66,000
 * drafts, 0.10 scored higher (macro-F1 0.78 against 0.77), stayed inside the benign budget where
 * 0.02 no longer could, and halved the warnings on hazard advice in real municipal pages; 0.15
 * lost rule-table drafts such as the one above. 0.06 since benign drafts weigh more in training
 * (train.ts): benign scores fell, and at 0.10 the model overruled explicit rule-table drafts («Kommunen
 * har satt kriseledelse etter uværet»); out of fold 0.780 → 0.778, real texts unchanged. That draft is certain
 * now (rules/crisis.ts), but at 0.08 the model overruled «Jeg mener kommunestyret tar feil om skolestrukturen»
 * (126,000 drafts, December 2026). Calibrated on half the development batches' out-of-fold scores and scored on the
 * other half, both ways, at 139,000 drafts: 0.10 for every rule scored macro-F1 0.8007 against 0.7982 (6 more of 55,901
 * benign drafts flagged), and 0.10 for political-opinion, case-handling, crisis and private-contact alone 0.7994 against
 * 0.7978 (2 more): short of the gain of 0.002 its gate, set beforehand, asked for (December 2026).
 */
export const maxOverrule = 0.06;

/** What the benign budget counts: every benign draft of the development batches. */
const inBudget = (point: ValidationPoint) => point.benign;

const never = 1.01;
const grid = Array.from({ length: 100 }, (_, step) => step / 100).concat(never);
const gridDescending = [...grid].reverse();

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const reaches = (score: number, threshold: number) => score >= 0 && threshold <= 1 && score >= threshold;
const firesAt = (point: ValidationPoint, tier: ThresholdTier) =>
  (point.evidence >= 0 && point.evidence >= tier.withEvidence) || reaches(point.candidate, tier.withCandidate) || reaches(point.alone, tier.alone);

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

const candidateGrid = Array.from({ length: 20 }, (_, step) => (step + 1) / 20).concat(never);

/** What a set of thresholds does on the validation points of one rule. */
interface Outcome extends ThresholdTier {
  tp: number;
  fp: number;
  /** False positives on benign drafts: what the budget counts. */
  alarms: number;
  /** Findings the model adds where the word lists found nothing. */
  addedTp: number;
  addedFp: number;
}

type Counts = Pick<Outcome, 'tp' | 'fp' | 'alarms' | 'addedTp' | 'addedFp'>;
const noCounts = (): Counts => ({ tp: 0, fp: 0, alarms: 0, addedTp: 0, addedFp: 0 });
const countKeys = Object.keys(noCounts()) as (keyof Counts)[];

/** Adds `sign` × what a draft counts as when the rule fires on it. */
function count(counts: Counts, point: ValidationPoint, sign = 1): void {
  // What the model adds to the word lists, apart: where the word lists alone fall short of the
  // target, the model may still add findings that reach it (and not lower the rule's precision).
  const added = point.evidence < 0 ? sign : 0;
  if (point.positive) {
    counts.tp += sign;
    counts.addedTp += added;
  } else {
    counts.fp += sign;
    counts.addedFp += added;
    if (inBudget(point)) counts.alarms += sign;
  }
}

/**
 * Every combination of thresholds on the grids, with what it does, in the order calibration
 * prefers them on a tie: per (withEvidence, withCandidate), `alone` from high to low. Worked out
 * once per rule and shared by every price the budget's bisection tries. What the model alone
 * reaches at each `alone` is counted once over all drafts; per combination only the few drafts a
 * word-list finding or a candidate keeps are counted, and taken out of the model alone's share
 * (each draft counts once): O(grid · n + grid² · kept) where every combination once read every draft.
 */
function outcomesOf(points: readonly ValidationPoint[]): Outcome[] {
  const keepable = points.filter((point) => point.evidence >= 0 || point.candidate >= 0);
  // The first step of `gridDescending` at which the model alone reaches a score; -1 never.
  const firstStep = (score: number) => (score < 0 ? -1 : gridDescending.findIndex((alone) => alone <= 1 && score >= alone));
  const aloneReaches = gridDescending.map(noCounts);
  for (const point of points) {
    const step = firstStep(point.alone);
    if (step >= 0) count(aloneReaches[step]!, point);
  }
  // Running totals: what the model alone reaches at each step and every step above it.
  for (let step = 1; step < aloneReaches.length; step++) for (const key of countKeys) aloneReaches[step]![key] += aloneReaches[step - 1]![key];
  const keepableSteps = keepable.map((point) => firstStep(point.alone));
  const outcomes: Outcome[] = [];
  for (const withEvidence of grid.filter((value) => value <= maxOverrule))
    for (const withCandidate of candidateGrid) {
      const kept = noCounts();
      // What the kept drafts would have added to the model alone's share, from their first step on.
      const overlap = gridDescending.map(noCounts);
      keepable.forEach((point, index) => {
        if (!((point.evidence >= 0 && point.evidence >= withEvidence) || reaches(point.candidate, withCandidate))) return;
        count(kept, point);
        if (keepableSteps[index]! >= 0) count(overlap[keepableSteps[index]!]!, point);
      });
      const overlapSoFar = noCounts();
      gridDescending.forEach((alone, step) => {
        const counts = { ...kept };
        for (const key of countKeys) {
          overlapSoFar[key] += overlap[step]![key];
          counts[key] += aloneReaches[step]![key] - overlapSoFar[key];
        }
        outcomes.push({ withEvidence, withCandidate, alone, ...counts });
      });
    }
  return outcomes;
}

/** What `calibrate` needs of a rule's points whatever the target, ceiling and price: worked out once per rule. */
interface Summary {
  positives: number;
  benign: number;
  /** The word lists alone. */
  baseline: Scores;
  /** Benign drafts the word lists alone flag. */
  baselineAlarms: number;
  outcomes: Outcome[];
}
const summaries = new WeakMap<readonly ValidationPoint[], Summary>();
function summaryOf(points: readonly ValidationPoint[]): Summary {
  let summary = summaries.get(points);
  if (!summary) {
    const wordLists = (point: ValidationPoint) => point.evidence >= 0;
    summary = {
      positives: points.filter((point) => point.positive).length,
      benign: Math.max(1, points.filter(inBudget).length),
      baseline: scoresOf(points, wordLists),
      baselineAlarms: points.filter((point) => inBudget(point) && wordLists(point)).length,
      outcomes: outcomesOf(points),
    };
    summaries.set(points, summary);
  }
  return summary;
}

/**
 * The thresholds with the best F1 – less `penalty` per share of the benign drafts they flag – whose
 * precision reaches `target` (or, where the word lists alone fall short of it, whose additions
 * reach it without lowering the rule's precision), never above `ceiling`; among equals the higher precision.
 */
export function calibrate(points: readonly ValidationPoint[], target: number, ceiling: ThresholdTier = { withEvidence: never, withCandidate: never, alone: never }, penalty = 0): ThresholdTier & Scores {
  const { positives, benign, baseline, baselineAlarms, outcomes } = summaryOf(points);
  let best: ThresholdTier & Scores & { value: number } = {
    withEvidence: 0,
    withCandidate: never,
    alone: never,
    ...baseline,
    value: baseline.f1 - (penalty * baselineAlarms) / benign,
  };
  for (const { withEvidence, withCandidate, alone, tp, fp, alarms, addedTp, addedFp } of outcomes) {
    if (withEvidence > ceiling.withEvidence || withCandidate > ceiling.withCandidate || alone > ceiling.alone) continue;
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = positives ? tp / positives : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const addedPrecision = addedTp + addedFp ? addedTp / (addedTp + addedFp) : 1;
    if (precision < target && !(precision >= baseline.precision && addedPrecision >= target)) continue;
    const value = f1 - (penalty * alarms) / benign;
    if (value > best.value + 1e-9 || (Math.abs(value - best.value) <= 1e-9 && precision > best.precision))
      best = { withEvidence, withCandidate, alone, precision, recall, f1, value };
  }
  return best;
}

const tierOf = ({ withEvidence, withCandidate, alone }: ThresholdTier): ThresholdTier => ({ withEvidence, withCandidate, alone });

/**
 * The benign drafts (or those `counts` picks) that get a warning or a critical finding from any
 * rule at `thresholds`, out of all of them.
 */
function budgetAlarms(
  validation: ReadonlyMap<RuleId, ValidationPoint[]>,
  thresholds: Partial<Record<RuleId, Thresholds>>,
  severityOf: (rule: RuleId) => Severity,
  counts: (point: ValidationPoint) => boolean = inBudget,
): { alarmed: number; counted: number } {
  const first = validation.values().next().value ?? [];
  const indexes: number[] = [];
  first.forEach((point, index) => counts(point) && indexes.push(index));
  // Marks by draft, not a set: the bisection asks this a dozen times of every benign draft.
  const alarmed = new Uint8Array(first.length);
  let alarmedCount = 0;
  for (const [rule, points] of validation) {
    if (severityOf(rule) === 'info') continue;
    for (const index of indexes) {
      if (alarmed[index] || !fires(points[index]!, thresholds[rule]!)) continue;
      alarmed[index] = 1;
      alarmedCount++;
    }
  }
  return { alarmed: alarmedCount, counted: indexes.length };
}

/**
 * Per rule, the best thresholds at the precision its severity needs; rules that warn pay a price
 * per benign draft they flag. The price is the lowest (by bisection) at which all rules together
 * flag at most `maxBenignAlarms` of the benign drafts: each rule gives up what costs it least.
 */
export function calibrateAll(validation: ReadonlyMap<RuleId, ValidationPoint[]>, severityOf: (rule: RuleId) => Severity): Partial<Record<RuleId, Thresholds>> {
  const solve = (price: number) => {
    const thresholds: Partial<Record<RuleId, Thresholds>> = {};
    for (const [rule, points] of validation) {
      const critical = severityOf(rule) === 'critical';
      // Only rules that warn count against the budget.
      const penalty = severityOf(rule) === 'info' ? 0 : price;
      const chosen = calibrate(points, critical ? criticalPrecision : warningPrecision, undefined, penalty);
      thresholds[rule] = tierOf(chosen);
      if (!critical) continue;
      // Below the critical thresholds, a band shown as a warning, at a warning's precision.
      const relaxed = calibrate(points, warningPrecision, chosen, penalty);
      if (relaxed.f1 > chosen.f1) thresholds[rule]!.asWarning = tierOf(relaxed);
    }
    return thresholds;
  };
  const withinBudget = (thresholds: Partial<Record<RuleId, Thresholds>>) => {
    const { alarmed, counted } = budgetAlarms(validation, thresholds, severityOf);
    return alarmed <= maxBenignAlarms * counted;
  };
  let thresholds = solve(0);
  if (withinBudget(thresholds)) return thresholds;
  let low = 0;
  // The highest price. While validation read the model alone's raw score, it did not reach the budget
  // from 56,000 drafts on: it priced alarms the rules' vetoes never let through. A cap of 1024 reached
  // it, but on fresh test batches and real texts flagged no fewer and scored 0.6 points lower; a cap of
  // 32 flagged 11 of 466 fresh real municipal texts against 8 (December 2026). Read the engine's way,
  // the budget is reached below 64 again.
  let high = 64;
  for (let step = 0; step < 10; step++) {
    const price = (low + high) / 2;
    const candidate = solve(price);
    if (withinBudget(candidate)) (high = price), (thresholds = candidate);
    else low = price;
  }
  return withinBudget(thresholds) ? thresholds : solve(high);
}

/** Per rule P/R/F1 on the validation set, word lists alone against the word lists weighed with the model. */
export function validationReport(
  validation: ReadonlyMap<RuleId, ValidationPoint[]>,
  thresholds: Partial<Record<RuleId, Thresholds>>,
  severityOf: (rule: RuleId) => Severity,
): string {
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
    const tier = (x: ThresholdTier) => `keep ≥${f(x.withEvidence)} confirm ≥${f(x.withCandidate)} alone ≥${f(x.alone)}`;
    const warn = t.asWarning ? `; warning: ${tier(t.asWarning)}` : '';
    lines.push(`${rule.padEnd(28)} ${f(words.precision)}/${f(words.recall)}/${f(words.f1)}     ${f(model.precision)}/${f(model.recall)}/${f(model.f1)}    ${tier(t)}${warn}`);
  }
  const rules = validation.size;
  const benignCount = [...validation.values()][0]!.filter((point) => point.benign).length;
  // Three places for the macro: changes worth making now move it by less than 0.01.
  lines.push(`${'macro F1'.padEnd(28)} ${f(sumWords / rules)}               ${(sumModel / rules).toFixed(3)}`);
  lines.push(`benign drafts with any finding of these rules: word lists ${benignWordLists.size}/${benignCount}, with the model ${benign.size}/${benignCount}`);
  const { alarmed, counted } = budgetAlarms(validation, thresholds, severityOf);
  lines.push(`benign drafts with a warning: ${alarmed}/${counted} (${((100 * alarmed) / counted).toFixed(2)} %; budget ${(100 * maxBenignAlarms).toFixed(1)} %)`);
  const everyday = budgetAlarms(validation, thresholds, severityOf, (point) => point.benign && point.everyday);
  lines.push(`everyday batches' benign drafts with a warning: ${everyday.alarmed}/${everyday.counted} (${((100 * everyday.alarmed) / everyday.counted).toFixed(2)} %)`);
  // Real municipal pages are measured apart from the corpus; its official-style benign drafts are the nearest stand-in.
  const official = budgetAlarms(validation, thresholds, severityOf, (point) => point.benign && point.official);
  lines.push(`official-style benign drafts with a warning: ${official.alarmed}/${official.counted} (${((100 * official.alarmed) / official.counted).toFixed(2)} %)`);
  return lines.join('\n');
}
