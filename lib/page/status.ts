import { browser } from 'wxt/browser';
import { statusRequestSchema, tabStatusSchema, type TabStatus } from '../config/messages';
import type { SiteId } from '../config/schema';
import type { Watcher } from './watcher';

/** The page's answer to the popup: the site, whether it is watched, how many boxes, the active box's findings. */
export function tabStatus(site: SiteId, watcher: Watcher): TabStatus {
  const active = watcher.activeBox;
  const findings = active?.findings ?? [];
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return tabStatusSchema.parse({
    site,
    enabled: watcher.running,
    boxes: watcher.boxCount,
    active: active
      ? { lang: active.lang, counts, rules: findings.map(({ rule, severity }) => ({ rule, severity })) }
      : null,
  });
}

/** Answers `vaer-varsom:status` from the popup; other messages are left to other listeners. */
export function answerStatusRequests(site: SiteId, watcher: Watcher): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: TabStatus) => void) => {
    if (!statusRequestSchema.safeParse(message).success) return false;
    sendResponse(tabStatus(site, watcher));
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
