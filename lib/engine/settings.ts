import * as z from 'zod/mini';
import { ruleIdSchema, severitySchema, type RuleId } from './schema';

/** A bound every text field has, said in its error: settings are typed by hand, never bulk data. */
const atMost = (characters: number) => z.maxLength(characters, `must be at most ${characters} characters`);

const phoneNumber = z
  .string()
  .check(atMost(30), z.trim(), z.regex(/^\+?[\d ().-]{3,20}$/, 'must be a phone number such as "64 90 60 00"'));
const domain = z
  .string()
  .check(
    atMost(253),
    z.trim(),
    z.toLowerCase(),
    z.regex(/^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z]{2,63}$/, 'must be a domain such as "frogn.kommune.no"'),
  );
const name = z.string().check(atMost(120), z.trim(), z.minLength(1, 'must not be empty'));
const email = z.email().check(atMost(254));
const website = z.url({ protocol: /^https?$/ }).check(atMost(2_000));
/** At most `max` items: settings are typed by hand, never bulk data. */
const list = <T extends z.core.$ZodType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/**
 * The organisation's settings: what the rules need to know about the employer. The same schema
 * validates the defaults, the user's options page and the IT department's managed policy.
 */
export const organisationSettingsSchema = z.strictObject({
  organisation: z.strictObject({
    name,
    /** Shown on the options page only; another organisation's is unknown until set. */
    website: z.optional(website),
    /** Addresses at these domains are work addresses, not private data. */
    officialDomains: list(domain, 50),
    /** Official e-mail addresses (postmottak, …). */
    officialEmails: list(email, 50),
    /** Switchboard and service numbers that `personal-data` must not flag. */
    officialPhoneNumbers: list(phoneNumber, 50),
  }),
  /** Who handles communication in a crisis (the guideline's Kommunikasjonsenheten). */
  communicationsUnit: z.strictObject({
    name,
    phone: z.optional(phoneNumber),
    email: z.optional(email),
  }),
  /** While on, every post is critical: communication goes through the communications unit. */
  crisisMode: z.boolean(),
  disabledRules: list(ruleIdSchema, 20),
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
  organisation: z.optional(z.partial(organisationSettingsSchema.shape.organisation)),
  communicationsUnit: z.optional(z.partial(organisationSettingsSchema.shape.communicationsUnit)),
  crisisMode: z.optional(z.boolean()),
  disabledRules: z.optional(organisationSettingsSchema.shape.disabledRules),
  severityOverrides: z.optional(organisationSettingsSchema.shape.severityOverrides),
});
export type PartialOrganisationSettings = z.infer<typeof partialOrganisationSettingsSchema>;

export class SettingsError extends Error {
  constructor(
    readonly source: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`Invalid ${source}:\n${z.prettifyError(new z.core.$ZodError(issues))}`);
    this.name = 'SettingsError';
  }
}

/**
 * Confidentiality and legal liability: a person's own settings cannot switch these off or lower
 * them; only the organisation's managed policy can.
 */
export const protectedRules: readonly RuleId[] = ['national-id', 'identifiable-person', 'offensive'];

/**
 * A layer naming another organisation starts it afresh: none of the previous organisation's
 * numbers, domains, address or unit contact carry over to it.
 */
function organisationOf(merged: OrganisationSettings, layer: PartialOrganisationSettings): Pick<OrganisationSettings, 'organisation' | 'communicationsUnit'> {
  const renamed = layer.organisation?.name !== undefined && layer.organisation.name !== merged.organisation.name;
  const organisation = renamed
    ? { name: merged.organisation.name, officialDomains: [], officialEmails: [], officialPhoneNumbers: [] }
    : merged.organisation;
  const communicationsUnit = renamed ? { name: frognDefaults.communicationsUnit.name } : merged.communicationsUnit;
  return {
    organisation: { ...organisation, ...layer.organisation },
    communicationsUnit: { ...communicationsUnit, ...layer.communicationsUnit },
  };
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
      ...organisationOf(merged, layer),
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
