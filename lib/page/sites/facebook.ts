import { formOrDialogComposer, isPlainEnter, postingControlNear, type SiteAdapter } from './adapter';

/** A post dialog's composer: inside `[role=dialog]` and not a comment form. */
const isPostDialogBox = (box: HTMLElement) => box.closest('[role="dialog"]') !== null && box.closest('form') === null;

/** Facebook: Lexical editors in the post dialog, comments and replies (in a form), Messenger. */
export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  boxSelector: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  composer: formOrDialogComposer,
  postButton: postingControlNear,
  // Comments, replies and Messenger post on Enter; in the post dialog Enter is a newline.
  postsOnKey: (event, box) => !isPostDialogBox(box) && isPlainEnter(event),
};
