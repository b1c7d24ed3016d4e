import { isModifiedEnter, isPlainEnter, nearestAncestor, type SiteAdapter } from './adapter';

const tweetButtons = '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]';
const dmSendButtons = '[data-testid="dmComposerSendButton"], [data-testid="dm-composer-send-button"]';
const postButtons = `${tweetButtons}, ${dmSendButtons}`;
const dmBoxes = '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"]';

/** The composer: the nearest ancestor holding a post or send button (timeline, reply, the modal under #layers, DMs). */
function composer(box: HTMLElement): Element | null {
  return nearestAncestor(box, (ancestor) => (ancestor.querySelector(postButtons) ? ancestor : null));
}

/**
 * X (twitter.com): Draft.js composers `div[data-testid^="tweetTextarea_"]` in `.DraftEditor-root`,
 * DMs, and the textareas of mobile web and the newer chat (same test ids).
 */
export const xAdapter: SiteAdapter = {
  site: 'x',
  boxSelector: `div[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"], ${dmBoxes}`,
  composer,
  postButton: (box) => composer(box)?.querySelector<HTMLElement>(postButtons) ?? null,
  // Ctrl/Cmd+Enter posts a tweet; Enter sends a direct message (Shift+Enter is a newline).
  postsOnKey: (event, box) => (box.matches(dmBoxes) ? isPlainEnter(event) : isModifiedEnter(event)),
};
