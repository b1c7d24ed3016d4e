/**
 * `npm start`: the demo. Builds the extension and the fixture pages, serves them under the
 * sites' real hostnames and opens Chromium with the extension on the demo's start page.
 *
 * Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY, or `--headless`) it runs
 * the same setup headless, walks through the main example itself and saves screenshots to
 * .output/demo/, so the demo also proves itself on a server. Ctrl+C ends it cleanly.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildFixtures } from './build-fixtures';
import { createDemoProfile, demoArgs, demoEnv } from './demo-profile';
import { extensionIdOf, launchChromium } from './fixture-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const EXAMPLE = 'Fødselsnummeret til eleven er 24077501076';
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../.output/demo');

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

function explainLaunchFailure(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nCould not start Chromium: ${message.split('\n')[0]}`);
  console.error(
    'Install one of: Debian/Ubuntu "sudo apt-get install chromium"; anywhere "npx playwright install chromium";\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary (branded Google Chrome no longer\n' +
      'loads unpacked extensions from the command line).',
  );
  process.exit(1);
}

/** Headless: type the example in the X composer, show the panel, try to post, keep pictures. */
async function walkThrough(page: Page, server: FixtureServer): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.goto(server.siteUrl('x', '/home'));
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type(EXAMPLE);
  await page.waitForTimeout(1_000);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, '1-panel.png') });
  await page.locator('[data-testid="tweetButtonInline"]').click();
  const dialog = page.locator('vaer-varsom-dialog [role="alertdialog"]');
  const intercepted = await dialog.waitFor({ timeout: 3_000 }).then(() => true, () => false);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, '2-dialog.png') });
  const findings = await page.locator('vaer-varsom-panel [data-rule]').evaluateAll((elements) =>
    elements.map((element) => `${element.getAttribute('data-rule')} (${element.getAttribute('data-severity')})`),
  );
  console.log(`\nTyped «${EXAMPLE}» in the X composer.`);
  console.log(`  Panel findings: ${findings.join(', ') || 'none'}`);
  console.log(`  Post intercepted by the confirm dialog: ${intercepted ? 'yes' : 'NO'}`);
  console.log(`  Screenshots: ${SCREENSHOT_DIR}/1-panel.png, 2-dialog.png`);
}

async function main(): Promise<void> {
  console.log('Building the extension …');
  execSync('npm run -s build', { stdio: 'inherit' });
  console.log('Building the demo pages …');
  await buildFixtures();
  const server = await startFixtureServer();

  // With a display: a profile of our own with the icon pinned and translation off. Removed on exit,
  // whoever exits: on Ctrl+C Playwright's own handler closes the browser and exits before stop() ends.
  const profile = headless ? '' : createDemoProfile();
  if (profile) process.on('exit', () => rmSync(profile, { recursive: true, force: true }));
  let context: BrowserContext;
  try {
    const desktop = headless ? {} : { userDataDir: profile, extraArgs: demoArgs, env: demoEnv };
    context = await launchChromium({ port: server.port, headless, ...desktop });
  } catch (error) {
    await server.close();
    explainLaunchFailure(error);
  }
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await context.close().catch(() => {});
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  try {
    await demo(context, server);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
  if (headless) await stop();
  else context.on('close', () => void stop());
}

async function demo(context: BrowserContext, server: FixtureServer): Promise<void> {
  const extensionId = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  if (headless) {
    console.log(
      hasDisplay
        ? '\nRunning headless (--headless).'
        : '\nNo display found (DISPLAY is not set): running Chromium headless and walking through the demo myself.',
    );
    await walkThrough(page, server);
    console.log('\nOn a machine with a display, "npm start" opens the browser for you to try it.');
    return;
  }
  await page.goto(server.demoUrl);
  console.log(`
Vær varsom demo is running (extension ${extensionId}).
The browser shows the start page; X, Facebook and Instagram are imitated locally under their real addresses.

The Vær varsom icon (a speech bubble with a warning mark) is pinned right of the address bar: it opens
the guideline, the switches and the language (Nynorsk is chosen there).

Try this:
  • Skriv «${EXAMPLE}» i X-boksen og trykk «Publiser»: varselet, markeringen og bekreftelsen.
  • Skriv «Ring Per på 917 45 362»: en advarsel, men innlegget kan publiseres.
  • Skriv «Biblioteket holder stengt fredag.»: ingen merknader.

Nothing is really posted, and nothing leaves this machine. Ctrl+C (or closing the browser) ends the demo.`);
}

await main();
