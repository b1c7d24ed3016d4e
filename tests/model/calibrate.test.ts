import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../lib/engine';
import { calibrate, calibrateAll, fires, maxBenignAlarms, type ValidationPoint } from '../../training/calibrate';

/** A draft the word lists missed, with the model's score `alone`. */
const scored = (alone: number, positive: boolean, benign = !positive, everyday = true): ValidationPoint => ({ positive, benign, everyday, official: false, evidence: -1, candidate: -1, alone });
const repeat = (count: number, point: ValidationPoint) => Array.from({ length: count }, () => point);

describe('calibrate', () => {
  // Positives score 0.9 (40) and 0.6 (40); negatives 0.6 (10) and 0.3 (100).
  const points = [...repeat(40, scored(0.9, true)), ...repeat(40, scored(0.6, true)), ...repeat(10, scored(0.6, false)), ...repeat(100, scored(0.3, false))];

  it('takes the threshold with the best F1 that reaches the precision asked for', () => {
    // At 0.6 precision is 80/90 = 0.89: enough for a warning (0.85), not for a critical finding.
    expect(calibrate(points, 0.85)).toMatchObject({ alone: 0.6, recall: 1 });
    expect(calibrate(points, 0.95)).toMatchObject({ alone: 0.9, precision: 1, recall: 0.5 });
  });

  it('never goes above the ceiling it is given', () => {
    const ceiling = { withEvidence: 0.05, withCandidate: 1.01, alone: 0.5 };
    expect(calibrate(points, 0.85, ceiling).alone).toBeLessThanOrEqual(0.5);
  });

  it("prices a focused batch's benign near-misses as it does an everyday batch's", () => {
    const focused = [...repeat(40, scored(0.9, true)), ...repeat(40, scored(0.6, true)), ...repeat(5, scored(0.6, false, true, false)), ...repeat(100, scored(0.1, false))];
    expect(calibrate(focused, 0.85, undefined, 64).alone).toBe(0.9);
  });

  it('gives up recall when benign drafts flagged cost enough', () => {
    const benignLow = [...repeat(40, scored(0.9, true)), ...repeat(40, scored(0.6, true)), ...repeat(5, scored(0.6, false, true)), ...repeat(100, scored(0.1, false))];
    expect(calibrate(benignLow, 0.85).alone).toBe(0.6);
    expect(calibrate(benignLow, 0.85, undefined, 64).alone).toBe(0.9);
  });
});

describe('calibrateAll', () => {
  // Two warning rules each flag a different 2 % of the benign drafts at their best F1.
  const benignCount = 500;
  const rule = (flagged: (index: number) => boolean, everyday = true): ValidationPoint[] => [
    ...Array.from({ length: benignCount }, (_, index) => scored(flagged(index) ? 0.7 : 0.1, false, true, everyday)),
    ...repeat(200, scored(0.7, true)),
    ...repeat(100, scored(0.9, true)),
  ];

  it("measures the budget on every benign draft, a focused batch's near-misses too", () => {
    const validation = new Map<RuleId, ValidationPoint[]>([
      ['sarcasm', rule((index) => index < 10, false)],
      ['internal-dispute', rule((index) => index >= 490, false)],
    ]);
    const thresholds = calibrateAll(validation, () => 'warning');
    // Both at their best F1 (0.7) would flag 20 of the 500 benign drafts, over the budget.
    expect([thresholds.sarcasm!.alone, thresholds['internal-dispute']!.alone]).not.toEqual([0.7, 0.7]);
  });

  it('keeps the benign drafts flagged by all warning rules together within the budget', () => {
    const validation = new Map<RuleId, ValidationPoint[]>([
      ['sarcasm', rule((index) => index < 10)],
      ['internal-dispute', rule((index) => index >= 490)],
    ]);
    const thresholds = calibrateAll(validation, () => 'warning');
    const flagged = new Set<number>();
    for (const [id, points] of validation) points.forEach((point, index) => point.benign && fires(point, thresholds[id]!) && flagged.add(index));
    expect(flagged.size).toBeLessThanOrEqual(maxBenignAlarms * benignCount);
    // Without the budget each rule would have taken 0.7 and flagged 20 together.
    expect(calibrate(validation.get('sarcasm')!, 0.85).alone).toBe(0.7);
  });
});
