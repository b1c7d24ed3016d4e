// Writes public/managed_schema.json from the zod schema of the managed policy.
// Run after changing lib/engine/settings.ts or lib/config/schema.ts: npx tsx scripts/managed-schema.ts
// (tests/config/managed-schema.test.ts fails while the file is out of date).
import { writeFileSync } from 'node:fs';
import { managedPolicyJsonSchema } from '../lib/config/managed-schema';

const target = new URL('../public/managed_schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(managedPolicyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
