import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  loadConfig,
  resetUserSettings,
  savePreferences,
  saveUserSettings,
  storageKeys,
  watchConfig,
} from '../../lib/config/store';
import { SettingsError } from '../../lib/engine/settings';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('loadConfig', () => {
  it('layers storage.local under storage.managed', async () => {
    await fakeBrowser.storage.local.set({
      [storageKeys.settings]: { crisisMode: false, organisation: { name: 'Ås kommune' } },
      [storageKeys.preferences]: { sites: { instagram: false } },
    });
    await fakeBrowser.storage.managed.set({ crisisMode: true, sites: { x: false } });
    const config = await loadConfig();
    expect(config.settings.crisisMode).toBe(true);
    expect(config.settings.organisation.name).toBe('Ås kommune');
    expect(config.preferences.sites).toEqual({ facebook: true, x: false, instagram: false });
    expect(config.locked.sort()).toEqual(['crisisMode', 'sites.x']);
  });

  it("treats Firefox's missing managed storage manifest as no policy", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await fakeBrowser.storage.local.set({ [storageKeys.settings]: { crisisMode: true } });
    const config = await loadConfig();
    expect(config.settings.crisisMode).toBe(true);
    expect(config.locked).toEqual([]);
    expect(config.policyError).toBeUndefined();
  });

  it('reports an invalid managed policy and keeps the defaults', async () => {
    await fakeBrowser.storage.managed.set({ communicationsUnit: { email: 'kommunikasjon' } });
    const config = await loadConfig();
    expect(config.policyError).toMatch(/^communicationsUnit\.email: /);
    expect(config.settings.communicationsUnit.email).toBe('postmottak@frogn.kommune.no');
  });
});

describe('saving', () => {
  it('replaces only the named settings fields and keeps the rest', async () => {
    await saveUserSettings({ crisisMode: true });
    await saveUserSettings({ organisation: { name: 'Ås kommune' } });
    expect(await stored(storageKeys.settings)).toEqual({ crisisMode: true, organisation: { name: 'Ås kommune' } });
    await saveUserSettings({ crisisMode: false });
    expect(await stored(storageKeys.settings)).toEqual({ crisisMode: false, organisation: { name: 'Ås kommune' } });
  });

  it('refuses invalid settings with an error naming the field, and stores nothing', async () => {
    await saveUserSettings({ crisisMode: true });
    const attempt = saveUserSettings({ organisation: { website: 'ftp://frogn.no' } });
    await expect(attempt).rejects.toBeInstanceOf(SettingsError);
    await expect(attempt).rejects.toThrow(/organisation\.website/);
    expect(await stored(storageKeys.settings)).toEqual({ crisisMode: true });
  });

  it('resets the organisation settings but keeps crisis mode as the popup set it', async () => {
    await saveUserSettings({ crisisMode: true, disabledRules: ['tone'], organisation: { name: 'Ås kommune' } });
    await resetUserSettings();
    expect(await stored(storageKeys.settings)).toEqual({ crisisMode: true });
  });

  it('changes one site switch and keeps the others and the language', async () => {
    await savePreferences({ uiLanguage: 'en', sites: { facebook: false } });
    await savePreferences({ sites: { x: false } });
    expect(await stored(storageKeys.preferences)).toEqual({ uiLanguage: 'en', sites: { facebook: false, x: false } });
    expect((await loadConfig()).preferences.sites).toEqual({ facebook: false, x: false, instagram: true });
  });

  it('refuses an unknown UI language', async () => {
    await expect(savePreferences({ uiLanguage: 'de' as never })).rejects.toThrow(/uiLanguage/);
    expect(await stored(storageKeys.preferences)).toBeUndefined();
  });
});

describe('watchConfig', () => {
  it('reports the new effective config when the user or the policy changes it, until stopped', async () => {
    const seen: boolean[] = [];
    const stop = watchConfig((config) => seen.push(config.settings.crisisMode));
    await saveUserSettings({ crisisMode: true });
    await vi.waitFor(() => expect(seen).toEqual([true]));
    await fakeBrowser.storage.managed.set({ crisisMode: false });
    await vi.waitFor(() => expect(seen).toEqual([true, false]));
    stop();
    await saveUserSettings({ crisisMode: false });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([true, false]);
  });
});
