/**
 * Analyses `count` different long drafts and prints the heap in use after a full collection, in
 * bytes. Run with `node --expose-gc --import tsx`; tests/engine/memory.test.ts compares counts.
 */
import { analyze } from '../../../lib/engine';

const count = Number(process.argv[2]);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !Number.isInteger(count)) throw new Error('usage: node --expose-gc --import tsx heap-after-drafts.ts <count>');

// Each draft has words of its own (an open word-list entry, "kommunestyrerepresentant…"), as real drafts do.
const lettersOf = (n: number) => n.toString(26).replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
const filler = 'Biblioteket holder stengt fredag på grunn av personalseminar. '.repeat(150);
for (let draft = 0; draft < count; draft++) {
  analyze(`${filler}Kommunestyrerepresentant${lettersOf(draft)} mener skatten er urettferdig.`);
}
gc();
process.stdout.write(String(process.memoryUsage().heapUsed));
