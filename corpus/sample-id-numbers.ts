/**
 * Prints valid fødselsnummer and D-nummer for corpus writers (`npx tsx corpus/sample-id-numbers.ts 10`),
 * so that drafts labelled national-id hold a number the rule must catch.
 */
import { z } from 'zod';
import { birthYear, isNationalIdNumber } from '../rules/lib/national-id-number';

// A seed that is not a positive whole number («b218») made the generator loop for ever.
const argsSchema = z.tuple([
  z.coerce.number().int().min(1).max(10_000).default(10).describe('how many numbers'),
  z.coerce.number().int().min(1).max(2_147_483_646).default(1 + (Date.now() % 100000)).describe('seed'),
]);
const parsed = argsSchema.safeParse([process.argv[2], process.argv[3]]);
if (!parsed.success) {
  console.error(`usage: npx tsx corpus/sample-id-numbers.ts [count] [numeric seed]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const wanted = parsed.data[0];
let seed = parsed.data[1];
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const thisYear = new Date().getUTCFullYear();
for (let found = 0; found < wanted; ) {
  const day = 1 + Math.floor(random() * 28) + (random() < 0.2 ? 40 : 0);
  // Individual numbers 500–999 give births from 2000 on, so children's numbers come too; births before 1900 or
  // still to come are not drawn.
  const body = `${pad(day)}${pad(1 + Math.floor(random() * 12))}${pad(Math.floor(random() * 100))}${pad(Math.floor(random() * 1000), 3)}`;
  const year = birthYear(Number(body.slice(4, 6)), Number(body.slice(6, 9)));
  if (year === undefined || year < 1900 || year > thisYear) continue;
  for (let c = 0; c < 100; c++) {
    const candidate = body + pad(c);
    if (isNationalIdNumber(candidate)) {
      console.log(candidate);
      found++;
      break;
    }
  }
}
