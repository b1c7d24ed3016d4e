// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hasAttachments } from '../../lib/page/sites/adapter';
import { facebookAdapter } from '../../lib/page/sites/facebook';
import { instagramAdapter } from '../../lib/page/sites/instagram';
import { xAdapter } from '../../lib/page/sites/x';
import type { SiteAdapter } from '../../lib/page/sites/adapter';
import { mount, snippets } from './helpers';

afterEach(() => document.body.replaceChildren());

const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

function boxIn(adapter: SiteAdapter, html: string): HTMLElement {
  const box = mount(html).querySelector<HTMLElement>(adapter.boxSelector);
  if (!box || adapter.accepts?.(box) === false) throw new Error('no compose box in the snippet');
  return box;
}

describe('X', () => {
  it('finds the timeline composer, its inline post button, and posts on Ctrl/Cmd+Enter only', () => {
    const box = boxIn(xAdapter, snippets.xTimeline);
    expect(box.dataset.testid).toBe('tweetTextarea_0');
    expect(xAdapter.postButton(box)?.dataset.testid).toBe('tweetButtonInline');
    expect(xAdapter.postsOnKey(enter({ ctrlKey: true }), box)).toBe(true);
    expect(xAdapter.postsOnKey(enter({ metaKey: true }), box)).toBe(true);
    expect(xAdapter.postsOnKey(enter(), box)).toBe(false);
    expect(xAdapter.postsOnKey(enter({ ctrlKey: true, shiftKey: true }), box)).toBe(false);
  });

  it('finds the modal composer under #layers with its own post button', () => {
    mount(snippets.xTimeline);
    const box = boxIn(xAdapter, `<div id="layers"><div role="dialog"><div class="DraftEditor-root">
      <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
      <button data-testid="tweetButton">Post</button></div></div>`);
    expect(xAdapter.postButton(box)?.dataset.testid).toBe('tweetButton');
  });

  it('sends direct messages on Enter without Shift', () => {
    const box = boxIn(xAdapter, snippets.xDm);
    expect(xAdapter.postButton(box)?.dataset.testid).toBe('dmComposerSendButton');
    expect(xAdapter.postsOnKey(enter(), box)).toBe(true);
    expect(xAdapter.postsOnKey(enter({ shiftKey: true }), box)).toBe(false);
  });

  it('takes the mobile composer textarea but no other textarea', () => {
    const composer = mount(`<div><textarea data-testid="tweetTextarea_0"></textarea><button data-testid="tweetButtonInline">Post</button></div>`);
    mount(`<div><textarea aria-label="Bio"></textarea></div>`);
    expect([...document.querySelectorAll(xAdapter.boxSelector)]).toEqual([composer.querySelector('textarea')]);
    expect(xAdapter.postButton(composer.querySelector('textarea')!)?.dataset.testid).toBe('tweetButtonInline');
  });
});

describe('Facebook', () => {
  it('finds the post dialog box and its "Publiser" button; Enter is a newline there', () => {
    const box = boxIn(facebookAdapter, snippets.facebookDialog);
    expect(facebookAdapter.postButton(box)?.getAttribute('aria-label')).toBe('Publiser');
    expect(facebookAdapter.postsOnKey(enter(), box)).toBe(false);
  });

  it('recognises the English interface by structure and accessible name too', () => {
    const box = boxIn(facebookAdapter, snippets.facebookDialog.replaceAll('Publiser', 'Post').replace('Lukk', 'Close'));
    expect(facebookAdapter.postButton(box)?.getAttribute('aria-label')).toBe('Post');
  });

  it('posts comments on Enter without Shift, also in a post opened as a dialog', () => {
    const box = boxIn(facebookAdapter, `<div role="dialog">${snippets.facebookComment}</div>`);
    expect(facebookAdapter.postsOnKey(enter(), box)).toBe(true);
    expect(facebookAdapter.postsOnKey(enter({ shiftKey: true }), box)).toBe(false);
  });

  it("never takes another box's button: a comment box outside a form ends its search at its article", () => {
    const feed = mount(`<div role="main"><div role="feed"><div role="article"><div class="comment">
      <div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div></div></div></div>`);
    mount(snippets.facebookDialog);
    const comment = feed.querySelector<HTMLElement>(facebookAdapter.boxSelector)!;
    expect(facebookAdapter.postButton(comment)).toBeNull();
    expect(facebookAdapter.postsOnKey(enter(), comment)).toBe(true);
  });

  it('ignores contenteditable elements that are not Lexical textboxes', () => {
    mount(`<div contenteditable="true" role="textbox"></div>`);
    expect(document.querySelector(facebookAdapter.boxSelector)).toBeNull();
  });
});

describe('Instagram', () => {
  it('finds the comment textarea and its form submit; Enter posts', () => {
    const box = boxIn(instagramAdapter, snippets.instagramComment);
    expect(box.localName).toBe('textarea');
    expect(instagramAdapter.postButton(box)?.getAttribute('type')).toBe('submit');
    expect(instagramAdapter.postsOnKey(enter(), box)).toBe(true);
  });

  it('finds the direct-message box and its "Send" button', () => {
    const box = boxIn(instagramAdapter, snippets.instagramDm);
    expect(instagramAdapter.postButton(box)?.textContent).toBe('Send');
    expect(instagramAdapter.postsOnKey(enter(), box)).toBe(true);
  });

  it('posts a caption only through the dialog button ("Del")', () => {
    const box = boxIn(instagramAdapter, `<div role="dialog"><div role="button">Del</div><div role="textbox" contenteditable="true"></div></div>`);
    expect(instagramAdapter.postButton(box)?.textContent).toBe('Del');
    expect(instagramAdapter.postsOnKey(enter(), box)).toBe(false);
  });
});

describe('attachments', () => {
  it('sees image previews, videos and chosen files in the composer, and nothing in an empty one', () => {
    const composer = mount(`<div><div data-testid="tweetTextarea_0" contenteditable="true"></div></div>`);
    expect(hasAttachments(composer)).toBe(false);
    composer.append(Object.assign(document.createElement('img'), { src: 'blob:https://x.com/123' }));
    expect(hasAttachments(composer)).toBe(true);
    composer.replaceChildren(document.createElement('video'));
    expect(hasAttachments(composer)).toBe(true);
    composer.replaceChildren(Object.assign(document.createElement('img'), { src: 'https://x.com/avatar.png' }));
    expect(hasAttachments(composer)).toBe(false);
  });
});
