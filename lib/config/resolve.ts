import * as z from 'zod/mini';
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
  /** Set when the managed policy is invalid (`field: problem; …`): it is ignored and the defaults stay in force. */
  policyError?: string;
  /** Set when the stored user settings or preferences are invalid: they are ignored. */
  userError?: string;
}

/** One line per problem, each naming its field: `organisation.website: Invalid URL; crisisMode: …`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

function validate<T>(schema: z.ZodMiniType<T>, value: unknown): { value?: T; error?: string } {
  if (value === undefined || value === null) return {};
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { error: describeIssues(result.error) };
}

// Objects lock field by field (a policy naming `severityOverrides.tone` leaves the other rules to the user);
// lists and scalars lock whole.
function lockedPaths(policy: ManagedPolicy | undefined): string[] {
  if (!policy) return [];
  return Object.entries(policy).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).map((inner) => `${key}.${inner}`)
      : [key],
  );
}

/** Whether the managed policy fixes `path` (`crisisMode`, `sites.x`, `organisation.name`, …). */
export function isLocked(config: Pick<EffectiveConfig, 'locked'>, path: string): boolean {
  return config.locked.includes(path);
}

/** Defaults < user < managed policy. Invalid layers are reported and skipped, never half-applied. */
export function resolveConfig(raw: RawConfig): EffectiveConfig {
  const user = validate(partialOrganisationSettingsSchema, raw.userSettings);
  const prefs = validate(partialPreferencesSchema, raw.userPreferences);
  const managed = validate(managedPolicySchema, raw.managed);
  const { sites: managedSites, ...managedSettings } = managed.value ?? {};
  const userPreferences: PartialPreferences = prefs.value ?? {};
  return {
    settings: mergeSettings(frognDefaults, user.value, managedSettings),
    preferences: {
      sites: { ...defaultPreferences.sites, ...userPreferences.sites, ...managedSites },
      uiLanguage: userPreferences.uiLanguage ?? defaultPreferences.uiLanguage,
      introDismissed: userPreferences.introDismissed ?? defaultPreferences.introDismissed,
    },
    locked: lockedPaths(managed.value),
    policyError: managed.error,
    userError: [user.error && `settings: ${user.error}`, prefs.error && `preferences: ${prefs.error}`].filter(Boolean).join('; ') || undefined,
  };
}
