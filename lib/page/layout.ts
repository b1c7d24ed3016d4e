/**
 * Keeps our fixed-position UI next to its box. Every placer runs in one animation frame after a
 * scroll (any scroll container: capture phase), a resize, a change of the box's size or a move
 * of focus (a site's dialog opening over a box takes focus); the box
 * that has focus is also followed while it moves, so the UI moves with dialogs that animate or drag.
 */
type Placer = () => void;

const placers = new Set<Placer>();
let frame = 0;

function placeAllSoon(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const place of placers) place();
  });
}

const listenerOptions = { capture: true, passive: true } as const;

export function trackLayout(box: Element, place: Placer): () => void {
  if (placers.size === 0) {
    window.addEventListener('scroll', placeAllSoon, listenerOptions);
    window.addEventListener('resize', placeAllSoon, listenerOptions);
    window.addEventListener('focusin', placeAllSoon, listenerOptions);
  }
  placers.add(place);
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(placeAllSoon) : undefined;
  resizes?.observe(box);
  place();
  return () => {
    resizes?.disconnect();
    placers.delete(place);
    if (placers.size > 0) return;
    window.removeEventListener('scroll', placeAllSoon, listenerOptions);
    window.removeEventListener('resize', placeAllSoon, listenerOptions);
    window.removeEventListener('focusin', placeAllSoon, listenerOptions);
  };
}

/** How often a box that stands still is looked at: a site's dialog that starts to move over it is caught within this. */
const stillCheckMs = 100;
/** Frames in a row with nothing moved before following falls back to looking every `stillCheckMs`. */
const quietFrames = 30;
/** What announces movement at once: a site's CSS animation or transition starting, a pointer dragging. */
const movementEvents = ['animationstart', 'transitionrun', 'pointerdown'] as const;

/**
 * Runs `place` (which says whether anything moved) every animation frame while things move, and every
 * `stillCheckMs` while they stand still, until the returned function is called. Asking for every frame
 * made the renderer produce frames it had no other reason to: two thirds of the extension's main-thread
 * time while typing in a still composer (CPU profile, December 2026).
 */
export function followWhileMoving(place: () => boolean): () => void {
  let frame = 0;
  let check: ReturnType<typeof setTimeout> | undefined;
  let quiet = 0;
  const followFrames = () => {
    quiet = 0;
    if (frame) return;
    clearTimeout(check);
    check = undefined;
    frame = requestAnimationFrame(step);
  };
  function step(): void {
    frame = 0;
    quiet = place() ? 0 : quiet + 1;
    if (quiet < quietFrames) frame = requestAnimationFrame(step);
    else check = setTimeout(lookAgain, stillCheckMs);
  }
  function lookAgain(): void {
    check = undefined;
    if (place()) followFrames();
    else check = setTimeout(lookAgain, stillCheckMs);
  }
  for (const type of movementEvents) document.addEventListener(type, followFrames, listenerOptions);
  followFrames();
  return () => {
    for (const type of movementEvents) document.removeEventListener(type, followFrames, listenerOptions);
    cancelAnimationFrame(frame);
    clearTimeout(check);
  };
}

export interface Size {
  width: number;
  height: number;
}

export type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

export interface Placement {
  left: number;
  top: number;
  /** How wide and tall the panel may be there; a longer list scrolls inside it. */
  maxWidth: number;
  maxHeight: number;
  side: 'right' | 'left' | 'above' | 'below';
}

/** Between the panel and the composer. */
const gap = 8;
/** Between the panel and the window's edges (the sites' own scroll bars and edge columns). */
const margin = 12;
/** Narrower than this, a panel beside the composer is unreadable: it goes above it instead. */
export const narrowestPanel = 220;
/** The panel's widest, where there is room. */
export const widestPanel = 360;

/**
 * Where the panel of a composer goes: to its right, else its left, else above it – never over
 * the composer (box and post button) and never under it, where the next post in a feed is.
 * Only a list the person opened (`opened`) that is too tall for the room above goes under the
 * composer instead, over the feed, until they close it. `composer` is the box together with its
 * post button; `size` is the panel's natural size.
 */
export function placePanel(composer: Rect, size: Size, viewport: Size, opened = false): Placement {
  const width = Math.min(size.width, widestPanel);
  const needed = Math.min(width, narrowestPanel);
  const beside = (left: number, room: number, side: 'right' | 'left'): Placement => {
    const maxHeight = viewport.height - 2 * margin;
    const height = Math.min(size.height, maxHeight);
    // Level with the composer's top; pushed up (beside it, not over it) when it would leave the window.
    const top = Math.min(Math.max(composer.top, margin), viewport.height - margin - height);
    return { left, top, maxWidth: Math.min(room, widestPanel), maxHeight, side };
  };
  const roomRight = viewport.width - composer.right - gap - margin;
  if (roomRight >= needed) return beside(composer.right + gap, roomRight, 'right');
  const roomLeft = composer.left - gap - margin;
  if (roomLeft >= needed) return beside(composer.left - gap - Math.min(width, roomLeft), roomLeft, 'left');
  const maxWidth = Math.min(widestPanel, viewport.width - 2 * margin);
  const shown = Math.min(width, maxWidth);
  const left = Math.min(Math.max(composer.right - shown, margin), viewport.width - margin - shown);
  const roomAbove = Math.max(0, composer.top - gap - margin);
  const roomBelow = Math.max(0, viewport.height - composer.bottom - gap - margin);
  if (opened && size.height > roomAbove && roomBelow > roomAbove) {
    return { left, top: composer.bottom + gap, maxWidth, maxHeight: roomBelow, side: 'below' };
  }
  const top = Math.max(margin, composer.top - gap - Math.min(size.height, roomAbove));
  return { left, top, maxWidth, maxHeight: roomAbove, side: 'above' };
}

/** The smallest rectangle holding all of `rects`. */
export function union(...rects: Rect[]): Rect {
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

const ownElement = /^VAER-VARSOM-/;

/**
 * Whether something from outside the box's composer lies over the box (a dialog above the feed,
 * say). The box's middle and the middle of its right edge, next to our panel, are hit-tested;
 * the composer's own overlays (a placeholder over an empty editor) do not count.
 */
export function isCovered(composer: Element, box: DOMRect): boolean {
  if (typeof document.elementFromPoint !== 'function') return false;
  const y = box.top + box.height / 2;
  return [box.left + box.width / 2, box.right - 4].some((x) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && !composer.contains(hit) && !hit.contains(composer) && !ownElement.test(hit.tagName);
  });
}
