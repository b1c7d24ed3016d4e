// @vitest-environment happy-dom
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mutationBatchMs } from '../../lib/page/watcher';
import type { Watcher } from '../../lib/page/watcher';
import { facebookAdapter } from '../../lib/page/sites/facebook';
import { instagramAdapter } from '../../lib/page/sites/instagram';
import { xAdapter } from '../../lib/page/sites/x';
import { focusBox, mount, openGuideline, panels, personClick, shown, snippets, startWatcher, stubAnalyzer, type } from './helpers';

let watcher: Watcher | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  stubAnalyzer.mockClear();
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** What the first panel's shadow root shows (testing-library queries take an element, not a shadow root). */
// happy-dom lays nothing out, so every box counts as off screen and its panel as hidden: queries must include hidden elements.
const hidden = true;
const panelContent = () => panels()[0]!.shadowRoot!.querySelector<HTMLElement>('.panel')!;

/** Long enough for the debounce (150 ms) and the mutation batch (200 ms). */
const settle = () => vi.advanceTimersByTimeAsync(mutationBatchMs + 50);

describe('finding boxes', () => {
  it.each([
    ['X', xAdapter, snippets.xTimeline],
    ['Facebook', facebookAdapter, snippets.facebookDialog],
    ['Instagram', instagramAdapter, snippets.instagramComment],
  ] as const)('%s: watches a box present at start, with a quiet panel outside the editor', async (_site, adapter, html) => {
    const box = mount(html).querySelector<HTMLElement>(adapter.boxSelector)!;
    watcher = startWatcher(adapter);
    await settle();
    expect(panels()).toHaveLength(1);
    expect(shown()).toEqual([]);
    expect(box.contains(panels()[0]!)).toBe(false);
    expect(panels()[0]!.shadowRoot?.mode).toBe('open');
  });

  it('watches a box that appears later (a dialog) from the added subtree, within the mutation batch', async () => {
    watcher = startWatcher(facebookAdapter);
    mount(snippets.facebookDialog);
    expect(panels()).toHaveLength(0);
    await settle();
    expect(panels()).toHaveLength(1);
  });

  it('watches a box from its first focus or input even before the batch ran', () => {
    watcher = startWatcher(instagramAdapter);
    const box = mount(snippets.instagramDm).querySelector<HTMLElement>('[role="textbox"]')!;
    focusBox(box);
    expect(panels()).toHaveLength(1);
    expect(watcher.activeBox?.box).toBe(box);
  });

  it('removes the panel within a second after the box leaves the page', async () => {
    const composer = mount(snippets.xDm);
    watcher = startWatcher(xAdapter);
    expect(panels()).toHaveLength(1);
    composer.remove();
    await vi.advanceTimersByTimeAsync(1000);
    expect(panels()).toHaveLength(0);
    expect(watcher.boxCount).toBe(0);
  });

  it('removes everything it added when the site is switched off', async () => {
    const box = mount(snippets.xTimeline).querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
    watcher = startWatcher(xAdapter);
    type(box, 'Dette er en skandale');
    await settle();
    watcher.stop();
    expect(panels()).toHaveLength(0);
    type(box, 'Dette er en skandale igjen');
    await settle();
    expect(panels()).toHaveLength(0);
  });
});

describe('the panel', () => {
  it('shows the findings by severity with data-rule and data-severity, and updates as the draft changes', async () => {
    const box = mount(snippets.facebookDialog).querySelector<HTMLElement>('[data-lexical-editor]')!;
    watcher = startWatcher(facebookAdapter);
    type(box, 'Dette er en skandale!!!\n\nDin idiot');
    await settle();
    expect(shown()).toEqual(['offensive:critical', 'political-opinion:warning', 'tone:info']);
    type(box, 'Dette er bra');
    await settle();
    expect(shown()).toEqual([]);
  });

  it('analyses once after typing pauses, not per keystroke', async () => {
    const box = mount(snippets.instagramComment).querySelector('textarea')!;
    watcher = startWatcher(instagramAdapter);
    await settle();
    stubAnalyzer.mockClear();
    for (const text of ['i', 'id', 'idi', 'idio', 'idiot']) {
      type(box, text);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(stubAnalyzer).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(stubAnalyzer).toHaveBeenCalledTimes(1);
    expect(stubAnalyzer.mock.calls[0]![0]).toBe('idiot');
    expect(shown()).toEqual(['offensive:critical']);
  });

  it('links each finding to its guideline section and offers "ignore for this draft"', async () => {
    const box = mount(snippets.xTimeline).querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
    watcher = startWatcher(xAdapter);
    type(box, 'Slik er det når ledelsen er en skandale');
    await settle();
    const root = panels()[0]!.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('[data-rule="political-opinion"] a')!;
    expect(link.href).toBe('chrome-extension://test/guideline.html#bevisst.taushetsplikt');
    expect(link.textContent).toBe('Retningslinjen: Vær bevisst!');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Vær varsom: 1 advarsel');
    personClick(root.querySelector<HTMLButtonElement>('[data-rule="political-opinion"] [data-action="ignore"]')!);
    expect(shown()).toEqual([]);
    type(box, 'Slik er det når ledelsen er en skandale, sier jeg');
    await settle();
    expect(shown()).toEqual([]);
  });

  it('lists every finding as one line under its severity, named once, each opening to "Hvorfor" and "Gjør heller"', async () => {
    const box = mount(snippets.facebookDialog).querySelector<HTMLElement>('[data-lexical-editor]')!;
    watcher = startWatcher(facebookAdapter);
    type(box, 'Dette er en skandale!!!\n\nDin idiot');
    await settle();
    const panel = within(panelContent());
    const toggle = panel.getByRole('button', { expanded: true, hidden });
    expect(toggle.getAttribute('aria-label')).toBe('Vær varsom: 1 kritisk, 1 advarsel, 1 til ettertanke');
    expect(toggle.textContent).toBe('Vær varsom3');
    expect(panel.getAllByText('Vær varsom')).toHaveLength(1);
    expect(panel.getAllByRole('heading', { level: 2, hidden }).map((heading) => heading.textContent)).toEqual(['Kritisk', 'Advarsel', 'Til ettertanke']);
    const lines = panel.getAllByRole('listitem', { hidden });
    expect(lines.map((line) => line.querySelector('summary')?.textContent)).toEqual(['offensive message', 'political-opinion message', 'tone message']);
    expect(lines.every((line) => !line.querySelector('details')!.open)).toBe(true);
    within(lines[0]!).getByText('offensive message', { selector: 'summary' }).click();
    expect(lines.map((line) => line.querySelector('details')!.open)).toEqual([true, false, false]);
    const critical = within(lines[0]!);
    expect(critical.getByText('Hvorfor', { selector: 'h3' }).nextElementSibling?.textContent).toBe('offensive message');
    expect(critical.getByText('Gjør heller', { selector: 'h3' }).nextElementSibling?.textContent).toBe('offensive suggestion');
  });

  it('labels the panel in the language of its messages: English for an English draft, the UI language when all is well', async () => {
    const box = mount(snippets.instagramComment).querySelector('textarea')!;
    watcher = startWatcher(instagramAdapter);
    const analyzeInNorwegian = stubAnalyzer.getMockImplementation()!;
    stubAnalyzer.mockImplementation((text, options) => ({ ...analyzeInNorwegian(text, options), lang: 'en' }));
    try {
      type(box, 'You idiot');
      await settle();
      const root = panelContent();
      expect(within(root).getByRole('heading', { level: 2, hidden }).textContent).toBe('Critical');
      expect(within(root).getByText('Why', { selector: 'h3' })).toBeTruthy();
      expect(within(root).getByText('Do instead', { selector: 'h3' })).toBeTruthy();
      expect(within(root).getByText('Ignore for this draft', { selector: 'button' })).toBeTruthy();
      type(box, 'Fine weather');
      await settle();
      expect(root.querySelector('.badge')?.getAttribute('aria-label')).toBe('Vær varsom: ingen funn');
    } finally {
      stubAnalyzer.mockImplementation(analyzeInNorwegian);
    }
  });

  it('forgets ignored findings when the box is emptied (a new draft)', async () => {
    const box = mount(snippets.instagramComment).querySelector('textarea')!;
    watcher = startWatcher(instagramAdapter);
    type(box, 'skandale');
    await settle();
    personClick(panels()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="ignore"]')!);
    type(box, '');
    await settle();
    type(box, 'skandale');
    await settle();
    expect(shown()).toEqual(['political-opinion:warning']);
  });

  it('calls the engine with media when an image preview is in the composer', async () => {
    const composer = mount(snippets.xTimeline);
    const box = composer.querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
    watcher = startWatcher(xAdapter);
    type(box, 'Fra dagens tur');
    await settle();
    expect(shown()).toEqual([]);
    composer.append(Object.assign(document.createElement('img'), { src: 'blob:https://x.com/1' }));
    await settle();
    expect(stubAnalyzer).toHaveBeenLastCalledWith('Fra dagens tur', expect.objectContaining({ media: true }));
    expect(shown()).toEqual(['media:info']);
  });

  it('waits while an input method is composing', async () => {
    const box = mount(snippets.instagramComment).querySelector('textarea')!;
    watcher = startWatcher(instagramAdapter);
    await settle();
    stubAnalyzer.mockClear();
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type(box, 'idiot');
    await settle();
    expect(stubAnalyzer).not.toHaveBeenCalled();
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await settle();
    expect(shown()).toEqual(['offensive:critical']);
  });
});

/** The X timeline composer with `text` typed and analysed: its panel's shadow root. */
async function xPanelFor(text: string): Promise<ShadowRoot> {
  const box = mount(snippets.xTimeline).querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
  watcher = startWatcher(xAdapter);
  type(box, text);
  await settle();
  return panels()[0]!.shadowRoot!;
}

describe('a huge paste', () => {
  it('lists a few findings per rule and counts the rest, so the panel stays small', async () => {
    const root = await xPanelFor(`${'idiot '.repeat(5_000)}skandale`);
    expect(shown()).toEqual(['offensive:critical', 'offensive:critical', 'offensive:critical', 'political-opinion:warning']);
    expect(root.querySelector('[data-more="offensive"]')?.textContent).toBe('+4997 flere');
    expect(root.querySelector('[data-more="political-opinion"]')).toBeNull();
    // Four listed findings (each a details element with its why and what to do) and one «+N flere».
    expect(root.querySelectorAll('*').length).toBeLessThan(80);
  });
});

describe('a page that pokes at the panel', () => {
  it('rebuilds a removed panel, with its findings', async () => {
    await xPanelFor('Din idiot');
    panels()[0]!.remove();
    expect(panels()).toHaveLength(0);
    await settle();
    expect(panels()).toHaveLength(1);
    expect(shown()).toEqual(['offensive:critical']);
  });

  it("opens the guideline for the person's click only, and never expands or collapses for a script", async () => {
    const root = await xPanelFor('Din idiot');
    const link = root.querySelector<HTMLAnchorElement>('[data-rule="offensive"] a')!;
    openGuideline.mockClear();
    for (let click = 0; click < 25; click++) link.click();
    expect(openGuideline).not.toHaveBeenCalled();
    personClick(link);
    expect(openGuideline).toHaveBeenCalledTimes(1);
    const badge = root.querySelector<HTMLButtonElement>('.badge')!;
    badge.click();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    personClick(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('never touching the editor', () => {
  it.each([
    ['X (Draft.js)', xAdapter, snippets.xTimeline],
    ['Facebook (Lexical)', facebookAdapter, snippets.facebookDialog],
    ['Instagram (textarea)', instagramAdapter, snippets.instagramComment],
  ] as const)('%s: no mutation record inside the editor while watching, analysing and highlighting', async (_site, adapter, html) => {
    const box = mount(html).querySelector<HTMLElement>(adapter.boxSelector)!;
    watcher = startWatcher(adapter);
    focusBox(box);
    type(box, 'Din idiot, dette er en skandale');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
    await settle();
    personClick(panels()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="ignore"]')!);
    await settle();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(shown()).toEqual(['political-opinion:warning']);
    expect(records).toEqual([]);
  });
});
