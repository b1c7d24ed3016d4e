import { describe, expect, it } from 'vitest';
import { narrowestPanel, panelTop, placeBeside } from '../../lib/page/layout';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;
const viewport = { width: 1280, height: 900 };

describe('placing the panel beside its box', () => {
  it('goes right of the box, narrowed to the room there, level with its top', () => {
    const box = rect(314, 156, 653, 74);
    const place = placeBeside(box, 360, viewport);
    expect(place).toEqual({ left: 973, maxWidth: 301, side: 'right' });
    expect(panelTop(box, 120, place.side, viewport)).toBe(156);
  });

  it('goes left when the box reaches the right edge', () => {
    const place = placeBeside(rect(700, 100, 560, 80), 300, viewport);
    expect(place.side).toBe('left');
    expect(place.left).toBe(700 - 6 - 300);
  });

  it('goes above a full-width box low on the screen, and below one high on the screen – never over it', () => {
    const low = rect(0, 700, 1280, 100);
    const above = placeBeside(low, 300, viewport);
    expect(above.side).toBe('above');
    expect(panelTop(low, 150, above.side, viewport) + 150).toBeLessThanOrEqual(low.top);
    const high = rect(0, 50, 1280, 100);
    const below = placeBeside(high, 300, viewport);
    expect(below.side).toBe('below');
    expect(panelTop(high, 150, below.side, viewport)).toBeGreaterThanOrEqual(high.bottom);
  });

  it('uses a side with room for at least the narrowest readable panel', () => {
    expect(placeBeside(rect(0, 0, viewport.width - narrowestPanel - 20, 50), 360, viewport).side).toBe('right');
    expect(placeBeside(rect(0, 0, viewport.width - narrowestPanel + 20, 50), 360, viewport).side).toBe('below');
  });
});
