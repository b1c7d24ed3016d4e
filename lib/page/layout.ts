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

/**
 * Where a panel of `size` goes next to `box`: to its right, else its left, else above, else
 * below – beside the box rather than under it, where the site's post button usually is.
 */
export function placeBeside(box: DOMRect, size: Size, viewport: Size): { left: number; top: number } {
  const top = Math.min(Math.max(box.top, gap), Math.max(gap, viewport.height - size.height - gap));
  if (box.right + gap + size.width <= viewport.width) return { left: box.right + gap, top };
  if (box.left - gap - size.width >= 0) return { left: box.left - gap - size.width, top };
  const left = Math.min(Math.max(box.right - size.width, gap), Math.max(gap, viewport.width - size.width - gap));
  if (box.top - gap - size.height >= 0) return { left, top: box.top - gap - size.height };
  return { left, top: box.bottom + gap };
}
