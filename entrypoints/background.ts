import { browser } from 'wxt/browser';
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

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message) => {
    const request = openGuidelineRequestSchema.safeParse(message);
    if (!request.success) return;
    const anchor = request.data.anchor ? `#${request.data.anchor}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/guideline.html${anchor}`) });
  });
  void loadConfig().then(showCrisisMode);
  watchConfig(showCrisisMode);
});
