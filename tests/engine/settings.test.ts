import { describe, expect, it } from 'vitest';
import {
  analyze,
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
    const user = parsePartialSettings({ organisation: { website: 'https://frogn.no' }, severityOverrides: { tone: 'warning' } });
    const policy = parsePartialSettings({ crisisMode: true, severityOverrides: { media: 'warning' } });
    const merged = mergeSettings(frognDefaults, user, policy);
    expect(merged.organisation.website).toBe('https://frogn.no');
    expect(merged.organisation.officialDomains).toEqual(frognDefaults.organisation.officialDomains);
    expect(merged.crisisMode).toBe(true);
    expect(merged.severityOverrides).toEqual({ tone: 'warning', media: 'warning' });
  });
});

describe('bounded text fields', () => {
  const huge = 'a'.repeat(1_000_000);
  it.each([
    ['communicationsUnit.email', { communicationsUnit: { email: `${huge}@frogn.kommune.no` } }, 254],
    ['communicationsUnit.name', { communicationsUnit: { name: huge } }, 120],
    ['communicationsUnit.phone', { communicationsUnit: { phone: huge } }, 30],
    ['organisation.name', { organisation: { name: huge } }, 120],
    ['organisation.website', { organisation: { website: `https://${huge}.no` } }, 2000],
    ['organisation.officialDomains[0]', { organisation: { officialDomains: [`${huge}.no`] } }, 253],
    ['organisation.officialEmails[0]', { organisation: { officialEmails: [`${huge}@frogn.no`] } }, 254],
  ])('refuses a 1 MB value, naming %s and its limit', (field, input, limit) => {
    const refusal = (() => {
      try {
        parsePartialSettings(input, 'policy');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(refusal).toContain(`at ${field}`);
    expect(refusal).toContain(`at most ${limit} characters`);
    expect(refusal!.length).toBeLessThan(1_000);
  });
});

describe('another organisation', () => {
  it("speaks with its own unit's contact in a crisis, never Frogn's", () => {
    const asker = mergeSettings(frognDefaults, {
      organisation: { name: 'Asker kommune' },
      communicationsUnit: { name: 'Kommunikasjonsavdelingen', email: 'kommunikasjon@asker.kommune.no' },
    });
    const [crisis] = analyze('Det brenner på skolen nå!', { settings: asker, crisisMode: true }).filter((finding) => finding.rule === 'crisis');
    const said = `${crisis!.message} ${crisis!.suggestion}`;
    expect(said).toContain('kommunikasjon@asker.kommune.no');
    expect(said).not.toMatch(/frogn|64 90 60 00/i);
  });
});
