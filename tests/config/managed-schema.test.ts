import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedPolicyJsonSchema, type PolicySchema } from '../../lib/config/managed-schema';
import { managedPolicySchema } from '../../lib/config/schema';
import { ruleIds } from '../../lib/engine/schema';

const committed = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));
// Chromium refuses to load the extension over anything else (`additionalProperties: false` included).
const chromiumKeywords = new Set(['type', 'properties', 'items', 'enum']);

function* nodes(schema: PolicySchema): Generator<PolicySchema> {
  yield schema;
  for (const child of Object.values(schema.properties ?? {})) yield* nodes(child);
  if (schema.items) yield* nodes(schema.items);
}

describe('public/managed_schema.json', () => {
  it('is what scripts/managed-schema.ts generates from the zod schema (rerun it after a schema change)', () => {
    expect(committed).toEqual(managedPolicyJsonSchema());
  });

  it("uses only keywords of Chromium's policy-schema subset, with a type on every node", () => {
    for (const node of nodes(committed)) {
      for (const keyword of Object.keys(node)) expect(chromiumKeywords, keyword).toContain(keyword);
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number']).toContain(node.type);
    }
  });

  it('has every policy field, and one property per rule for the severity overrides', () => {
    expect(Object.keys(committed.properties).sort()).toEqual(Object.keys(managedPolicySchema.shape).sort());
    expect(committed.properties.crisisMode).toEqual({ type: 'boolean' });
    expect(Object.keys(committed.properties.sites.properties)).toEqual(['facebook', 'x', 'instagram']);
    expect(Object.keys(committed.properties.severityOverrides.properties)).toEqual([...ruleIds]);
    expect(committed.properties.severityOverrides.properties.tone.enum).toEqual(['info', 'warning', 'critical']);
    expect(committed.properties.disabledRules.items.enum).toEqual([...ruleIds]);
  });
});
