import * as z from 'zod/mini';
import { partialOrganisationSettingsSchema } from '../engine/settings';

export const siteIds = ['facebook', 'x', 'instagram'] as const;
export const siteIdSchema = z.enum(siteIds);
export type SiteId = z.infer<typeof siteIdSchema>;

export const uiLanguageSchema = z.enum(['auto', 'nb', 'nn', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** The person's own switches (popup): which sites are watched, the UI language, and whether the first-run explanation was put away. */
export const preferencesSchema = z.strictObject({
  sites: z.strictObject({ facebook: z.boolean(), x: z.boolean(), instagram: z.boolean() }),
  uiLanguage: uiLanguageSchema,
  introDismissed: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const defaultPreferences: Preferences = {
  sites: { facebook: true, x: true, instagram: true },
  uiLanguage: 'auto',
  introDismissed: false,
};

export const partialPreferencesSchema = z.strictObject({
  sites: z.optional(z.partial(preferencesSchema.shape.sites)),
  uiLanguage: z.optional(uiLanguageSchema),
  introDismissed: z.optional(z.boolean()),
});
export type PartialPreferences = z.infer<typeof partialPreferencesSchema>;

/**
 * The IT department's managed policy (storage.managed; Chrome/Edge `3rdparty` policy, Firefox
 * policies.json): the organisation settings plus site switches. A value set here wins and is locked.
 */
export const managedPolicySchema = z.extend(partialOrganisationSettingsSchema, {
  sites: z.optional(z.partial(preferencesSchema.shape.sites)),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

/** The UI language: the override if set, else the browser's language when it is one we have, else Bokmål. */
export function resolveUiLanguage(preference: UiLanguage, browserLanguage: string | undefined): Exclude<UiLanguage, 'auto'> {
  if (preference !== 'auto') return preference;
  const primary = (browserLanguage ?? '').toLowerCase();
  if (primary.startsWith('nn')) return 'nn';
  if (primary.startsWith('en')) return 'en';
  return 'nb';
}
