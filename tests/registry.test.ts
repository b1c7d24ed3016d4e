import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageLangs, ruleIds } from '../lib/engine';
import { findPoint, guidanceOnlyPoints, pointIds } from '../lib/guideline';
import { rules } from '../rules';
import type { RuleModule } from './rule-tester';

// The meta-test: every rule module has what the product needs (as Refined GitHub checks every feature).
describe('rule registry', () => {
  it('has exactly the ids of RULES.md, in its order, each once', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
  });

  it('keeps each rule in a file named after its id', () => {
    for (const rule of rules) {
      const source = readFileSync(new URL(`../rules/${rule.id}.ts`, import.meta.url), 'utf8');
      expect(source).toContain(`id: '${rule.id}'`);
    }
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s cites a sentence of an existing guideline point', (_id, rule) => {
    const found = findPoint(rule.section);
    expect(found, `unknown section ${rule.section}`).toBeDefined();
    expect(rule.quote.length).toBeGreaterThan(10);
    expect(found!.point.text).toContain(rule.quote);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has messages and suggestions in nb, nn and en', (_id, rule) => {
    for (const lang of messageLangs) {
      expect(rule.messages[lang].message.trim(), `${lang} message`).not.toBe('');
      expect(rule.messages[lang].suggestion.trim(), `${lang} suggestion`).not.toBe('');
    }
    expect(rule.messages.nb.message).not.toBe(rule.messages.en.message);
    expect(rule.messages.nn.message).not.toBe(rule.messages.en.message);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has a firing and a non-firing example', async (_id, rule) => {
    const { default: exported, examples } = (await import(`../rules/${rule.id}.ts`)) as RuleModule;
    expect(exported).toBe(rule);
    expect(examples.fires.length).toBeGreaterThan(0);
    expect(examples.passes.length).toBeGreaterThan(0);
  });
});

describe('guideline coverage', () => {
  it('maps every point to a rule or marks it as guidance only', () => {
    const cited = new Set(rules.map((rule) => rule.section));
    for (const id of pointIds) {
      const covered = cited.has(id) || id in guidanceOnlyPoints;
      expect(covered, `point ${id} is neither checked by a rule nor marked guidance only`).toBe(true);
    }
  });

  it('marks no point as guidance only that a rule checks', () => {
    const cited = new Set(rules.map((rule) => rule.section));
    for (const id of Object.keys(guidanceOnlyPoints)) expect(cited.has(id), id).toBe(false);
  });
});
