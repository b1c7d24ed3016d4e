import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumExtensionId, geckoId } from '../../lib/config/identity';
import { managedPolicySchema } from '../../lib/config/schema';
import { policyProblems } from '../../scripts/policy-check';

const guide = readFileSync(new URL('../../docs/administrators.md', import.meta.url), 'utf8');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((block) => JSON.parse(block[1]!));

// Administrators copy these examples as they stand: they must name the right ids and pass the extension's own check.
describe('docs/administrators.md', () => {
  it('has a Chrome/Edge and a Firefox example that force-install the extension by its ids', () => {
    expect(examples).toHaveLength(2);
    const [chromium, firefox] = examples;
    expect(chromium.ExtensionSettings[chromiumExtensionId].installation_mode).toBe('force_installed');
    expect(firefox.policies.ExtensionSettings[geckoId].installation_mode).toBe('force_installed');
  });

  it('gives extension policies that the managed-policy schema accepts', () => {
    const [chromium, firefox] = examples;
    expect(managedPolicySchema.safeParse(chromium['3rdparty'].extensions[chromiumExtensionId]).error).toBeUndefined();
    expect(managedPolicySchema.safeParse(firefox.policies['3rdparty'].Extensions[geckoId]).error).toBeUndefined();
    expect(examples.map(policyProblems)).toEqual([[], []]);
  });

  it('tells IT to check a policy before deploying it', () => {
    expect(guide).toContain('npm run -s policy:check -- policy.json');
  });
});
