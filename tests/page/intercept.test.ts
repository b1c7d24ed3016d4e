// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Watcher } from '../../lib/page/watcher';
import { facebookAdapter } from '../../lib/page/sites/facebook';
import { instagramAdapter } from '../../lib/page/sites/instagram';
import { xAdapter } from '../../lib/page/sites/x';
import { dialogRoot, focusBox, key, mount, personClick, snippets, startWatcher, type } from './helpers';

let watcher: Watcher | undefined;
let posts: string[];

beforeEach(() => {
  vi.useFakeTimers();
  posts = [];
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** The X timeline composer with a post button that records what the site would publish. */
function xComposer() {
  const composer = mount(snippets.xTimeline);
  const box = composer.querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
  const button = composer.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
  button.addEventListener('click', () => posts.push(box.textContent ?? ''));
  watcher = startWatcher(xAdapter);
  focusBox(box);
  return { box, button };
}

/** The Instagram comment textarea: Enter submits unless Shift is held (the site's own handler). */
function instagramComment() {
  const form = mount(snippets.instagramComment);
  const box = form.querySelector('textarea')!;
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) posts.push(box.value);
  });
  watcher = startWatcher(instagramAdapter);
  focusBox(box);
  return box;
}

const button = (action: 'edit' | 'post-anyway') => dialogRoot()!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;

describe('confirm before posting', () => {
  it('stops a click on the post button while there is a critical finding and opens the alertdialog', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    await vi.advanceTimersByTimeAsync(300);
    post.click();
    expect(posts).toEqual([]);
    const dialog = dialogRoot()?.querySelector('[role="alertdialog"]');
    expect(dialog?.getAttribute('aria-modal')).toBe('true');
    expect(dialog?.querySelector('[data-rule="offensive"]')?.textContent).toContain('offensive message');
    expect(dialogRoot()!.getElementById(dialog!.getAttribute('aria-labelledby')!)?.textContent).toBe('Vil du virkelig publisere dette?');
    expect(dialogRoot()!.activeElement).toBe(button('edit'));
  });

  it('judges the text at the moment of posting: a paste followed by an instant click', () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    expect(posts).toEqual([]);
    expect(dialogRoot()).toBeTruthy();
  });

  it('keeps Tab and Shift+Tab inside the dialog; Escape acts as "edit"', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    const root = dialogRoot()!;
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]')!;
    key(dialog, { key: 'Tab' });
    expect(root.activeElement).toBe(button('post-anyway'));
    key(dialog, { key: 'Tab' });
    expect(root.activeElement).toBe(button('edit'));
    key(dialog, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(button('post-anyway'));
    key(dialog, { key: 'Escape' });
    expect(document.querySelector('vaer-varsom-dialog')).toBeNull();
    expect(document.activeElement).toBe(box);
    expect(posts).toEqual([]);
  });

  it('takes focus back when the page moves it out of the open dialog', () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    focusBox(box);
    expect(document.activeElement).toBe(document.querySelector('vaer-varsom-dialog'));
    expect(dialogRoot()!.activeElement).toBe(button('edit'));
  });

  it('"Rediger" closes, returns focus to the box with the draft intact, and acknowledges nothing', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    personClick(button('edit'));
    expect(document.activeElement).toBe(box);
    expect(box.textContent).toBe('Din idiot');
    post.click();
    expect(dialogRoot()).toBeTruthy();
    expect(posts).toEqual([]);
  });

  it('"Publiser likevel" posts through the site\'s own button exactly once', () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    personClick(button('post-anyway'));
    expect(posts).toEqual(['Din idiot']);
    expect(document.querySelector('vaer-varsom-dialog')).toBeNull();
  });

  it('acknowledges only the findings shown: the same draft posts again, a new critical finding is stopped again', () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    personClick(button('post-anyway'));
    post.click();
    expect(posts).toEqual(['Din idiot', 'Din idiot']);
    type(box, 'Din idiot, her er HEMMELIG');
    post.click();
    expect(posts).toHaveLength(2);
    expect(dialogRoot()!.querySelectorAll('[data-rule]')).toHaveLength(1);
    expect(dialogRoot()!.querySelector('[data-rule]')?.getAttribute('data-rule')).toBe('national-id');
  });

  it('never stops warnings or info', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Dette er en skandale!!!');
    post.click();
    expect(posts).toEqual(['Dette er en skandale!!!']);
    expect(dialogRoot()).toBeUndefined();
  });

  it('lets a post with an ignored critical finding through', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    await vi.advanceTimersByTimeAsync(300);
    personClick(document.querySelector('vaer-varsom-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="ignore"]')!);
    post.click();
    expect(posts).toEqual(['Din idiot']);
  });
});

describe('a huge paste in the dialog', () => {
  it('lists a few findings per rule and counts the rest', () => {
    const { box, button: post } = xComposer();
    type(box, 'idiot '.repeat(2_000));
    post.click();
    expect(dialogRoot()!.querySelectorAll('[data-rule="offensive"]')).toHaveLength(3);
    expect(dialogRoot()!.querySelector('[data-more="offensive"]')?.textContent).toBe('+1997 flere');
  });
});

describe('boxes that share a post button', () => {
  it('judges the box the person worked in last', () => {
    const composer = mount(`<div><div data-testid="tweetTextarea_0" contenteditable="true"></div>
      <div data-testid="tweetTextarea_1" contenteditable="true"></div><button data-testid="tweetButton">Post</button></div>`);
    const second = composer.querySelectorAll<HTMLElement>('[contenteditable]')[1];
    watcher = startWatcher(xAdapter);
    type(second!, 'Din idiot');
    focusBox(second!);
    composer.querySelector<HTMLElement>('button')!.click();
    expect(dialogRoot()?.querySelector('[data-rule="offensive"]')).toBeTruthy();
  });
});

describe('the posting key', () => {
  it('stops Ctrl+Enter in the X composer and replays it once after "Publiser likevel"', () => {
    const { box } = xComposer();
    const keys: KeyboardEvent[] = [];
    box.addEventListener('keydown', (event) => keys.push(event));
    type(box, 'Din idiot');
    const attempt = key(box, { key: 'Enter', ctrlKey: true });
    expect(attempt.defaultPrevented).toBe(true);
    expect(keys).toEqual([]);
    personClick(button('post-anyway'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ key: 'Enter', ctrlKey: true, keyCode: 13 });
  });

  it('stops Enter in an Instagram comment; "Rediger" posts nothing, "Publiser likevel" posts once', () => {
    const box = instagramComment();
    type(box, 'Din idiot');
    key(box, { key: 'Enter' });
    expect(posts).toEqual([]);
    personClick(button('edit'));
    expect(box.value).toBe('Din idiot');
    key(box, { key: 'Enter' });
    personClick(button('post-anyway'));
    expect(posts).toEqual(['Din idiot']);
  });

  it('leaves Shift+Enter (a newline) alone', () => {
    const box = instagramComment();
    type(box, 'Din idiot');
    const newline = key(box, { key: 'Enter', shiftKey: true });
    expect(newline.defaultPrevented).toBe(false);
    expect(dialogRoot()).toBeUndefined();
  });

  it('leaves keys alone while an input method is composing', () => {
    const box = instagramComment();
    type(box, 'Din idiot');
    expect(key(box, { key: 'Enter', isComposing: true }).defaultPrevented).toBe(false);
    expect(key(box, { key: 'Process', keyCode: 229 }).defaultPrevented).toBe(false);
    expect(dialogRoot()).toBeUndefined();
  });

  it('leaves Enter to an open mention picker', () => {
    const form = mount(snippets.facebookComment);
    const box = form.querySelector<HTMLElement>('[data-lexical-editor]')!;
    watcher = startWatcher(facebookAdapter);
    type(box, 'Din idiot @Ka');
    box.setAttribute('aria-expanded', 'true');
    box.setAttribute('aria-activedescendant', 'mention-0');
    expect(key(box, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(dialogRoot()).toBeUndefined();
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
    expect(key(box, { key: 'Enter' }).defaultPrevented).toBe(true);
    expect(dialogRoot()).toBeTruthy();
  });

  it('never treats Enter as posting in the Facebook post dialog', () => {
    const box = mount(snippets.facebookDialog).querySelector<HTMLElement>('[data-lexical-editor]')!;
    watcher = startWatcher(facebookAdapter);
    type(box, 'Din idiot');
    expect(key(box, { key: 'Enter' }).defaultPrevented).toBe(false);
    expect(dialogRoot()).toBeUndefined();
  });
});

describe('the page cannot act for the person', () => {
  const panelButton = (selector: string) => document.querySelector('vaer-varsom-panel')!.shadowRoot!.querySelector<HTMLElement>(selector)!;

  it('a script clicking "Ignorer" leaves the critical finding standing', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    await vi.advanceTimersByTimeAsync(300);
    panelButton('[data-action="ignore"]').click();
    post.click();
    expect(posts).toEqual([]);
    expect(dialogRoot()?.querySelector('[data-rule="offensive"]')).toBeTruthy();
  });

  it('a script clicking "Publiser likevel" or pressing Escape chooses nothing', () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    button('post-anyway').click();
    button('edit').click();
    key(dialogRoot()!.querySelector<HTMLElement>('[role="alertdialog"]')!, { key: 'Escape' }, 'page');
    expect(posts).toEqual([]);
    expect(dialogRoot()?.querySelector('[role="alertdialog"]')).toBeTruthy();
    personClick(button('post-anyway'));
    expect(posts).toEqual(['Din idiot']);
  });

  it('a removed dialog comes back, and the post stays stopped until the person chooses', async () => {
    const { box, button: post } = xComposer();
    type(box, 'Din idiot');
    post.click();
    document.querySelector('vaer-varsom-dialog')!.remove();
    await vi.advanceTimersByTimeAsync(0);
    expect(dialogRoot()?.querySelector('[role="alertdialog"]')).toBeTruthy();
    for (let attempt = 0; attempt < 3; attempt++) post.click();
    expect(posts).toEqual([]);
    expect(document.querySelectorAll('vaer-varsom-dialog')).toHaveLength(1);
    personClick(button('post-anyway'));
    expect(posts).toEqual(['Din idiot']);
  });
});
