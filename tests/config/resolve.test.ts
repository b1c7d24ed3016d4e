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
      userSettings: { organisation: { officialPhoneNumbers: ['64 90 61 00'] }, severityOverrides: { tone: 'warning' } },
      userPreferences: { sites: { x: false }, uiLanguage: 'nn' },
    });
    expect(config.settings.organisation.officialPhoneNumbers).toEqual(['64 90 61 00']);
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
    // Naming another organisation starts it afresh: nothing of Ås carries over to Frogn.
    expect(config.settings.organisation).toEqual({ name: 'Frogn kommune', officialDomains: [], officialEmails: [], officialPhoneNumbers: [] });
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
  it('applies and locks every valid policy field; an invalid field is reported by name and only it falls back', () => {
    const config = resolveConfig({
      userSettings: { organisation: { website: 'https://www.frogn.no' }, disabledRules: ['tone'] },
      managed: { crisisMode: true, disabledRules: ['no-such-rule'], organisation: { name: 'Frogn kommune', website: 'not a url' }, sites: { x: 'off', facebook: false } },
    });
    expect(config.policyError).toMatch(/(^|; )sites\.x: [^;]*expected boolean/);
    expect(config.policyError).toContain('organisation.website: ');
    expect(config.policyError).toContain('disabledRules.0: ');
    expect(config.settings.crisisMode).toBe(true);
    expect(config.settings.organisation.website).toBe('https://www.frogn.no');
    expect(config.settings.disabledRules).toEqual(['tone']);
    expect(config.preferences.sites).toEqual({ facebook: false, x: true, instagram: true });
    expect([...config.locked].sort()).toEqual(['crisisMode', 'organisation.name', 'sites.facebook']);
  });

  it('applies nothing of a policy that is not an object', () => {
    const config = resolveConfig({ managed: ['crisisMode'] });
    expect(config.policyError).toBeDefined();
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

describe('another organisation', () => {
  it("replaces Frogn's name, numbers, domains and unit contact as a whole", () => {
    const config = resolveConfig({ managed: { organisation: { name: 'Asker kommune' }, communicationsUnit: { name: 'Kommunikasjonsavdelingen', phone: '66 90 00 00' } } });
    expect(config.settings.organisation).toEqual({ name: 'Asker kommune', officialDomains: [], officialEmails: [], officialPhoneNumbers: [] });
    expect(config.settings.communicationsUnit).toEqual({ name: 'Kommunikasjonsavdelingen', phone: '66 90 00 00' });
  });
});

describe('protected rules', () => {
  it("stay on and critical whatever the person's own settings say; the organisation's policy decides", () => {
    const user = { disabledRules: ['national-id', 'identifiable-person', 'offensive', 'tone'], severityOverrides: { offensive: 'info', sarcasm: 'info' } };
    const personal = resolveConfig({ userSettings: user }).settings;
    expect(personal.disabledRules).toEqual(['tone']);
    expect(personal.severityOverrides).toEqual({ sarcasm: 'info' });
    const byPolicy = resolveConfig({ userSettings: user, managed: { disabledRules: ['offensive'], severityOverrides: { 'national-id': 'warning' } } }).settings;
    expect(byPolicy.disabledRules).toEqual(['offensive']);
    expect(byPolicy.severityOverrides).toEqual({ sarcasm: 'info', 'national-id': 'warning' });
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
