/**
 * Keeps our fixed-position UI next to its box. Every placer runs in one animation frame after a
 * scroll (any scroll container: capture phase), a resize or a change of the box's size; the box
 * that has focus is also followed every frame, so the UI moves with dialogs that animate or drag.
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
  };
}

/** Runs `place` every animation frame until the returned function is called. */
export function followEveryFrame(place: Placer): () => void {
  let handle = requestAnimationFrame(function step() {
    place();
    handle = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(handle);
}

export interface Size {
  width: number;
  height: number;
}

const gap = 6;
/** Narrower than this, a panel beside the box is unreadable: it goes above or below instead. */
export const narrowestPanel = 220;

/**
 * Where a panel goes next to `box`: to its right, else its left (narrowed to the room there),
 * else above, else below – beside the box rather than under it, where the site's post button
 * usually is. `width` is the panel's natural width; the result says how wide it may be.
 */
export function placeBeside(box: DOMRect, width: number, viewport: Size): { left: number; maxWidth: number; side: 'right' | 'left' | 'above' | 'below' } {
  const needed = Math.min(width, narrowestPanel);
  const roomRight = viewport.width - box.right - 2 * gap;
  if (roomRight >= needed) return { left: box.right + gap, maxWidth: roomRight, side: 'right' };
  const roomLeft = box.left - 2 * gap;
  if (roomLeft >= needed) return { left: box.left - gap - Math.min(width, roomLeft), maxWidth: roomLeft, side: 'left' };
  const maxWidth = viewport.width - 2 * gap;
  const left = Math.min(Math.max(box.right - width, gap), Math.max(gap, viewport.width - width - gap));
  return { left, maxWidth, side: box.top > viewport.height - box.bottom ? 'above' : 'below' };
}

/** The panel's top: level with the box beside it, or just above or below it; always on screen. */
export function panelTop(box: DOMRect, height: number, side: ReturnType<typeof placeBeside>['side'], viewport: Size): number {
  const wanted = side === 'above' ? box.top - gap - height : side === 'below' ? box.bottom + gap : box.top;
  return Math.min(Math.max(wanted, gap), Math.max(gap, viewport.height - height - gap));
}
