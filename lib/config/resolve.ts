import { z } from 'zod';
import { frognDefaults, mergeSettings, partialOrganisationSettingsSchema, type OrganisationSettings } from '../engine/settings';
import {
  defaultPreferences,
  managedPolicySchema,
  partialPreferencesSchema,
  type ManagedPolicy,
  type PartialPreferences,
  type Preferences,
} from './schema';

/** What is stored, as read: nothing here is trusted until validated. */
export interface RawConfig {
  userSettings?: unknown;
  userPreferences?: unknown;
  managed?: unknown;
}

export interface EffectiveConfig {
  settings: OrganisationSettings;
  preferences: Preferences;
  /** Dotted paths fixed by the managed policy (`crisisMode`, `sites.x`, `organisation.name`, …). */
  locked: string[];
  /** Set when the managed policy is invalid: it is ignored and the defaults stay in force. */
  policyError?: string;
  /** Set when the stored user settings are invalid: they are ignored. */
  userError?: string;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, source: string): { value?: T; error?: string } {
  if (value === undefined || value === null) return {};
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { error: `${source}: ${z.prettifyError(result.error)}` };
}

function lockedPaths(policy: ManagedPolicy | undefined): string[] {
  if (!policy) return [];
  return Object.entries(policy).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && key !== 'severityOverrides'
      ? Object.keys(value).map((inner) => `${key}.${inner}`)
      : [key],
  );
}

/** Defaults < user < managed policy. Invalid layers are reported and skipped, never half-applied. */
export function resolveConfig(raw: RawConfig): EffectiveConfig {
  const user = validate(partialOrganisationSettingsSchema, raw.userSettings, 'user settings');
  const prefs = validate(partialPreferencesSchema, raw.userPreferences, 'user preferences');
  const emptyPolicy = raw.managed !== null && typeof raw.managed === 'object' && Object.keys(raw.managed).length === 0;
  const managed = emptyPolicy ? {} : validate(managedPolicySchema, raw.managed, 'managed policy');
  const { sites: managedSites, ...managedSettings } = managed.value ?? {};
  const userPreferences: PartialPreferences = prefs.value ?? {};
  return {
    settings: mergeSettings(frognDefaults, user.value, managedSettings),
    preferences: {
      sites: { ...defaultPreferences.sites, ...userPreferences.sites, ...managedSites },
      uiLanguage: userPreferences.uiLanguage ?? defaultPreferences.uiLanguage,
    },
    locked: lockedPaths(managed.value),
    policyError: managed.error,
    userError: [user.error, prefs.error].filter(Boolean).join('\n') || undefined,
  };
}
