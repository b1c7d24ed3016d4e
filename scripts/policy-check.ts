/**
 * Checks a managed policy before it is deployed (docs/administrators.md):
 *   npm run -s policy:check -- policy.json
 * The file may be the extension's own policy object, a Chrome/Edge policy file
 * (`3rdparty.extensions.<id>`) or Firefox's policies.json (`policies.3rdparty.Extensions.<id>`).
 * Names every problem: values Chrome would drop without a word (they do not match
 * managed_schema.json) and fields the extension would refuse (the same zod schema it uses).
 * Exit status: 0 when the policy is clean, 1 when it has problems, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { chromiumExtensionId, geckoId } from '../lib/config/identity';
import { managedPolicyJsonSchema, type PolicySchema } from '../lib/config/managed-schema';
import { validateFields } from '../lib/config/resolve';
import { managedPolicySchema } from '../lib/config/schema';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The JSON type as Chrome's policy schema names it. */
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** Where Chrome's schema check fails: Chrome then leaves the value out and says nothing to the extension. */
export function chromeProblems(schema: PolicySchema, value: unknown, path = ''): string[] {
  const at = path || '(the policy)';
  const type = typeOf(value);
  if (type !== schema.type && !(schema.type === 'number' && type === 'integer')) {
    return [`${at}: Chrome expects ${schema.type}, the policy has ${type}; Chrome drops it without a word`];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [`${at}: Chrome expects one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}; Chrome drops it without a word`];
  }
  if (Array.isArray(value) && schema.items) return value.flatMap((item, index) => chromeProblems(schema.items!, item, `${path}.${index}`));
  if (isObject(value) && schema.properties) {
    return Object.entries(value).flatMap(([key, inner]) => {
      const property = schema.properties![key];
      return property ? chromeProblems(property, inner, path ? `${path}.${key}` : key) : [];
    });
  }
  return [];
}

/** The extension's own policy inside a Chrome/Edge policy file or Firefox's policies.json, or the file itself. */
export function extensionPolicyOf(file: unknown): unknown {
  if (!isObject(file)) return file;
  const chrome = file['3rdparty'];
  if (isObject(chrome) && isObject(chrome.extensions)) return chrome.extensions[chromiumExtensionId];
  const firefox = isObject(file.policies) ? file.policies['3rdparty'] : undefined;
  if (isObject(firefox) && isObject(firefox.Extensions)) return firefox.Extensions[geckoId];
  return file;
}

/** Every problem of a policy file's content, each naming its field. */
export function policyProblems(file: unknown): string[] {
  const policy = extensionPolicyOf(file);
  if (policy === undefined) return [`no policy for the extension (${chromiumExtensionId} or ${geckoId}) in the file`];
  const chrome = chromeProblems(managedPolicyJsonSchema(), policy).map((problem) => `Chrome: ${problem}`);
  const extension = validateFields(managedPolicySchema, policy).problems.map((problem) => `Vær varsom: ${problem}`);
  return [...chrome, ...extension];
}

function main(args: string[]): number {
  const [path] = args;
  if (!path || args.length > 1) {
    process.stderr.write('Usage: npm run -s policy:check -- policy.json\n');
    return 2;
  }
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`${path}: cannot read it as JSON: ${(error as Error).message}\n`);
    return 2;
  }
  const problems = policyProblems(file);
  if (problems.length === 0) {
    process.stdout.write(`${path}: the policy is valid.\n`);
    return 0;
  }
  process.stdout.write(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((problem) => `  ${problem}\n`).join('')}`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
