import { describe, expect, it } from 'vitest';
import {
  frognDefaults,
  mergeSettings,
  organisationSettingsSchema,
  parsePartialSettings,
  SettingsError,
} from '../../lib/engine';

describe('organisation settings', () => {
  it("has valid defaults for Frogn kommune", () => {
    expect(organisationSettingsSchema.parse(frognDefaults)).toEqual(frognDefaults);
    expect(frognDefaults.organisation.officialDomains).toContain('frogn.kommune.no');
    expect(frognDefaults.organisation.officialPhoneNumbers).toContain('64 90 60 00');
    expect(frognDefaults.organisation.officialEmails).toContain('postmottak@frogn.kommune.no');
  });

  it.each([
    [{ crisisMode: 'on' }, 'crisisMode'],
    [{ disabledRules: ['no-such-rule'] }, 'disabledRules'],
    [{ severityOverrides: { tone: 'loud' } }, 'severityOverrides'],
    [{ organisation: { officialDomains: ['not a domain'] } }, 'organisation.officialDomains'],
    [{ organisation: { website: 'ftp://frogn.no' } }, 'organisation.website'],
    [{ communicationsUnit: { email: 'nope' } }, 'communicationsUnit.email'],
    [{ unknownField: true }, 'unknownField'],
  ])('rejects %j with an error naming %s', (input, field) => {
    let error: unknown;
    try {
      parsePartialSettings(input, 'policy');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toContain(field.split('.').at(-1));
    expect((error as Error).message).toContain('policy');
  });

  it('merges layers field by field, later layers winning', () => {
    const user = parsePartialSettings({ organisation: { name: 'Frogn' }, severityOverrides: { tone: 'warning' } });
    const policy = parsePartialSettings({ crisisMode: true, severityOverrides: { media: 'warning' } });
    const merged = mergeSettings(frognDefaults, user, policy);
    expect(merged.organisation.name).toBe('Frogn');
    expect(merged.organisation.officialDomains).toEqual(frognDefaults.organisation.officialDomains);
    expect(merged.crisisMode).toBe(true);
    expect(merged.severityOverrides).toEqual({ tone: 'warning', media: 'warning' });
  });
});
