// Draws the toolbar and store icons: assets/icon.svg rendered by Chromium (the same browser the
// tests use) to public/icon/<size>.png, which WXT puts in the manifest and the zip.
// Run after changing the SVG: npx tsx scripts/icons.ts (tests/icons.test.ts checks the sizes).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './fixture-browser';

const iconSizes = [16, 32, 48, 128] as const;

const svg = readFileSync(resolve(import.meta.dirname, '../assets/icon.svg'), 'utf8');
const target = resolve(import.meta.dirname, '../public/icon');
mkdirSync(target, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  for (const size of iconSizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: resolve(target, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${iconSizes.map((size) => `public/icon/${size}.png`).join(', ')}`);
