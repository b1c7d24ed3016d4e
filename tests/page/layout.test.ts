import { describe, expect, it } from 'vitest';
import { narrowestPanel, placePanel, widestPanel, type Rect } from '../../lib/page/layout';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const panelRect = (spot: ReturnType<typeof placePanel>, size: { width: number; height: number }) =>
  rect(spot.left, spot.top, Math.min(size.width, spot.maxWidth), Math.min(size.height, spot.maxHeight));
const viewport = { width: 1280, height: 900 };

describe('placing the panel beside its composer', () => {
  it('goes right of the composer, level with its top, narrowed to the room there and clear of the window edge', () => {
    const composer = rect(304, 140, 672, 150);
    const size = { width: widestPanel, height: 180 };
    const spot = placePanel(composer, size, viewport);
    expect(spot).toMatchObject({ side: 'right', left: 984, top: 140, maxWidth: 284 });
    expect(spot.left + spot.maxWidth).toBeLessThanOrEqual(viewport.width - 12);
    expect(overlaps(panelRect(spot, size), composer)).toBe(false);
  });

  it('goes left when the composer reaches the right edge', () => {
    const spot = placePanel(rect(700, 100, 560, 80), { width: 300, height: 100 }, viewport);
    expect(spot.side).toBe('left');
    expect(spot.left + 300).toBeLessThanOrEqual(700);
  });

  it('goes above a composer with no room beside it – never over it and never under it, where the next post is', () => {
    const composer = rect(40, 400, 1200, 150);
    const size = { width: 300, height: 200 };
    const spot = placePanel(composer, size, viewport);
    expect(spot.side).toBe('above');
    expect(spot.top + Math.min(size.height, spot.maxHeight)).toBeLessThanOrEqual(composer.top);
    expect(spot.maxHeight).toBe(400 - 8 - 12);
    const under = rect(40, composer.bottom, 1200, 300);
    expect(overlaps(panelRect(spot, size), composer) || overlaps(panelRect(spot, size), under)).toBe(false);
  });

  it('says how little room there is above a composer high on the screen (the panel folds its list there)', () => {
    const spot = placePanel(rect(40, 100, 1200, 150), { width: 300, height: 200 }, viewport);
    expect(spot).toMatchObject({ side: 'above', maxHeight: 80 });
  });

  it('puts a list the person opened under the composer when it is too tall for the room above', () => {
    const composer = rect(40, 100, 1200, 150);
    const spot = placePanel(composer, { width: 300, height: 200 }, viewport, true);
    expect(spot).toMatchObject({ side: 'below', top: 258, maxHeight: 900 - 250 - 8 - 12 });
  });

  it('uses a side with room for at least the narrowest readable panel', () => {
    const size = { width: widestPanel, height: 100 };
    expect(placePanel(rect(0, 200, viewport.width - narrowestPanel - 30, 50), size, viewport).side).toBe('right');
    expect(placePanel(rect(0, 200, viewport.width - narrowestPanel, 50), size, viewport).side).toBe('above');
  });

  it('keeps a tall panel beside the composer inside the window', () => {
    const spot = placePanel(rect(100, 700, 600, 150), { width: 300, height: 400 }, viewport);
    expect(spot.side).toBe('right');
    expect(spot.top + 400).toBeLessThanOrEqual(viewport.height - 12);
  });
});
