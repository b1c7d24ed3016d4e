import type { SiteId } from '../../config/schema';

/**
 * What the shared watcher needs to know about one site. An adapter only declares structure;
 * it never changes the page. Boxes are found by structure (role, contenteditable, data-testid,
 * form, dialog), never by English label text alone: staff use Norwegian interfaces.
 */
export interface SiteAdapter {
  readonly site: SiteId;
  /** Candidate compose boxes: editor roots (contenteditable) or textareas. */
  readonly boxSelector: string;
  /** Whether a candidate is really a compose box (defaults to every candidate). */
  accepts?(candidate: HTMLElement): boolean;
  /** The region that holds the box, its post button and attachment previews. */
  composer(box: HTMLElement): Element | null;
  /** The site's own control that posts the box's draft, if there is one. */
  postButton(box: HTMLElement): HTMLElement | null;
  /** Whether this keystroke in the box posts the draft. */
  postsOnKey(event: KeyboardEvent, box: HTMLElement): boolean;
}

/** Enter without Shift: comments and direct messages on Facebook and Instagram, DMs on X. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/** Ctrl+Enter or Cmd+Enter: X's composer. */
export function isModifiedEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
}

/**
 * The first ancestor of `box` (itself excluded) for which `find` gives something, at most
 * `maxDepth` levels up; `find` returns undefined to end the search there.
 */
export function nearestAncestor<T>(box: Element, find: (ancestor: Element) => T | null | undefined, maxDepth = Infinity): T | null {
  let ancestor = box.parentElement;
  for (let depth = 0; ancestor && depth < maxDepth; depth++, ancestor = ancestor.parentElement) {
    const found = find(ancestor);
    if (found === undefined) return null;
    if (found) return found;
  }
  return null;
}

// Accessible names of posting controls in Norwegian (nb/nn) and English, lower-case.
const postingLabels = new Set([
  'publiser', 'publisér', 'legg ut', 'del', 'del nå', 'send', 'kommenter', 'svar', 'post', 'publish', 'share',
  'comment', 'reply',
]);

/**
 * The posting control inside `scope`: a submit button, or a button whose accessible name
 * (aria-label, else its text) is a posting verb. Structure first, names only to pick among buttons.
 */
export function postingControl(scope: Element): HTMLElement | null {
  const submit = scope.querySelector<HTMLElement>('button[type="submit"], input[type="submit"]');
  if (submit) return submit;
  for (const control of scope.querySelectorAll<HTMLElement>('button, [role="button"]')) {
    const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().toLowerCase();
    if (postingLabels.has(name)) return control;
  }
  return null;
}

const attachmentPreview = 'img[src^="blob:"], video, [data-testid="attachments"]';

/** An image or video is attached: a preview in the composer, or a file input holding files. */
export function hasAttachments(composer: Element | null): boolean {
  if (!composer) return false;
  if (composer.querySelector(attachmentPreview)) return true;
  for (const input of composer.querySelectorAll<HTMLInputElement>('input[type="file"]')) {
    if (input.files && input.files.length > 0) return true;
  }
  return false;
}

/**
 * The composer on Lexical sites (Facebook, Instagram): a comment form, else a dialog (post,
 * caption), else the nearest few ancestors holding a posting control (Messenger, direct messages).
 */
export function formOrDialogComposer(box: HTMLElement): Element | null {
  return box.closest('form') ?? box.closest('[role="dialog"]') ?? nearestAncestor(box, ownComposer, 6);
}

// Page-level containers hold other boxes' buttons (a feed, an open dialog appended to <body>).
const pageLevel = 'body, main, [role="main"], [role="feed"]';

/** An ancestor below page level that holds a posting control; the search ends at the box's post or article. */
function ownComposer(ancestor: Element): Element | null | undefined {
  if (ancestor.matches(pageLevel)) return undefined;
  if (postingControl(ancestor)) return ancestor;
  return ancestor.matches('article, [role="article"]') ? undefined : null;
}

export function postingControlNear(box: HTMLElement): HTMLElement | null {
  const composer = formOrDialogComposer(box);
  return composer ? postingControl(composer) : null;
}
