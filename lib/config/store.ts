import { browser } from 'wxt/browser';
import { resolveConfig, type EffectiveConfig, type RawConfig } from './resolve';

/** Keys in storage.local. */
export const storageKeys = { settings: 'settings', preferences: 'preferences' } as const;

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox throws when no policy (managed storage manifest) is installed: no policy, defaults apply.
    return undefined;
  }
}

export async function readRawConfig(): Promise<RawConfig> {
  const local = await browser.storage.local.get([storageKeys.settings, storageKeys.preferences]);
  return {
    userSettings: local[storageKeys.settings],
    userPreferences: local[storageKeys.preferences],
    managed: await readManaged(),
  };
}

export async function loadConfig(): Promise<EffectiveConfig> {
  return resolveConfig(await readRawConfig());
}

/** Calls `onChange` with the new effective config whenever the user's or the managed settings change. */
export function watchConfig(onChange: (config: EffectiveConfig) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local' || area === 'managed') void loadConfig().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
