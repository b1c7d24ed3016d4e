/**
 * The harness itself: the extension loads and its service worker runs, the fixture pages are
 * served under the real hostnames, and their real editors take typing.
 */
import { editorText, expect, postedTexts, test } from './harness';

test('the extension loads and its service worker runs', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`));
  expect(worker).toBeDefined();
  // Evaluating in the worker proves it runs, not just that it is registered.
  expect(await worker!.evaluate(() => self.location.href)).toBe(`chrome-extension://${extensionId}/background.js`);
});

test('the manifest gives the extension and its toolbar button the product icon, drawn at 16, 32, 48 and 128 px', async ({ context, extensionId }) => {
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith(`chrome-extension://${extensionId}/`))!;
  const manifest = await worker.evaluate(async () => (await fetch('/manifest.json')).json() as Promise<{ icons: unknown; action?: { default_icon?: unknown } }>);
  const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
  expect(manifest.icons).toEqual(icons);
  expect(manifest.action?.default_icon).toEqual(icons);
  const sizes = await worker.evaluate(async (paths) => Promise.all(paths.map(async (path) => {
    const bitmap = await createImageBitmap(await (await fetch(`/${path}`)).blob());
    return bitmap.width;
  })), Object.values(icons));
  expect(sizes).toEqual([16, 32, 48, 128]);
});

test('the demo start page links the three sites', async ({ page, server }) => {
  await page.goto(server.demoUrl);
  const links = await page.locator('ul.sites a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toEqual(['https://x.com/home', 'https://www.facebook.com/', 'https://www.instagram.com/p/Frogn2024/']);
  await page.getByRole('link', { name: 'X' }).click();
  await expect(page).toHaveURL('https://x.com/home');
  await expect(page.getByTestId('tweetTextarea_0')).toBeVisible();
});

test('X: Draft.js takes typing, Ctrl+Enter posts, the SPA link opens the modal composer', async ({ openSite }) => {
  const page = await openSite('x', '/home');
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type('Hei fra Frogn');
  expect(await editorText(page, 'timeline')).toBe('Hei fra Frogn');
  await page.keyboard.press('Control+Enter');
  expect(await postedTexts(page)).toEqual(['Hei fra Frogn']);
  expect(await editorText(page, 'timeline')).toBe('');

  await page.getByRole('link', { name: 'Nytt innlegg' }).click();
  await expect(page).toHaveURL('https://x.com/compose/post');
  const modalEditor = page.locator('#layers [data-testid="tweetTextarea_0"]');
  await modalEditor.click();
  await page.keyboard.type('Andre linje');
  await page.locator('#layers [data-testid="tweetButton"]').click();
  expect(await postedTexts(page)).toEqual(['Hei fra Frogn', 'Andre linje']);
  await expect(modalEditor).toHaveCount(0);
});

test('Facebook: the dialog appears after the opener, Lexical takes typing; the comment box posts on Enter', async ({ openSite }) => {
  const page = await openSite('facebook', '/');
  await page.getByRole('button', { name: 'Skriv et innlegg' }).click();
  const postEditor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  await expect(postEditor).toBeFocused();
  await page.keyboard.type('Første avsnitt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Andre avsnitt');
  expect(await editorText(page, 'post')).toBe('Første avsnitt\n\nAndre avsnitt');
  await page.locator('[role="dialog"] [role="button"][aria-label="Publiser"]').click();
  expect(await postedTexts(page)).toEqual(['Første avsnitt\n\nAndre avsnitt']);

  const comment = page.locator('[role="article"] [data-lexical-editor="true"]');
  await comment.click();
  await page.keyboard.type('Takk, @Ka');
  await expect(comment).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
  await expect(comment).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('ses!');
  expect(await editorText(page, 'comment')).toBe('Takk, Kari Nordmann \nses!');
  await page.keyboard.press('Enter');
  expect(await postedTexts(page)).toEqual(['Første avsnitt\n\nAndre avsnitt', 'Takk, Kari Nordmann \nses!']);
  expect(await editorText(page, 'comment')).toBe('');
});

test('Instagram: the comment textarea submits on Enter; the DM box appears after SPA navigation', async ({ openSite }) => {
  const page = await openSite('instagram', '/p/Frogn2024/');
  await page.getByRole('textbox', { name: 'Legg til en kommentar …' }).click();
  await page.keyboard.type('Så fint!');
  await page.keyboard.press('Enter');
  expect(await postedTexts(page)).toEqual(['Så fint!']);

  await page.getByRole('link', { name: 'Meldinger' }).click();
  const dm = page.locator('[role="textbox"][data-lexical-editor="true"]');
  await dm.click();
  await page.keyboard.type('Hei');
  expect(await editorText(page, 'dm')).toBe('Hei');
  await page.getByRole('button', { name: 'Send' }).click();
  expect(await postedTexts(page)).toEqual(['Så fint!', 'Hei']);
});
