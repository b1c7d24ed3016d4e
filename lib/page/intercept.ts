import type { BoxController } from './controller';
import { openConfirmDialog } from './dialog';
import type { Watcher } from './watcher';

/** A mention or hashtag picker is open on the editor: Enter picks from it and must not be judged. */
function pickerOpen(box: HTMLElement): boolean {
  return box.getAttribute('aria-expanded') === 'true' || Boolean(box.getAttribute('aria-activedescendant'));
}

/** Enter's legacy key code, which Draft.js and React handlers still read. */
const legacyKeyCodes: Record<string, number> = { Enter: 13 };

/** A copy of the posting keystroke, to hand the post back to the site after "post anyway". */
function replayKey(box: HTMLElement, original: KeyboardEvent): void {
  const replay = new KeyboardEvent('keydown', {
    key: original.key,
    code: original.code,
    ctrlKey: original.ctrlKey,
    metaKey: original.metaKey,
    shiftKey: original.shiftKey,
    altKey: original.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  const keyCode = legacyKeyCodes[original.key] ?? original.keyCode;
  Object.defineProperty(replay, 'keyCode', { get: () => keyCode });
  Object.defineProperty(replay, 'which', { get: () => keyCode });
  box.dispatchEvent(replay);
}

/**
 * Stops posting while a box has an unacknowledged critical finding. Listens in the capture phase
 * on the document, before the site's own (React root) listeners. After "post anyway" the post is
 * handed back to the site exactly once: our own click or keystroke passes while `replaying` is set.
 */
export function interceptPosting(watcher: Watcher): () => void {
  let replaying = false;

  const replay = (post: () => void) => {
    replaying = true;
    try {
      post();
    } finally {
      replaying = false;
    }
  };

  const stopIfBlocked = (event: Event, controller: BoxController, post: () => void) => {
    const blocking = controller.blockingFindings();
    if (blocking.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    openConfirmDialog({
      strings: controller.strings,
      findings: blocking,
      onEdit: () => controller.box.focus(),
      onPostAnyway: () => {
        controller.acknowledge(blocking);
        controller.box.focus();
        replay(post);
      },
    });
  };

  const onClick = (event: MouseEvent) => {
    if (replaying || !(event.target instanceof Node)) return;
    const target = event.target;
    const posting = [...watcher.watched].filter((controller) => watcher.adapter.postButton(controller.box)?.contains(target));
    // Where boxes share a button, the one the person worked in last is the one being posted.
    const controller = posting.find((candidate) => candidate === watcher.activeBox) ?? posting[0];
    if (!controller) return;
    const button = watcher.adapter.postButton(controller.box)!;
    // The site may have re-rendered its button while the dialog was open.
    stopIfBlocked(event, controller, () => (watcher.adapter.postButton(controller.box) ?? button).click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (replaying || event.isComposing || event.keyCode === 229) return;
    const controller = watcher.controllerFor(event.target);
    if (!controller || !watcher.adapter.postsOnKey(event, controller.box) || pickerOpen(controller.box)) return;
    stopIfBlocked(event, controller, () => replayKey(controller.box, event));
  };

  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKeyDown, true);
  return () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKeyDown, true);
  };
}
