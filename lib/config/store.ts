import { browser } from 'wxt/browser';
import {
  parsePartialSettings,
  partialOrganisationSettingsSchema,
  type PartialOrganisationSettings,
} from '../engine/settings';
import { resolveConfig, type EffectiveConfig, type RawConfig } from './resolve';
import { partialPreferencesSchema, type PartialPreferences } from './schema';

/** Keys in storage.local. */
export const storageKeys = { settings: 'settings', preferences: 'preferences' } as const;

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox rejects ("Managed storage manifest not found") when no policy is installed: no policy, defaults apply.
    return undefined;
  }
}

async function readUserLayers(): Promise<RawConfig> {
  const local = await browser.storage.local.get([storageKeys.settings, storageKeys.preferences]);
  return { userSettings: local[storageKeys.settings], userPreferences: local[storageKeys.preferences] };
}

export async function loadConfig(): Promise<EffectiveConfig> {
  const [user, managed] = await Promise.all([readUserLayers(), readManaged()]);
  return resolveConfig({ ...user, managed });
}

/**
 * Like loadConfig, but first hands `onUserLayers` the config without the policy as soon as
 * storage.local answers: after the browser starts, managed storage can take seconds to answer.
 */
export async function loadConfigInStages(onUserLayers: (config: EffectiveConfig) => void): Promise<EffectiveConfig> {
  const managed = readManaged();
  const user = await readUserLayers();
  onUserLayers(resolveConfig(user));
  return resolveConfig({ ...user, managed: await managed });
}

/**
 * Calls `onChange` with the new effective config whenever the user's or the managed settings change
 * (or only the `areas` asked for: the options page follows the policy, not its own saves).
 */
export function watchConfig(onChange: (config: EffectiveConfig) => void, areas: readonly ('local' | 'managed')[] = ['local', 'managed']): () => void {
  const listener = (_changes: unknown, area: string) => {
    if ((areas as readonly string[]).includes(area)) void loadConfig().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The stored user settings layer; a stored value that no longer validates is dropped. */
async function storedUserSettings(): Promise<PartialOrganisationSettings> {
  const { [storageKeys.settings]: stored } = await browser.storage.local.get(storageKeys.settings);
  return partialOrganisationSettingsSchema.safeParse(stored ?? {}).data ?? {};
}

/**
 * Replaces the named top-level fields of the user's settings and keeps the others (the options
 * page owns the organisation fields, the popup owns crisis mode). Throws SettingsError naming the
 * field when the result is invalid, and then stores nothing.
 */
export async function saveUserSettings(patch: PartialOrganisationSettings): Promise<void> {
  const next = parsePartialSettings({ ...(await storedUserSettings()), ...patch }, 'user settings');
  await browser.storage.local.set({ [storageKeys.settings]: next });
}

/** Forgets the organisation settings the user entered; crisis mode stays as the popup set it. */
export async function resetUserSettings(): Promise<void> {
  const { crisisMode } = await storedUserSettings();
  await browser.storage.local.set({ [storageKeys.settings]: crisisMode === undefined ? {} : { crisisMode } });
}

/** Changes some of the person's switches and keeps the others. Throws a ZodError on an invalid value. */
export async function savePreferences(patch: PartialPreferences): Promise<void> {
  const { [storageKeys.preferences]: stored } = await browser.storage.local.get(storageKeys.preferences);
  const current = partialPreferencesSchema.safeParse(stored ?? {}).data ?? {};
  const next = partialPreferencesSchema.parse({
    ...current,
    ...patch,
    sites: { ...current.sites, ...patch.sites },
  });
  await browser.storage.local.set({ [storageKeys.preferences]: next });
}
