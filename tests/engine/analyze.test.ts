import { describe, expect, it } from 'vitest';
import { analyze, analyzeDraft, frognDefaults, SettingsError } from '../../lib/engine';

describe('analyze', () => {
  it('reports media as info, and as a warning when children are mentioned', () => {
    expect(analyze('Vakre Drøbak i morges', { media: true })).toMatchObject([{ rule: 'media', severity: 'info' }]);
    expect(analyze('Elevene i 6B har laget fuglekasser', { media: true })).toMatchObject([
      { rule: 'media', severity: 'warning' },
    ]);
  });

  it('writes messages in the draft language, Bokmål for und', () => {
    const [nb] = analyze('Vakre Drøbak i morges, se bildet', { media: true });
    const [nn] = analyze('Eg har ikkje sett noko så fint, sjå biletet', { media: true });
    const [en] = analyze('What a lovely morning in the town, see the picture', { media: true });
    const [und] = analyze('🌅🌅', { media: true });
    expect(nb!.message).toMatch(/bilde/);
    expect(nn!.message).toMatch(/bilete/);
    expect(en!.message).toMatch(/image/);
    expect(und!.message).toBe(nb!.message);
  });

  it('carries the guideline section and its quote with every finding', () => {
    const [finding] = analyze('Vakre Drøbak', { media: true });
    expect(finding).toMatchObject({ section: 'bevisst.taushetsplikt' });
    expect(finding!.quote).toMatch(/identifiseres/);
  });

  it('applies severity overrides and disabled rules from the settings', () => {
    const settings = { ...frognDefaults, severityOverrides: { media: 'critical' as const } };
    expect(analyze('Vakre Drøbak', { media: true, settings })).toMatchObject([{ severity: 'critical' }]);
    const disabled = { ...frognDefaults, disabledRules: ['media' as const] };
    expect(analyze('Vakre Drøbak', { media: true, settings: disabled })).toEqual([]);
  });

  it('lists findings most severe first', () => {
    const { findings } = analyzeDraft('Fødselsnummeret mitt er 24077501076, ring 917 45 362', { media: true });
    const ranks = findings.map((finding) => ['info', 'warning', 'critical'].indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('rejects invalid options with an error that names the field', () => {
    expect(() => analyze('x', { media: 'yes' as unknown as boolean })).toThrow(SettingsError);
    expect(() => analyze('x', { media: 'yes' as unknown as boolean })).toThrow(/media/);
    const badSettings = { ...frognDefaults, organisation: { ...frognDefaults.organisation, officialPhoneNumbers: ['ring oss'] } };
    expect(() => analyze('x', { settings: badSettings })).toThrow(/organisation\.officialPhoneNumbers\[0\]|officialPhoneNumbers/);
  });

  it('treats a non-string text as empty instead of crashing', () => {
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });
});
