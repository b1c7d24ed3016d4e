import { describe, expect, it } from 'vitest';
import { isLocked, resolveConfig } from '../../lib/config/resolve';
import { defaultPreferences } from '../../lib/config/schema';
import { frognDefaults } from '../../lib/engine/settings';

describe('resolveConfig: defaults < user < managed policy', () => {
  it('gives the defaults when nothing is stored', () => {
    const config = resolveConfig({});
    expect(config.settings).toEqual(frognDefaults);
    expect(config.preferences).toEqual(defaultPreferences);
    expect(config.locked).toEqual([]);
    expect(config.policyError).toBeUndefined();
    expect(config.userError).toBeUndefined();
  });

  it('lets the user change a field and keeps the defaults of the others', () => {
    const config = resolveConfig({
      userSettings: { organisation: { name: 'Ås kommune' }, severityOverrides: { tone: 'warning' } },
      userPreferences: { sites: { x: false }, uiLanguage: 'nn' },
    });
    expect(config.settings.organisation.name).toBe('Ås kommune');
    expect(config.settings.organisation.website).toBe(frognDefaults.organisation.website);
    expect(config.settings.severityOverrides).toEqual({ tone: 'warning' });
    expect(config.preferences).toEqual({ sites: { facebook: true, x: false, instagram: true }, uiLanguage: 'nn', introDismissed: false });
  });

  it('lets the policy win over the user, field by field, and locks exactly what it sets', () => {
    const config = resolveConfig({
      userSettings: {
        organisation: { name: 'Ås kommune', website: 'https://www.as.kommune.no' },
        crisisMode: false,
        severityOverrides: { tone: 'warning', sarcasm: 'info' },
      },
      userPreferences: { sites: { x: true, facebook: false } },
      managed: {
        organisation: { name: 'Frogn kommune' },
        crisisMode: true,
        severityOverrides: { tone: 'critical' },
        sites: { x: false },
      },
    });
    expect(config.settings.organisation).toMatchObject({ name: 'Frogn kommune', website: 'https://www.as.kommune.no' });
    expect(config.settings.crisisMode).toBe(true);
    expect(config.settings.severityOverrides).toEqual({ tone: 'critical', sarcasm: 'info' });
    expect(config.preferences.sites).toEqual({ facebook: false, x: false, instagram: true });
    expect([...config.locked].sort()).toEqual(['crisisMode', 'organisation.name', 'severityOverrides.tone', 'sites.x']);
    expect(isLocked(config, 'severityOverrides.sarcasm')).toBe(false);
    expect(isLocked(config, 'sites.facebook')).toBe(false);
  });

  it('locks a list set by the policy as a whole', () => {
    const config = resolveConfig({ userSettings: { disabledRules: ['tone'] }, managed: { disabledRules: ['sarcasm'] } });
    expect(config.settings.disabledRules).toEqual(['sarcasm']);
    expect(config.locked).toEqual(['disabledRules']);
  });

  it('treats an empty policy (Chrome without a policy) as none', () => {
    const config = resolveConfig({ managed: {} });
    expect(config.locked).toEqual([]);
    expect(config.policyError).toBeUndefined();
  });
});

describe('resolveConfig: invalid layers', () => {
  it('reports an invalid policy by field and problem, ignores all of it and keeps the defaults', () => {
    const config = resolveConfig({
      userSettings: { organisation: { name: 'Ås kommune' } },
      managed: { crisisMode: 'yes', organisation: { name: 'Frogn kommune', website: 'not a url' } },
    });
    expect(config.policyError).toMatch(/(^|; )crisisMode: [^;]*expected boolean/);
    expect(config.policyError).toContain('organisation.website: ');
    expect(config.settings.crisisMode).toBe(false);
    // Nothing of an invalid policy applies, not even its valid fields; the user's layer still does.
    expect(config.settings.organisation.name).toBe('Ås kommune');
    expect(config.locked).toEqual([]);
  });

  it('reports an unknown policy key by its name', () => {
    expect(resolveConfig({ managed: { crisismode: true } }).policyError).toMatch(/crisismode/);
  });

  it('names the list item that is wrong', () => {
    const config = resolveConfig({ managed: { organisation: { officialEmails: ['postmottak@frogn.kommune.no', 'nope'] } } });
    expect(config.policyError).toMatch(/^organisation\.officialEmails\.1: /);
  });

  it('ignores invalid stored user settings and says which field', () => {
    const config = resolveConfig({
      userSettings: { disabledRules: ['no-such-rule'] },
      userPreferences: { uiLanguage: 'de' },
    });
    expect(config.userError).toMatch(/^settings: disabledRules\.0: /);
    expect(config.userError).toContain('preferences: uiLanguage: ');
    expect(config.settings.disabledRules).toEqual([]);
    expect(config.preferences.uiLanguage).toBe('auto');
  });
});

describe('crisis mode', () => {
  it('is off by default, on when the user switches it on, and the policy decides over the user', () => {
    expect(resolveConfig({}).settings.crisisMode).toBe(false);
    expect(resolveConfig({ userSettings: { crisisMode: true } }).settings.crisisMode).toBe(true);
    expect(resolveConfig({ userSettings: { crisisMode: true }, managed: { crisisMode: false } }).settings.crisisMode).toBe(false);
    expect(resolveConfig({ userSettings: { crisisMode: false }, managed: { crisisMode: true } }).settings.crisisMode).toBe(true);
  });
});
