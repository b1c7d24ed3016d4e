import { z } from 'zod';
import { ruleIdSchema, severitySchema } from './schema';

const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d ().-]{3,20}$/, 'must be a phone number such as "64 90 60 00"');
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}$/, 'must be a domain such as "frogn.kommune.no"');

/**
 * The organisation's settings: what the rules need to know about the employer. The same schema
 * validates the defaults, the user's options page and the IT department's managed policy.
 */
export const organisationSettingsSchema = z.strictObject({
  organisation: z.strictObject({
    name: z.string().trim().min(1).max(120),
    website: z.url({ protocol: /^https?$/ }),
    /** Addresses at these domains are work addresses, not private data. */
    officialDomains: z.array(domain).max(50),
    /** Official e-mail addresses (postmottak, …). */
    officialEmails: z.array(z.email()).max(50),
    /** Switchboard and service numbers that `personal-data` must not flag. */
    officialPhoneNumbers: z.array(phoneNumber).max(50),
  }),
  /** Who handles communication in a crisis (the guideline's Kommunikasjonsenheten). */
  communicationsUnit: z.strictObject({
    name: z.string().trim().min(1).max(120),
    phone: phoneNumber.optional(),
    email: z.email().optional(),
  }),
  /** While on, every post is critical: communication goes through the communications unit. */
  crisisMode: z.boolean(),
  disabledRules: z.array(ruleIdSchema).max(20),
  severityOverrides: z.partialRecord(ruleIdSchema, severitySchema),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

export const frognDefaults: OrganisationSettings = {
  organisation: {
    name: 'Frogn kommune',
    website: 'https://www.frogn.kommune.no',
    officialDomains: ['frogn.kommune.no', 'frogn.no'],
    officialEmails: ['postmottak@frogn.kommune.no'],
    officialPhoneNumbers: ['64 90 60 00'],
  },
  communicationsUnit: {
    name: 'Kommunikasjonsenheten',
    phone: '64 90 60 00',
    email: 'postmottak@frogn.kommune.no',
  },
  crisisMode: false,
  disabledRules: [],
  severityOverrides: {},
};

/** A partial settings object (user or policy layer): any field may be left out. */
export const partialOrganisationSettingsSchema = z.strictObject({
  organisation: organisationSettingsSchema.shape.organisation.partial().optional(),
  communicationsUnit: organisationSettingsSchema.shape.communicationsUnit.partial().optional(),
  crisisMode: z.boolean().optional(),
  disabledRules: organisationSettingsSchema.shape.disabledRules.optional(),
  severityOverrides: organisationSettingsSchema.shape.severityOverrides.optional(),
});
export type PartialOrganisationSettings = z.infer<typeof partialOrganisationSettingsSchema>;

export class SettingsError extends Error {
  constructor(
    readonly source: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`Invalid ${source}:\n${z.prettifyError(new z.ZodError(issues))}`);
    this.name = 'SettingsError';
  }
}

/** Layers partial settings over a complete base; later layers win, field by field. */
export function mergeSettings(
  base: OrganisationSettings,
  ...layers: (PartialOrganisationSettings | undefined)[]
): OrganisationSettings {
  let merged = base;
  for (const layer of layers) {
    if (!layer) continue;
    merged = {
      organisation: { ...merged.organisation, ...layer.organisation },
      communicationsUnit: { ...merged.communicationsUnit, ...layer.communicationsUnit },
      crisisMode: layer.crisisMode ?? merged.crisisMode,
      disabledRules: layer.disabledRules ?? merged.disabledRules,
      severityOverrides: { ...merged.severityOverrides, ...layer.severityOverrides },
    };
  }
  return merged;
}

/** Validates a settings layer from outside (options page, policy, CLI); throws SettingsError naming the field. */
export function parsePartialSettings(input: unknown, source = 'settings'): PartialOrganisationSettings {
  const result = partialOrganisationSettingsSchema.safeParse(input);
  if (!result.success) throw new SettingsError(source, result.error.issues);
  return result.data;
}
