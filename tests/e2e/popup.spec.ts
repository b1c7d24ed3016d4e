/**
 * The extension's own pages in real Chromium (issue 4, CONTRACT.md §4): the popup shows the whole
 * guideline, deep links land on their section, the popup's switches change what happens on the
 * sites, and axe finds no WCAG 2.1 A/AA violations.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromiumExtensionId } from '../../lib/config/identity';
import { guideline, pointIds } from '../../lib/guideline';
import { uiStrings } from '../../lib/ui/strings';
import { BOXES, DIALOG, attemptPost, focusBox } from './compose';
import { expect, saveScreenshot, test, type Page } from './harness';

const nb = uiStrings.nb;
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function openExtensionPage(page: Page, extensionId: string, path: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await expect(page.locator('main#app > *').first()).toBeVisible();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

// Every test starts its own Chromium; on a loaded machine that alone can take half a minute.
test.describe.configure({ timeout: 180_000 });

test('the popup shows every heading and point of the guideline in the original text, without expanding anything', async ({ page, extensionId }) => {
  // The stable id that the manifest key gives, which administrators' policies name.
  expect(extensionId).toBe(chromiumExtensionId);
  await page.setViewportSize({ width: 420, height: 600 });
  await openExtensionPage(page, extensionId, 'popup.html');
  // First run, in the first screenful: the language (Nynorsk among the choices) and how to see it work.
  await expect(page.locator('#config-loading')).toHaveCount(0);
  await expect(page.getByLabel(nb.languageLabel)).toBeInViewport();
  await expect(page.getByLabel(nb.languageLabel).locator('option', { hasText: 'Nynorsk' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: nb.introHeading })).toBeInViewport();
  await expect(page.getByText(nb.introExample)).toBeInViewport();
  for (const section of guideline) {
    await expect(page.getByRole('heading', { name: section.heading, exact: true })).toBeVisible();
    for (const point of section.points) {
      const original = page.locator(`[id="${point.id}"] .original`);
      await expect(original).toHaveText(point.text);
      await original.scrollIntoViewIfNeeded();
      await expect(original).toBeVisible();
    }
  }
  expect(await page.locator('.guideline .point').count()).toBe(pointIds.length);
  // Readable at popup size: nothing runs off to the side.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  await expect(page.getByText(nb.statusUnsupported)).toBeVisible();

  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'popup');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: nb.introDismiss }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: guideline[0]!.heading, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: nb.introHeading })).toHaveCount(0);
});

test('a deep link to guideline.html#bevisst.krise shows that point', async ({ page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/guideline.html#bevisst.krise`);
  const point = page.locator('[id="bevisst.krise"]');
  await expect(point).toBeInViewport();
  await expect(point).toBeFocused();
  await expect(point).toContainText('all kommunikasjon gå via Kommunikasjonsenheten');
  await page.goto(`chrome-extension://${extensionId}/guideline.html#saklig`);
  await expect(page.getByRole('heading', { name: 'Vær konsekvent og saklig!' })).toBeInViewport();
  await expectNoAxeViolations(page);
});

test('switching a site off in the popup leaves its boxes alone; switching it on again watches them', async ({ context, page, extensionId, openSite }) => {
  const box = BOXES.find((candidate) => candidate.site === 'facebook' && !candidate.open)!;
  const popup = await context.newPage();
  await openExtensionPage(popup, extensionId, 'popup.html');
  await popup.getByLabel(nb.siteSwitch('Facebook')).uncheck();
  await expect(popup.getByLabel(nb.siteSwitch('Facebook'))).not.toBeChecked();

  await openSite(box.site, box.path);
  await focusBox(page, box);
  await page.keyboard.type('Biblioteket holder stengt fredag.');
  await page.waitForTimeout(1_500);
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(0);

  await popup.getByLabel(nb.siteSwitch('Facebook')).check();
  await page.reload();
  await page.waitForFunction(() => typeof window.__editorText === 'function');
  await focusBox(page, box);
  await page.keyboard.type('Biblioteket holder stengt fredag.');
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(1);
});

test('crisis mode switched on in the popup makes an ordinary post critical and shows the banner', async ({ context, page, extensionId, openSite }) => {
  const box = BOXES.find((candidate) => candidate.site === 'x' && !candidate.open)!;
  const popup = await context.newPage();
  await openExtensionPage(popup, extensionId, 'popup.html');
  await popup.getByLabel(nb.crisisSwitch).check();
  await expect(popup.locator('#crisis-banner')).toContainText('Kommunikasjonsenheten');

  await openSite(box.site, box.path);
  await focusBox(page, box);
  await page.keyboard.type('Biblioteket holder stengt fredag.');
  await expect(page.locator('vaer-varsom-panel [data-rule="crisis"][data-severity="critical"]')).toHaveCount(1);
  await attemptPost(page, box, 'key');
  await expect(page.locator(DIALOG)).toBeVisible();
});

test('the options page shows an invalid value next to its field and saves nothing', async ({ page, extensionId }) => {
  await openExtensionPage(page, extensionId, 'options.html');
  const website = page.getByLabel(nb.fields.website);
  await website.fill('frogn.no');
  await page.getByRole('button', { name: nb.save }).click();
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await expect(website).toHaveAccessibleDescription(nb.fieldErrors.url);
  await expect(page.getByRole('status')).toHaveText(nb.notSaved);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel(nb.fields.website)).toHaveValue('https://www.frogn.kommune.no');
  await expectNoAxeViolations(page);
});

test('axe finds no violations in the popup in English with crisis mode on, nor on the English options page with an invalid field', async ({ context, page, extensionId }) => {
  await openExtensionPage(page, extensionId, 'popup.html');
  await page.getByLabel(nb.languageLabel).selectOption('en');
  await page.getByLabel(uiStrings.en.crisisSwitch).check();
  await expect(page.locator('#crisis-banner')).toBeVisible();
  await expectNoAxeViolations(page);

  const options = await context.newPage();
  await openExtensionPage(options, extensionId, 'options.html');
  const unitEmail = options.getByLabel(uiStrings.en.fields.unitEmail, { exact: true });
  await unitEmail.fill('kommunikasjon');
  await options.getByRole('button', { name: uiStrings.en.save }).click();
  await expect(unitEmail).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(options);
});
