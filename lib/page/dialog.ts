import type { Finding } from '../engine';
import { groupByRule } from './by-rule';
import { baseCss, createShadowHost, h, onPersonsClick } from './dom';
import type { PageStrings } from './strings';

export const dialogTag = 'vaer-varsom-dialog';

const css = `${baseCss}
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 45%); display: grid; place-items: center; z-index: 2147483647; }
[role="alertdialog"] { font: 15px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff; border-radius: 12px; padding: 20px 24px; max-width: min(520px, 92vw); max-height: 85vh; overflow: auto; box-shadow: 0 8px 30px rgb(0 0 0 / 35%); }
h2 { font-size: 18px; margin: 0 0 8px; }
ul { padding-left: 18px; }
li { margin-bottom: 8px; }
.suggestion { color: #333; margin: 2px 0 0; }
.actions { display: flex; gap: 12px; justify-content: flex-end; margin-top: 16px; }
[data-action="edit"] { background: #0b57d0; border-color: #0b57d0; color: #fff; font-weight: 600; }
[data-action="post-anyway"] { color: #8c0019; border-color: #8c0019; }
`;

export interface ConfirmRequest {
  strings: PageStrings;
  /** The critical findings that stopped the post. */
  findings: readonly Finding[];
  onEdit(): void;
  onPostAnyway(): void;
}

// The site may have a focus trap of its own (its modal): take focus back a few times, never fight forever.
const maxFocusReclaims = 5;

let openDialog: { close(): void; restore(): void } | undefined;

/**
 * `<vaer-varsom-dialog>`: an alertdialog listing the critical findings. Focus starts on "Rediger";
 * Tab and Shift+Tab stay inside; Escape is "Rediger". Each button acts once, then the dialog closes.
 * Only the person's own clicks and keys choose; if the page removes the dialog, it comes back.
 */
export function openConfirmDialog(request: ConfirmRequest): void {
  if (openDialog) {
    openDialog.restore();
    return;
  }
  const { strings } = request;
  const { host, root } = createShadowHost(dialogTag, css);
  const edit = h('button', { type: 'button', 'data-action': 'edit' }, strings.edit);
  const postAnyway = h('button', { type: 'button', 'data-action': 'post-anyway' }, strings.postAnyway);
  const dialog = h('div', { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'title', 'aria-describedby': 'description' },
    h('h2', { id: 'title' }, strings.dialogTitle),
    h('div', { id: 'description' },
      h('p', {}, strings.dialogDescription),
      h('ul', {}, ...groupByRule(request.findings).flatMap((group) => [
        ...group.listed.map((finding) =>
          h('li', { 'data-rule': finding.rule, 'data-severity': finding.severity },
            h('p', { class: 'message' }, finding.message),
            finding.suggestion && h('p', { class: 'suggestion' }, finding.suggestion))),
        group.more > 0 && h('li', { class: 'more', 'data-more': group.rule }, strings.more(group.more)),
      ]))),
    h('div', { class: 'actions' }, edit, postAnyway));
  root.append(h('div', { class: 'backdrop' }, dialog));

  let reclaims = 0;
  const keepFocus = (event: FocusEvent) => {
    if (!event.composedPath().includes(host) && reclaims++ < maxFocusReclaims) edit.focus();
  };
  // Removing the dialog must not silence it: the post stays stopped until the person chooses.
  const restore = () => {
    if (host.isConnected) return;
    document.body.append(host);
    edit.focus();
  };
  const removal = new MutationObserver(restore);
  removal.observe(document.documentElement, { childList: true, subtree: true });
  const close = () => {
    removal.disconnect();
    document.removeEventListener('focusin', keepFocus, true);
    host.remove();
    openDialog = undefined;
  };
  const choose = (action: () => void) => () => {
    close();
    action();
  };
  const onEdit = choose(request.onEdit);
  onPersonsClick(edit, onEdit);
  onPersonsClick(postAnyway, choose(request.onPostAnyway));
  dialog.addEventListener('keydown', (event) => {
    // The site never sees keys pressed in the dialog (they could close its own modal).
    event.stopPropagation();
    if (event.key === 'Escape' && event.isTrusted) {
      event.preventDefault();
      onEdit();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      const order = [edit, postAnyway];
      const current = order.indexOf(root.activeElement as HTMLButtonElement);
      order[(current + (event.shiftKey ? order.length - 1 : 1)) % order.length]!.focus();
    }
  });
  document.addEventListener('focusin', keepFocus, true);
  openDialog = { close, restore };
  edit.focus();
}

/** Closes the dialog without choosing (the site was switched off or the page is going away). */
export function closeConfirmDialog(): void {
  openDialog?.close();
}
