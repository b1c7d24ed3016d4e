import { browser, type Browser } from 'wxt/browser';
import type { EffectiveConfig } from '../lib/config/resolve';
import { openGuidelineRequestSchema } from '../lib/config/messages';
import { loadConfig, watchConfig } from '../lib/config/store';
import { uiLanguageOf } from '../lib/ui/page';
import { uiStrings } from '../lib/ui/strings';

// Firefox MV2 has browserAction where Chromium MV3 has action.
const toolbarButton = browser.action ?? browser.browserAction;

/** While crisis mode is on, the toolbar button says so, so nobody misses it between posts. */
function showCrisisMode(config: EffectiveConfig): void {
  const strings = uiStrings[uiLanguageOf(config)];
  const on = config.settings.crisisMode;
  void toolbarButton.setBadgeText({ text: on ? '!' : '' });
  void toolbarButton.setBadgeBackgroundColor({ color: '#a30021' });
  void toolbarButton.setTitle({ title: on ? `${strings.appName}: ${strings.crisisSwitch}` : strings.appName });
}

/** Only our own content scripts ask: a message from anywhere else, or of another shape, is ignored. */
function fromOwnContentScript(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined;
}

/** The guideline tab opened last; reused, so that a burst of requests never opens a pile of tabs. */
let guidelineTab: Promise<number | undefined> = Promise.resolve(undefined);

function openGuideline(anchor: string | undefined): void {
  const url = browser.runtime.getURL(`/guideline.html${anchor ? `#${anchor}` : ''}`);
  guidelineTab = guidelineTab
    .then(async (id) => {
      const open = id === undefined ? undefined : await browser.tabs.get(id).catch(() => undefined);
      const tab = open?.id === undefined ? await browser.tabs.create({ url }) : await browser.tabs.update(open.id, { url, active: true });
      return tab?.id;
    })
    .catch(() => undefined);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const request = openGuidelineRequestSchema.safeParse(message);
    if (request.success && fromOwnContentScript(sender)) openGuideline(request.data.anchor);
  });
  void loadConfig().then(showCrisisMode);
  watchConfig(showCrisisMode);
});
