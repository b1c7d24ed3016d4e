/**
 * Builds the fixture pages (tests/fixtures/) into .output/fixtures/: each page script is
 * bundled with its real editor library (Lexical, Draft.js + React) by esbuild; HTML and CSS
 * are copied. `--if-missing` skips the build when the output exists (Playwright's globalSetup).
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES_DIR } from './fixture-server';

const SOURCE_DIR = resolve(import.meta.dirname, '../tests/fixtures');
const PAGE_SCRIPTS = ['x', 'facebook', 'instagram', 'busy-feed'];

export async function buildFixtures(outDir = FIXTURES_DIR): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: PAGE_SCRIPTS.map((name) => join(SOURCE_DIR, `${name}.ts`)),
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    sourcemap: true,
    // Draft.js (via fbjs) still refers to Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });
  for (const file of readdirSync(SOURCE_DIR).filter((name) => /\.(html|css)$/.test(name))) {
    copyFileSync(join(SOURCE_DIR, file), join(outDir, file));
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const ifMissing = process.argv.includes('--if-missing');
  if (ifMissing && existsSync(join(FIXTURES_DIR, 'demo.html'))) {
    console.log(`Fixtures already built in ${FIXTURES_DIR}`);
  } else {
    await buildFixtures();
    console.log(`Built fixtures into ${FIXTURES_DIR}`);
  }
}
