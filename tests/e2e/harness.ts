/**
 * End-to-end harness: real Chromium with the built extension, on fixture pages served over
 * local HTTPS under the sites' real hostnames.
 *
 *   import { test, expect } from './harness';
 *   test('…', async ({ openSite, extensionId, requests }) => {
 *     const page = await openSite('x', '/home');
 *   });
 *
 * Assumes `npm run build` and `scripts/build-fixtures.ts` ran (playwright.config's globalSetup
 * does both). Every test gets a fresh browser profile; after each test the harness fails the
 * test if the browser requested anything outside the fixture hosts.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionIdOf, launchChromium } from '../../scripts/fixture-browser';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer, type Site } from '../../scripts/fixture-server';

export { expect };
export type { Site };

/** Schemes that never leave the device. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:']);

export function isFixtureRequest(url: string): boolean {
  const parsed = new URL(url);
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return parsed.protocol === 'https:' && FIXTURE_HOSTS.includes(parsed.hostname);
}

export interface RecordedRequests {
  /** Every URL the browser requested during the test, in order (pages, workers, extension). */
  all: string[];
  /** The requests that went anywhere but the fixture hosts or local schemes. */
  outside(): string[];
}

export interface HarnessFixtures {
  requests: RecordedRequests;
  /** Opens a site's fixture page under its real hostname, e.g. openSite('x', '/home'). */
  openSite(site: Site, path?: string): Promise<Page>;
}

export interface HarnessWorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<HarnessFixtures & { extensionId: string }, HarnessWorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  context: async ({ server }, use) => {
    const context = await launchChromium({ port: server.port, headless: !process.env.HEADED });
    await use(context);
    await context.close();
  },

  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },

  requests: [
    async ({ context }, use) => {
      const all: string[] = [];
      context.on('request', (request) => all.push(request.url()));
      const requests: RecordedRequests = { all, outside: () => all.filter((url) => !isFixtureRequest(url)) };
      await use(requests);
      expect(requests.outside(), 'requests outside the fixture hosts').toEqual([]);
    },
    { auto: true },
  ],

  // The persistent context opens with one tab: tests use it rather than a second one.
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },

  openSite: async ({ page, server }, use) => {
    await use(async (site, path = '/') => {
      await page.goto(server.siteUrl(site, path));
      await page.waitForFunction(() => typeof window.__editorText === 'function');
      return page;
    });
  },
});

/** The editor library's own view of a box's text (Lexical / Draft.js / textarea value). */
export function editorText(page: Page, box: string): Promise<string> {
  return page.evaluate((id) => window.__editorText(id), box);
}

/** The texts the fixture page posted, in order (one `#posted li` per post). */
export function postedTexts(page: Page): Promise<string[]> {
  return page.locator('#posted li').allTextContents();
}

const SCREENSHOTS = resolve(import.meta.dirname, '../../.output/screenshots');
const DOCS_SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

/**
 * Saves a screenshot to `.output/screenshots/<name>.png`; with `UPDATE_SCREENSHOTS=1` it also
 * replaces the README's copy in `docs/screenshots/` (tests never change tracked files otherwise).
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_SCREENSHOTS) copyFileSync(path, resolve(DOCS_SCREENSHOTS, `${name}.png`));
}

export type { BrowserContext, Page };
