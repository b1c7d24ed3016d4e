import { formOrDialogComposer, isPlainEnter, postingControlNear, type SiteAdapter } from './adapter';

/** The caption in the create-post dialog: a contenteditable inside `[role=dialog]`. */
const isCaption = (box: HTMLElement) => box.localName !== 'textarea' && box.closest('[role="dialog"]') !== null;

/** Instagram: comment textareas in a form, Lexical boxes for direct messages and captions. */
export const instagramAdapter: SiteAdapter = {
  site: 'instagram',
  boxSelector: 'form textarea, div[role="textbox"][contenteditable="true"]',
  composer: formOrDialogComposer,
  postButton: postingControlNear,
  // Comments and direct messages post on Enter; the caption only through the dialog's share button.
  postsOnKey: (event, box) => !isCaption(box) && isPlainEnter(event),
};
