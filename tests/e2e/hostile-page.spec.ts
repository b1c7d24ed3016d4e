/**
 * The site's own scripts share the DOM with our panel and dialog: from a page script, they try
 * to act for the person (issue 8). Nothing they do may post a critical draft or open tabs.
 */
import { editorText, expect, test, type Page } from './harness';
import { BOXES, DIALOG, DRAFTS, POST_ANYWAY, analyzerFindings, attemptPost, expectPanel, expectPosted, focusBox } from './compose';

const xTimeline = BOXES.find((box) => box.name.startsWith('X timeline'))!;

/** Runs in the page's own world, as the site's scripts do. */
function pageScript(page: Page, action: 'ignore' | 'post-anyway' | 'edit' | 'remove-dialog' | 'remove-panel' | 'guideline-link') {
  return page.evaluate((what) => {
    const panel = document.querySelector('vaer-varsom-panel')?.shadowRoot;
    const dialog = document.querySelector('vaer-varsom-dialog');
    const click = (element: Element | null | undefined) => (element as HTMLElement | null | undefined)?.click();
    if (what === 'ignore') panel?.querySelectorAll('[data-action="ignore"]').forEach((button) => click(button));
    if (what === 'post-anyway' || what === 'edit') click(dialog?.shadowRoot?.querySelector(`[data-action="${what}"]`));
    if (what === 'remove-dialog') dialog?.remove();
    if (what === 'remove-panel') document.querySelector('vaer-varsom-panel')?.remove();
    if (what === 'guideline-link') for (let i = 0; i < 25; i++) click(panel?.querySelector('a[data-section]'));
  }, action);
}

async function typeCritical(page: Page, openSite: (site: 'x', path: string) => Promise<Page>) {
  await openSite('x', xTimeline.path);
  await focusBox(page, xTimeline);
  await page.keyboard.type(DRAFTS.critical);
  await expectPanel(page, xTimeline.editor, analyzerFindings(DRAFTS.critical));
}

test('a script clicking "Ignorer" and "Publiser likevel" posts nothing', async ({ page, openSite }) => {
  await typeCritical(page, openSite);
  await pageScript(page, 'ignore');
  await attemptPost(page, xTimeline);
  await expect(page.locator(DIALOG)).toBeVisible();
  await pageScript(page, 'post-anyway');
  await pageScript(page, 'edit');
  await expect(page.locator(DIALOG)).toBeVisible();
  await expectPosted(page, []);
  expect(await editorText(page, xTimeline.box)).toBe(DRAFTS.critical);
});

test('a removed dialog comes back and the post stays stopped; the person can still choose', async ({ page, openSite }) => {
  await typeCritical(page, openSite);
  await attemptPost(page, xTimeline);
  await expect(page.locator(DIALOG)).toBeVisible();
  await pageScript(page, 'remove-dialog');
  await expect(page.locator(DIALOG)).toBeVisible();
  for (let attempt = 0; attempt < 3; attempt++) {
    await pageScript(page, 'remove-dialog');
    await page.locator(xTimeline.postButton!).click({ force: true });
    await expect(page.locator(DIALOG)).toBeVisible();
  }
  await expectPosted(page, []);
  await page.locator(POST_ANYWAY).click();
  await expectPosted(page, [DRAFTS.critical]);
});

test('a removed panel is rebuilt with its findings', async ({ page, openSite }) => {
  await typeCritical(page, openSite);
  await pageScript(page, 'remove-panel');
  await expectPanel(page, xTimeline.editor, analyzerFindings(DRAFTS.critical));
});

test('a script clicking the guideline link opens no tab; the person opens exactly one', async ({ page, context, openSite }) => {
  await typeCritical(page, openSite);
  const guidelineTabs = () => context.pages().filter((tab) => tab.url().includes('/guideline.html')).length;
  await pageScript(page, 'guideline-link');
  await page.waitForTimeout(1_000);
  expect(guidelineTabs()).toBe(0);
  // The person opens the panel and the finding, as they would, then clicks the link three times.
  const panel = page.locator('vaer-varsom-panel');
  const badge = panel.locator('button.badge');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  await panel.locator('li[data-severity="critical"] summary').first().click();
  const link = panel.locator('li[data-severity="critical"] a[data-section]').first();
  for (let click = 0; click < 3; click++) await link.click();
  await expect.poll(guidelineTabs).toBe(1);
  await page.waitForTimeout(1_000);
  expect(guidelineTabs()).toBe(1);
});
