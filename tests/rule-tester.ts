import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../lib/engine';
import type { Rule, RuleExample, RuleExamples } from '../lib/engine/rule';
import type { Lang, Severity } from '../lib/engine/schema';

export interface FiringCase extends RuleExample {
  /** Every span that must be flagged (by its text); `flagged` is a single one. */
  flaggedAll?: string[];
  severity?: Severity;
  /** Expected detected language, to keep the case honest about what it tests. */
  lang?: Lang;
}

export interface PassingCase {
  text: string;
  media?: boolean;
  crisisMode?: boolean;
  /** Why it must not fire (the near-miss it stands for). */
  note?: string;
}

type Case<T> = T | string;
const asFiring = (entry: Case<FiringCase>): FiringCase => (typeof entry === 'string' ? { text: entry } : entry);
const asPassing = (entry: Case<PassingCase>): PassingCase => (typeof entry === 'string' ? { text: entry } : entry);

function findingsOf(rule: Rule, entry: RuleExample | PassingCase) {
  const analysis = analyzeDraft(entry.text, { media: entry.media, crisisMode: entry.crisisMode });
  return { lang: analysis.lang, findings: analysis.findings.filter((finding) => finding.rule === rule.id) };
}

/** A rule module as `import * as` gives it: the rule and its examples. */
export interface RuleModule {
  default: Rule;
  examples: RuleExamples;
}

/**
 * The ESLint RuleTester shape: a table of drafts that must fire (with the flagged words) and
 * near-misses that must not. The module's own `examples` are run too. Drafts go through the whole
 * engine (language detection, settings, severity), as in the product.
 */
export function testRule(module: RuleModule, cases: { fires: Case<FiringCase>[]; passes: Case<PassingCase>[] }) {
  const { default: rule, examples } = module;
  const fires = [...examples.fires, ...cases.fires.map(asFiring)] as FiringCase[];
  const passes = [...examples.passes.map(asPassing), ...cases.passes.map(asPassing)];

  describe(`rule ${rule.id}`, () => {
    describe('fires on', () => {
      it.each(fires.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
        const { lang, findings } = findingsOf(rule, entry);
        expect(findings.length, 'no finding').toBeGreaterThan(0);
        const flaggedTexts = findings.map((finding) => entry.text.slice(finding.start, finding.end));
        for (const flagged of [entry.flagged, ...(entry.flaggedAll ?? [])].filter((item) => item !== undefined)) {
          expect(flaggedTexts).toContain(flagged);
        }
        if (entry.severity) expect(findings.map((finding) => finding.severity)).toContain(entry.severity);
        if (entry.lang) expect(lang).toBe(entry.lang);
      });
    });
    describe('passes', () => {
      it.each(passes.map((entry) => [entry.text, entry] as const))('%s', (_text, entry) => {
        const { findings } = findingsOf(rule, entry);
        expect(findings.map((finding) => entry.text.slice(finding.start, finding.end))).toEqual([]);
      });
    });
  });
}
