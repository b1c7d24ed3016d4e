/**
 * Engine speed: median `analyze` time on 280-character drafts and on a 63,206-character text,
 * next to alex (a retext-based checker) on the same texts, with the engine bundled as the content
 * script ships it and a text that changes at every call, as a draft does while typed; the learned layer's start-up, size and
 * cost; then the hostile inputs of scripts/hostile-inputs.ts at 16k, 64k and 128k characters, with
 * their growth, and one 1 MB line of each through the command-line analyzer's per-line function.
 * Prints figures; asserts nothing.
 *   npm run bench
 */
import alex from 'alex';
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyze, analyzeDraft } from '../lib/engine';
import { analyzeJsonLine } from '../lib/engine/jsonl';
import { decodeModel } from '../lib/model';
import { hostileInputs } from './hostile-inputs';

const paragraphs = [
  'Biblioteket holder stengt fredag på grunn av personalseminar, men innleveringsluka er åpen som vanlig. ',
  'Eg meiner kommunestyret burde ha lytta til foreldra før dei vedtok ny skulestruktur, men det er mi private meining. ',
  'Thanks to everyone who came to the beach clean-up on Saturday – over 200 kilos of rubbish were collected! ',
  'Så flott at bussen er forsinket igjen, da 🙄 Ring meg på 917 45 362 hvis du vil ha skyss til jobb i morgen. ',
  'Eleven i 5B som fikk diagnosen i fjor har fått ny assistent, og mora er fornøyd med oppfølgingen fra PPT. ',
  'Vegarbeid i Kirkegata fra mandag: omkjøring er skiltet, og arbeidet er planlagt ferdig i løpet av april. ',
];

function textOfLength(length: number, source: readonly string[]): string {
  let text = '';
  for (let index = 0; text.length < length; index++) text += source[index % source.length];
  return text.slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time per call: over the first `runs` passes (cold), then over as many more (warm). */
function timeEach(texts: string[], runs: number, fn: (text: string) => unknown): { cold: number; warm: number } {
  const pass = () => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      for (const text of texts) {
        const start = performance.now();
        fn(text);
        samples.push(performance.now() - start);
      }
    }
    return median(samples);
  };
  return { cold: pass(), warm: pass() };
}

/**
 * The engine as the content script ships it: bundled by esbuild. Run through tsx, every function is
 * wrapped to keep its name, which cost a short draft about a quarter of its time (alex, plain
 * JavaScript in node_modules, runs unwrapped).
 */
async function shippedAnalyze(): Promise<typeof analyze> {
  const dir = mkdtempSync(join(tmpdir(), 'vaer-varsom-bench-'));
  const outfile = join(dir, 'engine.mjs');
  try {
    await build({ entryPoints: [fileURLToPath(new URL('../lib/engine/index.ts', import.meta.url))], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    return ((await import(pathToFileURL(outfile).href)) as { analyze: typeof analyze }).analyze;
  } finally {
    // Once imported, the bundle lives in memory: no run leaves a folder behind.
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `count` versions of `text` with another last character, as a draft is between two pauses in typing: what the engine keeps of one text serves no other. */
const typed = (text: string, count: number) => Array.from({ length: count }, (_, index) => text.slice(0, -1) + String.fromCharCode(97 + (index % 26)));

// A short draft is in one language, as real posts are; the long text mixes them all. The six short
// drafts take turns, so each call sees another text too.
const shortDrafts = paragraphs.map((paragraph) => textOfLength(280, [paragraph]));
const longText = textOfLength(63_206, paragraphs);

const shipped = await shippedAnalyze();
const results = [
  { name: '280 characters', texts: shortDrafts, runs: 300, alexTexts: shortDrafts, alexRuns: 30, goal: 0.2 },
  { name: '63,206 characters', texts: typed(longText, 30), runs: 1, alexTexts: typed(longText, 3), alexRuns: 1, goal: 15 },
].map(({ name, texts, runs, alexTexts, alexRuns, goal }) => {
  const engine = timeEach(texts, runs, (text) => shipped(text));
  const alexTime = timeEach(alexTexts, alexRuns, (text) => alex(text));
  return { name, engine, alex: alexTime, goal };
});

// The engine runs on every pause in typing: the warm median is what a user feels after the first
// minute on a page; the cold one is the first few hundred drafts, while V8 still compiles.
console.log('text                 analyze: cold   warm (median)   goal        alex: warm   alex / analyze (warm)');
for (const { name, engine, alex: alexTime, goal } of results) {
  console.log(
    `${name.padEnd(20)} ${`${engine.cold.toFixed(3)} ms`.padStart(11)} ${`${engine.warm.toFixed(3)} ms`.padStart(11)}     ≤ ${`${goal} ms`.padEnd(8)} ${`${alexTime.warm.toFixed(2)} ms`.padStart(12)}   ${(alexTime.warm / engine.warm).toFixed(0).padStart(6)}×`,
  );
}

// The learned layer: decoding the shipped model once per page, and what the model adds to a draft.
{
  const file = JSON.parse(readFileSync(new URL('../lib/model/model.json', import.meta.url), 'utf8'));
  const decodes = Array.from({ length: 20 }, () => {
    const start = performance.now();
    decodeModel(file);
    return performance.now() - start;
  });
  const wordLists = timeEach(shortDrafts, 300, (text) => analyzeDraft(text, { learned: false }));
  const withModel = timeEach(shortDrafts, 300, (text) => analyzeDraft(text));
  console.log(`\nmodel ready (decode, median of 20): ${median(decodes).toFixed(2)} ms (goal ≤ 30 ms)`);
  console.log(`model: ${(gzipSync(readFileSync(new URL('../lib/model/model.json', import.meta.url))).length / 1024).toFixed(1)} kB gzipped as shipped`);
  console.log(`280 characters (warm, run through tsx): word lists alone ${wordLists.warm.toFixed(3)} ms, with the model ${withModel.warm.toFixed(3)} ms`);
}

// Goals from issue 8: at most 10× from 16k to 128k characters (linear is 8×), at most 50 ms at 64k.
const sizes = [16_000, 64_000, 128_000];
console.log(`\nhostile input (one sentence)                      ${sizes.map((size) => `${size / 1000}k`.padStart(9)).join('')}   growth 16k→128k (goal ≤ 10×, ≤ 50 ms at 64k)`);
for (const [name, build] of Object.entries(hostileInputs)) {
  const times = sizes.map((size) => timeEach([build(size)], 5, (text) => analyze(text)).warm);
  console.log(`${name.padEnd(50)}${times.map((time) => `${time.toFixed(1)} ms`.padStart(9)).join('')}   ${(times[2]! / times[0]!).toFixed(1).padStart(5)}×`);
}

// What `npm run -s analyze -- --jsonl` does with one 1 MB line (goal ≤ 2 s, process start-up aside).
const megabyte = 1_000_000;
console.log(`\none 1 MB --jsonl line                             time (goal ≤ 2 s)`);
for (const [name, text] of [['mixed drafts', textOfLength(megabyte, paragraphs)], ...Object.entries(hostileInputs).map(([hostile, build]) => [hostile, build(megabyte)])] as const) {
  const line = JSON.stringify({ id: name, text });
  const start = performance.now();
  analyzeJsonLine(line, 1);
  console.log(`${name.padEnd(50)}${`${(performance.now() - start).toFixed(0)} ms`.padStart(9)}`);
}
