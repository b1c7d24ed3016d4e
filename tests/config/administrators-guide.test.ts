import { describe, expect, it } from 'vitest';
import { chromiumExtensionId, geckoId } from '../../lib/config/identity';
import { managedPolicySchema } from '../../lib/config/schema';
import { ruleIds } from '../../lib/engine/schema';
import { policyProblems } from '../../scripts/policy-check';
import { guide, guideExample } from './guide-examples';

// Administrators copy these examples as they stand (with the id `npm run release` printed): they must pass the extension's own check.
describe('docs/administrators.md', () => {
  const linux = guideExample('linux-policy', 'my-id') as any;
  const firefox = guideExample('firefox-policies', 'my-id') as any;

  it('force-installs the extension by its id, from the update manifest that npm run release writes', () => {
    expect(linux.ExtensionSettings['my-id']).toMatchObject({ installation_mode: 'force_installed', toolbar_pin: 'force_pinned' });
    expect(linux.ExtensionSettings['my-id'].update_url).toMatch(/\/updates\.xml$/);
    expect(firefox.policies.ExtensionSettings[geckoId].installation_mode).toBe('force_installed');
  });

  it('gives extension policies that the managed-policy schema accepts, locking the sites and the critical rules', () => {
    for (const policy of [linux['3rdparty'].extensions['my-id'], firefox.policies['3rdparty'].Extensions[geckoId]]) {
      expect(managedPolicySchema.safeParse(policy).error).toBeUndefined();
      expect(policy.sites).toEqual({ facebook: true, x: true, instagram: true });
      expect(policy.disabledRules).toEqual([]);
      expect(Object.keys(policy.severityOverrides).every((rule) => (ruleIds as readonly string[]).includes(rule))).toBe(true);
    }
    expect([guideExample('linux-policy', chromiumExtensionId), firefox].map(policyProblems)).toEqual([[], []]);
  });

  it('tells IT to check a policy before deploying it', () => {
    expect(guide).toContain('npm run -s policy:check -- policy.json');
  });
});
