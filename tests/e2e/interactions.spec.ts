/**
 * The finer points of CONTRACT.md §3 in real Chromium: the panel agrees with the analyzer,
 * highlights, the dialog's focus handling, acknowledgement, pastes, attachments, boxes that
 * leave, and the keys that must keep working (Shift+Enter, a mention picker's Enter).
 */
import { editorText, expect, saveScreenshot, test, type Page } from './harness';
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

/** Where things are on screen, in CSS pixels. */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The visible parts of the X timeline composer's panel (button and list) and what it must
 * leave free: the composer with its border, the post button and the post right under it.
 */
function measureXTimeline(page: Page) {
  return page.evaluate(() => {
    const rect = (element: Element | null | undefined): Box => {
      const { left, top, right, bottom } = element!.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const main = document.querySelector('main')!;
    const panel = [...document.querySelectorAll('vaer-varsom-panel')].find((host) => host.shadowRoot!.querySelector('[data-rule]'))!;
    const root = panel.shadowRoot!;
    const list = root.querySelector<HTMLElement>('.findings')!;
    const lines = [...root.querySelectorAll('summary')];
    return {
      viewport: { width: innerWidth, height: innerHeight },
      panel: rect(root.querySelector('.panel')),
      listShown: !list.hidden,
      list: rect(list),
      lines: lines.map(rect),
      badge: root.querySelector('.badge')!.getAttribute('aria-label'),
      composer: rect(main.querySelector('.composer')),
      postButton: rect(main.querySelector('[data-testid="tweetButtonInline"]')),
      nextPost: rect(main.querySelector('article[data-testid="tweet"]')),
    };
  });
}

for (const width of [800, 1024, 1280, 1920]) {
  test(`at ${width} px the panel covers neither the composer, its post button nor the post under it, and shows every finding`, async ({ page, openSite }) => {
    await page.setViewportSize({ width, height: 720 });
    await openBox(page, openSite, xTimeline);
    await page.keyboard.type(MIXED);
    await expectPanel(page, xTimeline.editor, analyzerFindings(MIXED));
    // The panel is placed in the next animation frame after it changes size.
    await page.waitForTimeout(300);
    const at = await measureXTimeline(page);
    for (const [what, region] of [['composer', at.composer], ['post button', at.postButton], ['post under it', at.nextPost]] as const) {
      expect(overlaps(at.panel, region), `the panel over the ${what}`).toBe(false);
    }
    expect(at.panel.left).toBeGreaterThanOrEqual(8);
    expect(at.panel.right).toBeLessThanOrEqual(width - 8);
    expect(at.panel.top).toBeGreaterThanOrEqual(0);
    expect(at.panel.bottom).toBeLessThanOrEqual(720);
    expect(at.badge).toBe('Vær varsom: 1 kritisk, 1 advarsel, 1 til ettertanke');
    const everyLineInView = (shown: typeof at) =>
      shown.lines.length === 3 && shown.lines.every((line) => line.top >= shown.list.top && line.bottom <= shown.list.bottom);
    if (at.listShown) {
      expect(everyLineInView(at), 'every finding in view, nothing to scroll to').toBe(true);
    } else {
      // No room beside or above the composer for the list: one click on the button shows it all,
      // over the feed under the composer, still clear of the composer and its button.
      await page.locator('vaer-varsom-panel .badge >> visible=true').click();
      await page.waitForTimeout(300);
      const opened = await measureXTimeline(page);
      expect(opened.listShown).toBe(true);
      expect(everyLineInView(opened), 'every finding in view once opened').toBe(true);
      expect(overlaps(opened.panel, opened.composer) || overlaps(opened.panel, opened.postButton)).toBe(false);
      await saveScreenshot(page, `panel-${width}-opened`);
      await page.locator('vaer-varsom-panel .badge >> visible=true').click();
    }
    const buttonIsOnTop = await page.locator(xTimeline.postButton!).evaluate((button) => {
      const rect = button.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && button.contains(hit);
    });
    expect(buttonIsOnTop, 'the post button can be clicked').toBe(true);
    await saveScreenshot(page, `panel-${width}`);
    expect(await editorText(page, xTimeline.box)).toBe(MIXED);
  });
}

test('a finding opens to "Hvorfor" and "Gjør heller"; an English draft gets English labels', async ({ page, openSite }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openBox(page, openSite, xTimeline);
  await page.keyboard.type(MIXED);
  await expectPanel(page, xTimeline.editor, analyzerFindings(MIXED));
  const critical = page.locator('vaer-varsom-panel [data-severity="critical"]');
  await critical.locator('summary').click();
  await expect(critical.getByText('Hvorfor', { exact: true })).toBeVisible();
  await expect(critical.getByText('Gjør heller', { exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  await saveScreenshot(page, 'panel');

  await attemptPost(page, xTimeline);
  await expect(page.locator(DIALOG)).toBeVisible();
  await saveScreenshot(page, 'dialog');
  await page.keyboard.press('Escape');
  expect(await editorText(page, xTimeline.box)).toBe(MIXED);

  await page.keyboard.press('Control+A');
  const english = 'The pupil\'s national identity number is 24077501076';
  await page.keyboard.type(english);
  await expectPanel(page, xTimeline.editor, analyzerFindings(english));
  const panel = page.locator('vaer-varsom-panel >> visible=true');
  await expect(panel.locator('h2').first()).toHaveText('Critical');
  await expect(panel.locator('[data-action="ignore"]').first()).toHaveText('Ignore for this draft');
});

test('a box hidden behind a site dialog shows no badge', async ({ page, openSite }) => {
  await openBox(page, openSite, facebookComment);
  const commentPanel = page.locator('vaer-varsom-panel');
  await expect(commentPanel).toHaveCount(1);
  await expect(commentPanel.locator('.badge')).toBeVisible();
  await focusBox(page, facebookPost);
  await expect(page.locator('vaer-varsom-panel')).toHaveCount(2);
  await expect(page.locator('vaer-varsom-panel .badge >> visible=true')).toHaveCount(1);
  const visibleBadge = await page.locator('vaer-varsom-panel .badge >> visible=true').boundingBox();
  const dialog = await page.locator('[role="dialog"]').boundingBox();
  expect(visibleBadge!.x).toBeGreaterThanOrEqual(dialog!.x + dialog!.width);
});

/** Where the focused X timeline box's panel sits, relative to the box. */
function panelOffset(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid="tweetTextarea_0"]')!.getBoundingClientRect();
    const host = [...document.querySelectorAll('vaer-varsom-panel')].find((panel) => panel.shadowRoot!.querySelector('[data-rule]'))!;
    const panel = host.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    return { x: Math.round(panel.left - box.left), y: Math.round(panel.top - box.top) };
  });
}

for (const how of ['moved by a script, with no event', 'slid by a CSS transition'] as const) {
  test(`the panel follows its box when the site's composer is ${how}`, async ({ page, openSite }) => {
    await openBox(page, openSite, xTimeline);
    await page.keyboard.type(DRAFTS.warningOnly);
    await expectPanel(page, xTimeline.editor, analyzerFindings(DRAFTS.warningOnly));
    // Long enough to stand still: the box is then looked at only now and then.
    await page.waitForTimeout(1_000);
    const before = await panelOffset(page);
    await page.evaluate((transition) => {
      const composer = document.querySelector<HTMLElement>('main .composer')!;
      if (transition) composer.style.transition = 'transform 300ms linear';
      composer.style.transform = 'translate(-40px, 90px)';
    }, how.includes('transition'));
    await expect.poll(() => panelOffset(page), { timeout: 1_000 }).toEqual(before);
    const moved = await page.locator(xTimeline.editor).boundingBox();
    expect(moved!.y).toBeGreaterThan(0);
    expect(await editorText(page, xTimeline.box)).toBe(DRAFTS.warningOnly);
  });
}
