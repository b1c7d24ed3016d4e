import * as z from 'zod/mini';
import { managedPolicySchema } from './schema';

/** The part of JSON Schema that Chromium's `storage.managed_schema` understands. */
export interface PolicySchema {
  type: string;
  properties?: Record<string, PolicySchema>;
  items?: PolicySchema;
  enum?: unknown[];
}

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
}

const mapValues = <T, U>(record: Record<string, T>, map: (value: T) => U) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

/**
 * Narrows a JSON Schema to Chromium's policy-schema subset. Chromium refuses to load an extension
 * whose schema has `additionalProperties: false` (it takes only a schema there), so unknown keys
 * are left to zod. Patterns and formats are dropped on purpose: Chromium checks patterns with RE2
 * (no look-ahead) and would silently discard a value that fails them, whereas the extension
 * validates the policy with zod and reports the field.
 */
function toPolicySchema(schema: JsonSchema): PolicySchema {
  if (!schema.type) throw new Error(`managed schema: every node needs a type: ${JSON.stringify(schema)}`);
  const result: PolicySchema = { type: schema.type };
  if (schema.enum) result.enum = schema.enum;
  if (schema.items) result.items = toPolicySchema(schema.items);
  if (schema.properties) {
    result.properties = mapValues(schema.properties, toPolicySchema);
  } else if (schema.propertyNames?.enum && typeof schema.additionalProperties === 'object') {
    // A record keyed by an enum (severityOverrides): the subset has no propertyNames, so each key becomes a property.
    const value = toPolicySchema(schema.additionalProperties);
    result.properties = Object.fromEntries(schema.propertyNames.enum.map((key) => [String(key), value]));
  }
  return result;
}

/** The `storage.managed_schema` for Chrome and Edge, derived from the zod schema of the managed policy. */
export function managedPolicyJsonSchema(): PolicySchema {
  return toPolicySchema(z.toJSONSchema(managedPolicySchema, { io: 'input' }) as JsonSchema);
}
