import * as z from 'zod/mini';
import {
  frognDefaults,
  mergeSettings,
  partialOrganisationSettingsSchema,
  protectedRules,
  type OrganisationSettings,
  type PartialOrganisationSettings,
} from '../engine/settings';
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
  /** Set when fields of the managed policy are invalid (`field: problem; …`): only those fields are ignored. */
  policyError?: string;
  /** Set when the stored user settings or preferences are invalid: they are ignored. */
  userError?: string;
}

/** One line per problem, each naming its field: `organisation.website: Invalid URL`. */
export function issueLines(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** The problems on one line: `organisation.website: Invalid URL; crisisMode: …`. */
export function describeIssues(error: z.core.$ZodError): string {
  return issueLines(error).join('; ');
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The fields an issue is about, as the policy locks them: objects field by field, lists and
 * scalars whole (`organisation.officialEmails.1` → `organisation.officialEmails`).
 */
function fieldsOf(input: unknown, issue: z.core.$ZodIssue): PropertyKey[][] {
  const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
  return paths.map((path) => {
    const field: PropertyKey[] = [];
    let value = input;
    for (const key of path) {
      if (!isPlainObject(value)) break;
      field.push(key);
      value = value[key as string];
    }
    return field;
  });
}

function withoutField(input: Record<string, unknown>, [key, ...rest]: PropertyKey[]): Record<string, unknown> {
  const { [key as string]: value, ...others } = input;
  return rest.length > 0 && isPlainObject(value) ? { ...others, [key as string]: withoutField(value, rest) } : others;
}

// Each round leaves out every field named by an issue; nested problems can take a second round.
const maxRounds = 5;

/**
 * Validates a layer field by field: every invalid field is reported by name and left out, every
 * valid one applies. A layer that is not an object at all applies nothing.
 */
export function validateFields<T>(schema: z.ZodMiniType<T>, value: unknown): { value?: T; problems: string[] } {
  const problems: string[] = [];
  if (value === undefined || value === null) return { problems };
  let remaining = value;
  for (let round = 0; round < maxRounds; round++) {
    const result = schema.safeParse(remaining);
    if (result.success) return { value: result.data, problems };
    problems.push(...issueLines(result.error));
    if (!isPlainObject(remaining)) break;
    let next: Record<string, unknown> = remaining;
    for (const field of result.error.issues.flatMap((issue) => fieldsOf(remaining, issue))) {
      next = field.length > 0 ? withoutField(next, field) : {};
    }
    remaining = next;
  }
  return { problems };
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

/** The person's own layer without what only the organisation may decide: switching off or lowering a protected rule. */
function withinPersonsReach(layer: PartialOrganisationSettings | undefined): PartialOrganisationSettings | undefined {
  if (!layer) return undefined;
  const isProtected = (rule: string) => (protectedRules as readonly string[]).includes(rule);
  return {
    ...layer,
    ...(layer.disabledRules && { disabledRules: layer.disabledRules.filter((rule) => !isProtected(rule)) }),
    ...(layer.severityOverrides && {
      severityOverrides: Object.fromEntries(Object.entries(layer.severityOverrides).filter(([rule]) => !isProtected(rule))),
    }),
  };
}

/**
 * Defaults < user < managed policy. Invalid stored user settings are reported and skipped; the
 * managed policy applies field by field, each invalid field reported and left to the layers below.
 */
export function resolveConfig(raw: RawConfig): EffectiveConfig {
  const user = validate(partialOrganisationSettingsSchema, raw.userSettings);
  const prefs = validate(partialPreferencesSchema, raw.userPreferences);
  const managed = validateFields(managedPolicySchema, raw.managed);
  const { sites: managedSites, ...managedSettings } = managed.value ?? {};
  const userPreferences: PartialPreferences = prefs.value ?? {};
  return {
    settings: mergeSettings(frognDefaults, withinPersonsReach(user.value), managedSettings),
    preferences: {
      sites: { ...defaultPreferences.sites, ...userPreferences.sites, ...managedSites },
      uiLanguage: userPreferences.uiLanguage ?? defaultPreferences.uiLanguage,
      introDismissed: userPreferences.introDismissed ?? defaultPreferences.introDismissed,
    },
    locked: lockedPaths(managed.value),
    policyError: managed.problems.join('; ') || undefined,
    userError: [user.error && `settings: ${user.error}`, prefs.error && `preferences: ${prefs.error}`].filter(Boolean).join('; ') || undefined,
  };
}
