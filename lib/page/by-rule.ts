import type { Finding, RuleId } from '../engine';

/** Findings listed per rule; the rest are counted, so that a huge paste renders in one short task. */
export const listedPerRule = 3;

export interface RuleGroup {
  rule: RuleId;
  listed: Finding[];
  /** Findings of the rule not listed. */
  more: number;
}

/** `findings` grouped by rule, in order of each rule's first finding, with the first few listed. */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<RuleId, RuleGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) groups.set(finding.rule, (group = { rule: finding.rule, listed: [], more: 0 }));
    if (group.listed.length < listedPerRule) group.listed.push(finding);
    else group.more++;
  }
  return [...groups.values()];
}
