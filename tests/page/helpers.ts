/** Shared by the page tests: a predictable analyzer, site-shaped DOM snippets, and typing as the editors do it. */
import { vi } from 'vitest';
import type { Analysis, AnalyzeOptions, Finding, RuleId, Severity } from '../../lib/engine';
import { frognDefaults } from '../../lib/engine';
import type { SiteAdapter } from '../../lib/page/sites/adapter';
import { pageStrings } from '../../lib/page/strings';
import { Watcher } from '../../lib/page/watcher';

/** Words the stub analyzer flags, so that page tests do not depend on the rules' wording. */
const flagged: Record<string, { rule: RuleId; severity: Severity }> = {
  HEMMELIG: { rule: 'national-id', severity: 'critical' },
  idiot: { rule: 'offensive', severity: 'critical' },
  skandale: { rule: 'political-opinion', severity: 'warning' },
  '!!!': { rule: 'tone', severity: 'info' },
};

export function finding(rule: RuleId, severity: Severity, start: number, end: number): Finding {
  return { rule, severity, start, end, message: `${rule} message`, suggestion: `${rule} suggestion`, section: 'bevisst.taushetsplikt', quote: 'Vær nøye.' };
}

export const stubAnalyzer = vi.fn((text: string, options: AnalyzeOptions): Analysis => {
  const findings: Finding[] = [];
  for (const [word, { rule, severity }] of Object.entries(flagged)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) findings.push(finding(rule, severity, at, at + word.length));
  }
  if (options.media) findings.push(finding('media', 'info', 0, 0));
  return { lang: 'nb', findings };
});

/** What the panel's guideline links ask the background to open. */
export const openGuideline = vi.fn((_section: string) => {});

export function startWatcher(adapter: SiteAdapter): Watcher {
  const watcher = new Watcher({
    adapter,
    settings: frognDefaults,
    strings: pageStrings('nb'),
    guideline: { url: (section) => `chrome-extension://test/guideline.html#${section}`, open: openGuideline },
    analyze: stubAnalyzer,
  });
  watcher.start();
  return watcher;
}

/** Builds a snippet from trusted test markup and appends it to the body. */
export function mount(html: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  const root = template.content.firstElementChild as HTMLElement;
  document.body.append(root);
  return root;
}

export const snippets = {
  xTimeline: `<div class="composer"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
      <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true">
        <div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>
      </div></div></div></div>
      <div><button type="button" data-testid="tweetButtonInline">Post</button></div></div>`,
  xDm: `<aside><div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"><div data-contents="true"></div></div>
      <button type="button" data-testid="dmComposerSendButton" aria-label="Send">Send</button></aside>`,
  facebookDialog: `<div role="dialog" aria-label="Opprett innlegg"><div role="button" aria-label="Lukk">✕</div>
      <div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div>
      <div role="button" aria-label="Bilde/video">📷</div><div role="button" aria-label="Publiser">Publiser</div></div>`,
  facebookComment: `<div role="article"><form id="comment-form"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></form></div>`,
  instagramComment: `<article><form method="POST"><textarea aria-label="Legg til en kommentar …"></textarea><button type="submit">Publiser</button></form></article>`,
  instagramDm: `<section><div role="textbox" contenteditable="true" data-lexical-editor="true"><p><br></p></div><div role="button" tabindex="0">Send</div></section>`,
};

/**
 * Plays the editor: replaces the draft's DOM the way Lexical (paragraphs) or Draft.js (blocks)
 * renders it, or sets a textarea's value, then fires the input event the person's typing fires.
 */
export function type(box: HTMLElement, text: string): void {
  if (box instanceof HTMLTextAreaElement) {
    box.value = text;
  } else if (box.hasAttribute('data-lexical-editor')) {
    box.replaceChildren(...text.split('\n\n').map((line) => paragraph('p', line)));
  } else {
    const contents = box.querySelector('[data-contents]') ?? box;
    contents.replaceChildren(...text.split('\n').map((line) => {
      const block = document.createElement('div');
      block.dataset.block = 'true';
      block.append(paragraph('div', line));
      return block;
    }));
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function paragraph(tag: 'p' | 'div', line: string): HTMLElement {
  const element = document.createElement(tag);
  const span = document.createElement('span');
  if (line) span.textContent = line;
  else span.append(document.createElement('br'));
  element.append(span);
  return element;
}

export function panels(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('vaer-varsom-panel')];
}

/** The findings a panel shows, as "rule:severity". */
export function shown(panel: HTMLElement | undefined = panels()[0]): string[] {
  return [...(panel?.shadowRoot?.querySelectorAll<HTMLElement>('[data-rule][data-severity]') ?? [])].map(
    (element) => `${element.dataset.rule}:${element.dataset.severity}`,
  );
}

export function dialogRoot(): ShadowRoot | null | undefined {
  return document.querySelector('vaer-varsom-dialog')?.shadowRoot;
}

export function focusBox(box: HTMLElement): void {
  box.focus();
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

/**
 * The person's own event. Only the browser can mark one trusted (in Chromium `isTrusted` cannot be
 * redefined); happy-dom lets a test stand in for the person. Events without it are the page's.
 */
function byPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function key(box: HTMLElement, init: KeyboardEventInit, from: 'person' | 'page' = 'person'): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  box.dispatchEvent(from === 'person' ? byPerson(event) : event);
  return event;
}

/** A click by the person (`element.click()` is what a page script can do). */
export function personClick(element: HTMLElement): void {
  element.dispatchEvent(byPerson(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}
