/**
 * Every compose box of the three fixture sites, in real Chromium with the built extension
 * (issue 3, CONTRACT.md §3): critical drafts are stopped until confirmed, warnings and benign
 * drafts post normally, and the editor's own state always equals what was typed.
 */
import { editorText, expect, test } from './harness';
import {
  BOXES,
  DIALOG,
  DRAFTS,
  EDIT,
  POST_ANYWAY,
  analyzerFindings,
  attemptPost,
  expectPanel,
  expectPosted,
  focusBox,
  focusInDialog,
} from './compose';

for (const box of BOXES) {
  test.describe(box.name, () => {
    test.beforeEach(async ({ openSite }) => {
      await openSite(box.site, box.path);
    });

    if (box.postButton) {
      test('a critical draft is stopped at the post button; "Rediger" posts nothing and returns to the draft', async ({ page }) => {
        await focusBox(page, box);
        await page.keyboard.type(DRAFTS.critical);
        await attemptPost(page, box, 'click');

        await expect(page.locator(DIALOG)).toBeVisible();
        expect(await focusInDialog(page)).toBe(true);
        await page.locator(EDIT).click();

        await expect(page.locator(DIALOG)).toHaveCount(0);
        await expect(page.locator(box.editor)).toBeFocused();
        await expectPosted(page, []);
        expect(await editorText(page, box.box)).toBe(DRAFTS.critical);

        await attemptPost(page, box, 'click');
        await page.locator(POST_ANYWAY).click();
        await expectPosted(page, [DRAFTS.critical]);
      });
    }

    if (box.postKey) {
      test(`a critical draft is stopped at ${box.postKey}; Escape edits, "Publiser likevel" posts exactly once`, async ({ page }) => {
        await focusBox(page, box);
        await page.keyboard.type(DRAFTS.critical);
        await attemptPost(page, box, 'key');

        await expect(page.locator(DIALOG)).toBeVisible();
        expect(await focusInDialog(page)).toBe(true);
        await page.keyboard.press('Escape');
        await expect(page.locator(DIALOG)).toHaveCount(0);
        await expect(page.locator(box.editor)).toBeFocused();
        await expectPosted(page, []);
        expect(await editorText(page, box.box)).toBe(DRAFTS.critical);

        await attemptPost(page, box, 'key');
        await expect(page.locator(DIALOG)).toBeVisible();
        await page.locator(POST_ANYWAY).click();
        await expectPosted(page, [DRAFTS.critical]);
      });
    }

    test('a warning-only draft shows the warning and posts without a dialog', async ({ page }) => {
      await focusBox(page, box);
      await page.keyboard.type(DRAFTS.warningOnly);
      await expectPanel(page, box.editor, analyzerFindings(DRAFTS.warningOnly));
      expect(await editorText(page, box.box)).toBe(DRAFTS.warningOnly);
      await attemptPost(page, box);
      await expectPosted(page, [DRAFTS.warningOnly]);
      await expect(page.locator(DIALOG)).toHaveCount(0);
    });

    test('a benign draft shows a panel with nothing above info and posts normally', async ({ page }) => {
      await focusBox(page, box);
      await page.keyboard.type(DRAFTS.benign);
      await expect(page.locator('vaer-varsom-panel').first()).toBeAttached();
      await expectPanel(page, box.editor, analyzerFindings(DRAFTS.benign));
      expect(analyzerFindings(DRAFTS.benign).filter((finding) => !finding.endsWith(':info'))).toEqual([]);
      expect(await editorText(page, box.box)).toBe(DRAFTS.benign);
      await attemptPost(page, box);
      await expectPosted(page, [DRAFTS.benign]);
      await expect(page.locator(DIALOG)).toHaveCount(0);
    });
  });
}
