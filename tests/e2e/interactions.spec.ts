/**
 * The finer points of CONTRACT.md §3 in real Chromium: the panel agrees with the analyzer,
 * highlights, the dialog's focus handling, acknowledgement, pastes, attachments, boxes that
 * leave, and the keys that must keep working (Shift+Enter, a mention picker's Enter).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { editorText, expect, test, type Page } from './harness';
import {
  BOXES,
  DIALOG,
  DRAFTS,
  POST_ANYWAY,
  analyzerFindings,
  attemptPost,
  expectPanel,
  expectPosted,
  focusBox,
  focusInDialog,
  panelFindings,
  type ComposeBox,
} from './compose';

const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

function boxNamed(name: string): ComposeBox {
  const box = BOXES.find((candidate) => candidate.name.startsWith(name));
  if (!box) throw new Error(`no compose box named "${name}"`);
  return box;
}

const xTimeline = boxNamed('X timeline');
const xModal = boxNamed('X modal');
const facebookPost = boxNamed('Facebook post dialog');
const facebookComment = boxNamed('Facebook comment');
const instagramComment = boxNamed('Instagram comment');

/** A critical finding, a warning and an info in one draft. */
const MIXED = `${DRAFTS.critical}. ${DRAFTS.warningOnly}!!!`;

async function openBox(page: Page, openSite: (site: ComposeBox['site'], path: string) => Promise<Page>, box: ComposeBox) {
  await openSite(box.site, box.path);
  await focusBox(page, box);
}

/** The text of every range in the page's CSS Custom Highlight registry. */
function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map((range) => range.toString())));
}

for (const box of [xTimeline, facebookPost]) {
  test(`${box.name}: the panel shows what the analyzer reports, and the flagged words are highlighted`, async ({ page, openSite }) => {
    await openBox(page, openSite, box);
    await page.keyboard.type(MIXED);
    await expectPanel(page, box.editor, analyzerFindings(MIXED));
    await expect.poll(() => highlightedTexts(page)).toContain('24077501076');
    expect(await editorText(page, box.box)).toBe(MIXED);
  });
}

test('the panel follows edits: deleting the number clears the critical finding', async ({ page, openSite }) => {
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(DRAFTS.critical);
  await expectPanel(page, xTimeline.editor, analyzerFindings(DRAFTS.critical));
  for (let i = 0; i < '24077501076'.length; i++) await page.keyboard.press('Backspace');
  const remaining = DRAFTS.critical.replace('24077501076', '');
  await expectPanel(page, xTimeline.editor, analyzerFindings(remaining));
  expect(await editorText(page, xTimeline.box)).toBe(remaining);
  await attemptPost(page, xTimeline);
  await expectPosted(page, [remaining]);
});

test('Tab and Shift+Tab stay inside the dialog; focus starts there', async ({ page, openSite }) => {
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(DRAFTS.critical);
  await attemptPost(page, xTimeline);
  await expect(page.locator(DIALOG)).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(await focusInDialog(page), `focus after ${key}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.locator(DIALOG)).toHaveCount(0);
  await expect(page.locator(xTimeline.editor)).toBeFocused();
  await expectPosted(page, []);
  expect(await editorText(page, xTimeline.box)).toBe(DRAFTS.critical);
});

test('"Publiser likevel" acknowledges only what was shown: a new critical draft is stopped again', async ({ page, openSite }) => {
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(DRAFTS.critical);
  await attemptPost(page, xTimeline);
  await page.locator(POST_ANYWAY).click();
  await expectPosted(page, [DRAFTS.critical]);

  const another = 'Personnummeret hennes er 15038512363';
  await page.locator(xTimeline.editor).click();
  await page.keyboard.type(another);
  await attemptPost(page, xTimeline, 'key');
  await expect(page.locator(DIALOG)).toBeVisible();
  await page.keyboard.press('Escape');
  await expectPosted(page, [DRAFTS.critical]);
  expect(await editorText(page, xTimeline.box)).toBe(another);
});

test('a paste followed by an instant click is judged on the text at that moment', async ({ page, openSite }) => {
  await openBox(page, openSite, xTimeline);
  // insertText is one input event, like a paste; the click follows without waiting for the panel.
  await page.keyboard.insertText(DRAFTS.critical);
  await attemptPost(page, xTimeline, 'click');
  await expect(page.locator(DIALOG)).toBeVisible();
  await page.keyboard.press('Escape');
  await expectPosted(page, []);
  expect(await editorText(page, xTimeline.box)).toBe(DRAFTS.critical);
});

test('an attached image adds the media finding the analyzer gives for media: true', async ({ page, openSite }) => {
  const text = 'Bilder fra elevene på Dal skole';
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Legg til bilde' }).click();
  await expect(page.locator('[data-testid="attachments"] img[src^="blob:"]')).toHaveCount(1);
  await expectPanel(page, xTimeline.editor, analyzerFindings(text, { media: true }));
  expect(await editorText(page, xTimeline.box)).toBe(text);
});

test('the panel of a box that leaves the page is removed within a second', async ({ page, openSite }) => {
  await openSite(xModal.site, xModal.path);
  await page.locator(xTimeline.editor).click();
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(1);
  await focusBox(page, xModal);
  await page.keyboard.type(DRAFTS.benign);
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(2);
  await page.getByTestId('app-bar-close').click();
  await expect(page.locator(xModal.editor)).toHaveCount(0);
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(1, { timeout: 1_500 });
  expect(await panelFindings(page, xTimeline.editor)).toEqual([]);
});

for (const box of [facebookComment, instagramComment]) {
  test(`${box.name}: Shift+Enter makes a newline and is never intercepted`, async ({ page, openSite }) => {
    await openBox(page, openSite, box);
    await page.keyboard.type(DRAFTS.critical);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Hilsen rektor');
    await expect(page.locator(DIALOG)).toHaveCount(0);
    await expectPosted(page, []);
    expect(await editorText(page, box.box)).toBe(`${DRAFTS.critical}\nHilsen rektor`);
  });
}

test("Facebook comment box: the mention picker's Enter picks the mention and is not intercepted", async ({ page, openSite }) => {
  await openBox(page, openSite, facebookComment);
  await page.keyboard.type(`${DRAFTS.critical}, @Ka`);
  await expect(page.locator(facebookComment.editor)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(page.locator(facebookComment.editor)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator(DIALOG)).toHaveCount(0);
  const withMention = `${DRAFTS.critical}, Kari Nordmann `;
  expect(await editorText(page, facebookComment.box)).toBe(withMention);

  // With the picker closed, Enter posts again, and so is intercepted.
  await page.keyboard.press('Enter');
  await expect(page.locator(DIALOG)).toBeVisible();
  await page.keyboard.press('Escape');
  await expectPosted(page, []);
  expect(await editorText(page, facebookComment.box)).toBe(withMention);
});

test("the panel never covers the site's post button, also in a narrower window", async ({ page, openSite }) => {
  await page.setViewportSize({ width: 1000, height: 640 });
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(MIXED);
  await expectPanel(page, xTimeline.editor, analyzerFindings(MIXED));
  const buttonIsOnTop = await page.locator(xTimeline.postButton!).evaluate((button) => {
    const rect = button.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && button.contains(hit);
  });
  expect(buttonIsOnTop, 'the post button can be clicked').toBe(true);
  expect(await editorText(page, xTimeline.box)).toBe(MIXED);
});

test('screenshots of the inline panel and the confirm dialog (docs/screenshots)', async ({ page, openSite }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(MIXED);
  await expectPanel(page, xTimeline.editor, analyzerFindings(MIXED));
  // Let the panel settle beside the box before the picture.
  await page.waitForTimeout(300);
  await page.screenshot({ path: resolve(SCREENSHOTS, 'panel.png') });

  await attemptPost(page, xTimeline);
  await expect(page.locator(DIALOG)).toBeVisible();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'dialog.png') });
  await page.keyboard.press('Escape');
  expect(await editorText(page, xTimeline.box)).toBe(MIXED);
});
