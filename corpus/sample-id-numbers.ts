/**
 * Prints valid fødselsnummer and D-nummer for corpus writers (`npx tsx corpus/sample-id-numbers.ts 10`),
 * so that drafts labelled national-id hold a number the rule must catch.
 */
import { isNationalIdNumber } from '../rules/lib/national-id-number';

const wanted = Number(process.argv[2] ?? 10);
let seed = Number(process.argv[3] ?? Date.now() % 100000);
const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

for (let found = 0; found < wanted; ) {
  const day = 1 + Math.floor(random() * 28) + (random() < 0.2 ? 40 : 0);
  const body = `${pad(day)}${pad(1 + Math.floor(random() * 12))}${pad(Math.floor(random() * 100))}${pad(Math.floor(random() * 500), 3)}`;
  for (let c = 0; c < 100; c++) {
    const candidate = body + pad(c);
    if (isNationalIdNumber(candidate)) {
      console.log(candidate);
      found++;
      break;
    }
  }
}
