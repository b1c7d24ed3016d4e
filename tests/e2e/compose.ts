/**
 * The compose boxes of the three fixture sites, and what the extension shows for them
 * (CONTRACT.md §3), as helpers for the end-to-end specs.
 */
import { analyzeJsonLine } from '../../lib/engine/jsonl';
import { expect, type Page, type Site } from './harness';

export interface ComposeBox {
  /** Test-title name, e.g. "X timeline composer". */
  name: string;
  site: Site;
  path: string;
  /** The box id the fixture page reads with `window.__editorText`. */
  box: string;
  /** Selector of the element the person types into. */
  editor: string;
  /** How the box comes into being after the page loaded (SPA link, dialog opener). */
  open?: (page: Page) => Promise<void>;
  /** The site's own post button, where there is one. */
  postButton?: string;
  /** The site's posting key, where there is one (Playwright key chord). */
  postKey?: 'Control+Enter' | 'Enter';
}

const clickLink = (name: string) => (page: Page) => page.getByRole('link', { name }).click();

export const BOXES: ComposeBox[] = [
  {
    name: 'X timeline composer',
    site: 'x',
    path: '/home',
    box: 'timeline',
    editor: 'main [data-testid="tweetTextarea_0"]',
    postButton: 'main [data-testid="tweetButtonInline"]',
    postKey: 'Control+Enter',
  },
  {
    name: 'X modal composer (after SPA navigation)',
    site: 'x',
    path: '/home',
    box: 'modal',
    editor: '#layers [data-testid="tweetTextarea_0"]',
    open: clickLink('Nytt innlegg'),
    postButton: '#layers [data-testid="tweetButton"]',
    postKey: 'Control+Enter',
  },
  {
    name: 'X direct message (after SPA navigation)',
    site: 'x',
    path: '/home',
    box: 'dm',
    editor: '[data-testid="dmComposerTextInput"]',
    open: clickLink('Meldinger'),
    postButton: '[data-testid="dmComposerSendButton"]',
    postKey: 'Enter',
  },
  {
    name: 'Facebook post dialog (opened later)',
    site: 'facebook',
    path: '/',
    box: 'post',
    editor: '[role="dialog"] [data-lexical-editor="true"]',
    open: (page) => page.getByRole('button', { name: 'Skriv et innlegg' }).click(),
    postButton: '[role="dialog"] [role="button"][aria-label="Publiser"]',
  },
  {
    name: 'Facebook comment box',
    site: 'facebook',
    path: '/',
    box: 'comment',
    editor: '[role="article"] [data-lexical-editor="true"]',
    postKey: 'Enter',
  },
  {
    name: 'Instagram comment textarea',
    site: 'instagram',
    path: '/p/Frogn2024/',
    box: 'comment',
    editor: 'form textarea',
    postButton: 'form button[type="submit"]',
    postKey: 'Enter',
  },
  {
    name: 'Instagram direct message (after SPA navigation)',
    site: 'instagram',
    path: '/p/Frogn2024/',
    box: 'dm',
    editor: 'main [data-lexical-editor="true"]',
    open: clickLink('Meldinger'),
    postButton: 'main [role="button"]',
    postKey: 'Enter',
  },
];

/** Drafts whose verdict RULES.md fixes: a valid fødselsnummer, a private mobile number, a benign notice. */
export const DRAFTS = {
  critical: 'Fødselsnummeret til eleven er 24077501076',
  warningOnly: 'Ring Per på 917 45 362',
  benign: 'Biblioteket holder stengt fredag.',
} as const;

export const DIALOG = 'vaer-varsom-dialog [role="alertdialog"]';
export const EDIT = 'vaer-varsom-dialog [data-action="edit"]';
export const POST_ANYWAY = 'vaer-varsom-dialog [data-action="post-anyway"]';

/** Opens the box's page, makes the box appear and puts the caret in it. */
export async function focusBox(page: Page, box: ComposeBox): Promise<void> {
  await box.open?.(page);
  await page.locator(box.editor).click();
  await expect(page.locator(box.editor)).toBeFocused();
}

/** Posts the way the person would: the site's button, or else its posting key. */
export async function attemptPost(page: Page, box: ComposeBox, how: 'click' | 'key' = box.postButton ? 'click' : 'key') {
  if (how === 'click') await page.locator(box.postButton!).click();
  else await page.keyboard.press(box.postKey!);
}

/**
 * The findings shown by the panel that belongs to the editor, as sorted "rule:severity"
 * strings; null while the editor has no panel. The panel is placed "next to the box"
 * (CONTRACT.md §3): the one sharing the nearest ancestor with the editor, or else the one
 * nearest on screen.
 */
export function panelFindings(page: Page, editorSelector: string): Promise<string[] | null> {
  return page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    const panels = [...document.querySelectorAll('vaer-varsom-panel')];
    if (!editor || panels.length === 0) return null;
    let candidates = panels;
    for (let ancestor = editor.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const inside = panels.filter((panel) => ancestor.contains(panel));
      if (inside.length > 0) {
        candidates = inside;
        break;
      }
    }
    const box = editor.getBoundingClientRect();
    const gap = (panel: Element) => {
      const rect = panel.getBoundingClientRect();
      const dx = Math.max(0, rect.left - box.right, box.left - rect.right);
      const dy = Math.max(0, rect.top - box.bottom, box.top - rect.bottom);
      return Math.hypot(dx, dy);
    };
    const panel = candidates.reduce((best, candidate) => (gap(candidate) < gap(best) ? candidate : best));
    return [...(panel.shadowRoot?.querySelectorAll<HTMLElement>('[data-rule][data-severity]') ?? [])]
      .map((finding) => `${finding.dataset.rule}:${finding.dataset.severity}`)
      .sort();
  }, editorSelector);
}

/** Waits until the editor's panel shows exactly `expected` (the contract's one second, with slack for a busy machine). */
export async function expectPanel(page: Page, editorSelector: string, expected: string[]): Promise<void> {
  await expect.poll(() => panelFindings(page, editorSelector), { timeout: 5_000 }).toEqual([...expected].sort());
}

/** True when focus is inside the open confirm dialog. */
export function focusInDialog(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = document.querySelector('vaer-varsom-dialog');
    const dialog = host?.shadowRoot?.querySelector('[role="alertdialog"]');
    return Boolean(dialog && document.activeElement === host && dialog.contains(host!.shadowRoot!.activeElement));
  });
}

/** Asserts the site published `expected` and nothing else, and stays that way for a moment. */
export async function expectPosted(page: Page, expected: string[]): Promise<void> {
  const posted = page.locator('#posted li');
  await expect.poll(() => posted.allTextContents()).toEqual(expected);
  // A second post would follow right away (a double click of the site's button, say).
  await page.waitForTimeout(400);
  expect(await posted.allTextContents()).toEqual(expected);
}

/**
 * What the command-line analyzer reports for a draft (CONTRACT.md §1), as sorted
 * "rule:severity" strings: the very function `npm run -s analyze -- --jsonl -` runs per line,
 * called in-process (a CLI process per draft costs seconds on a loaded CI machine).
 */
export function analyzerFindings(text: string, options: { media?: boolean } = {}): string[] {
  const result = analyzeJsonLine(JSON.stringify({ id: 'e2e', text, ...options }), 1);
  if (!result.ok) throw new Error(`analyzer rejected the draft: ${result.output.error}`);
  return result.output.findings.map(({ rule, severity }) => `${rule}:${severity}`).sort();
}
