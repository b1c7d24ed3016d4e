// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followWhileMoving } from '../../lib/page/layout';

/** A box that moves while `moving` is set: `place` says whether it moved, as the controller's does. */
function box() {
  const state = { moving: true };
  const place = vi.fn(() => state.moving);
  return { state, place };
}

/** How often `place` ran in the next second. */
function callsPerSecond(place: ReturnType<typeof vi.fn>): number {
  place.mockClear();
  vi.advanceTimersByTime(1000);
  return place.mock.calls.length;
}

describe('following the focused box', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('follows every frame while the box moves, and looks only every 100 ms once it has stood still for 30 frames', () => {
    const { state, place } = box();
    const stop = followWhileMoving(place);
    expect(callsPerSecond(place)).toBeGreaterThanOrEqual(55);
    state.moving = false;
    vi.advanceTimersByTime(1000);
    expect(callsPerSecond(place)).toBe(10);
    stop();
  });

  it('goes back to every frame when a look sees that the box moved', () => {
    const { state, place } = box();
    const stop = followWhileMoving(place);
    state.moving = false;
    vi.advanceTimersByTime(2000);
    state.moving = true;
    vi.advanceTimersByTime(100);
    expect(callsPerSecond(place)).toBeGreaterThanOrEqual(55);
    stop();
  });

  it.each(['animationstart', 'transitionrun', 'pointerdown'])('follows every frame at once when the page reports %s', (type) => {
    const { state, place } = box();
    const stop = followWhileMoving(place);
    state.moving = false;
    vi.advanceTimersByTime(2000);
    document.body.dispatchEvent(new Event(type, { bubbles: true }));
    place.mockClear();
    vi.advanceTimersByTime(160);
    expect(place.mock.calls.length).toBeGreaterThanOrEqual(9);
    stop();
  });

  it('does nothing more once stopped, whatever the page reports', () => {
    const { place } = box();
    const stop = followWhileMoving(place);
    vi.advanceTimersByTime(100);
    stop();
    document.body.dispatchEvent(new Event('animationstart', { bubbles: true }));
    expect(callsPerSecond(place)).toBe(0);
  });
});
