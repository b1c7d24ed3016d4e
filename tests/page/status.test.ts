// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tabStatusSchema } from '../../lib/config/messages';
import { tabStatus } from '../../lib/page/status';
import { xAdapter } from '../../lib/page/sites/x';
import type { Watcher } from '../../lib/page/watcher';
import { focusBox, mount, snippets, startWatcher, type } from './helpers';

let watcher: Watcher | undefined;

afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('tabStatus', () => {
  it('reports the site, the watched boxes and the findings of the box focused last, valid for the popup', async () => {
    vi.useFakeTimers();
    mount(snippets.xDm);
    const box = mount(snippets.xTimeline).querySelector<HTMLElement>('[data-testid^="tweetTextarea_"]')!;
    watcher = startWatcher(xAdapter);
    expect(tabStatus('x', watcher)).toEqual({ site: 'x', enabled: true, boxes: 2, active: null });
    focusBox(box);
    type(box, 'Din idiot, for en skandale');
    await vi.advanceTimersByTimeAsync(300);
    const status = tabStatus('x', watcher);
    expect(tabStatusSchema.parse(status)).toEqual({
      site: 'x',
      enabled: true,
      boxes: 2,
      active: {
        lang: 'nb',
        counts: { critical: 1, warning: 1, info: 0 },
        rules: [{ rule: 'offensive', severity: 'critical' }, { rule: 'political-opinion', severity: 'warning' }],
      },
    });
    watcher.stop();
    expect(tabStatus('x', watcher)).toEqual({ site: 'x', enabled: false, boxes: 0, active: null });
  });
});
