/**
 * Launches Chromium with the built extension, resolving the imitated sites' hostnames to the
 * local fixture server. Shared by the end-to-end harness, `npm start` and `npm run bench:page`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { SITE_HOSTS } from './fixture-server';

/** The unpacked build `npm run build` leaves; EXTENSION_DIR runs the suite against another one. */
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? resolve(import.meta.dirname, '../.output/chrome-mv3');

/**
 * Debian's chromium where installed (CI and these machines); otherwise Playwright's own
 * (`npx playwright install chromium` on a laptop). CHROMIUM_PATH overrides both.
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Every site hostname goes to the fixture server; everything else fails to resolve. */
export function hostResolverRules(port: number): string {
  const maps = Object.values(SITE_HOSTS).flat().map((host) => `MAP ${host} 127.0.0.1:${port}`);
  return [...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ');
}

export interface LaunchOptions {
  port: number;
  headless?: boolean;
  /** Load the extension (default). The benchmark also measures without it. */
  withExtension?: boolean;
  extensionDir?: string;
  /** '' (default) = a fresh temporary profile that Playwright deletes on close. */
  userDataDir?: string;
  /** More command-line switches and environment variables for Chromium (the demo's, for one). */
  extraArgs?: string[];
  env?: Record<string, string>;
}

export async function launchChromium({
  port,
  headless = true,
  withExtension = true,
  extensionDir = EXTENSION_DIR,
  userDataDir = '',
  extraArgs = [],
  env = {},
}: LaunchOptions): Promise<BrowserContext> {
  if (withExtension && !existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    ignoreHTTPSErrors: true,
    viewport: headless ? { width: 1280, height: 900 } : null,
    locale: 'nb-NO',
    env: { ...process.env, ...env },
    args: [
      ...extensionArgs,
      `--host-resolver-rules=${hostResolverRules(port)}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** The extension's id, read from its service worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => {
      throw new Error(
        'The extension\'s service worker did not start: Chromium refused to load .output/chrome-mv3 ' +
          '(run with DEBUG=pw:browser to see its "Extension error: …" line).',
      );
    }));
  return new URL(worker.url()).host;
}
