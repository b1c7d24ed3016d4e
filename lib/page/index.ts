import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadConfig, watchConfig } from '../config/store';
import { resolveConfig, type EffectiveConfig } from '../config/resolve';
import type { OpenGuidelineRequest } from '../config/messages';
import type { GuidelineLink } from './panel';
import { answerStatusRequests } from './status';
import type { SiteAdapter } from './sites/adapter';
import { pageStrings } from './strings';
import { Watcher } from './watcher';

const guideline: GuidelineLink = {
  url: (section) => browser.runtime.getURL(`/guideline.html#${section}`),
  open: (section) => {
    const request: OpenGuidelineRequest = { type: 'vaer-varsom:open-guideline', anchor: section };
    void browser.runtime.sendMessage(request);
  },
};

/** Everything a site's content script does: watch boxes while the site is switched on, answer the popup. */
export function guardPage(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  // Guard at once with the defaults: reading managed storage took over 3 s in Chromium here,
  // and a draft typed meanwhile must not go unchecked. The stored config follows when read.
  const defaults = resolveConfig({});
  const watcher = new Watcher({ adapter, guideline, ...pageSettings(defaults) });
  const apply = (next: EffectiveConfig) => {
    const { settings, strings } = pageSettings(next);
    watcher.configure(settings, strings);
    if (next.preferences.sites[adapter.site]) watcher.start();
    else watcher.stop();
  };
  apply(defaults);
  void loadConfig().then((config) => ctx.isValid && apply(config));
  const stopWatchingConfig = watchConfig((next) => ctx.isValid && apply(next));
  const stopAnswering = answerStatusRequests(adapter.site, watcher);
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.running && watcher.rescan());
  ctx.onInvalidated(() => {
    stopWatchingConfig();
    stopAnswering();
    watcher.stop();
  });
}

function pageSettings(config: EffectiveConfig) {
  return { settings: config.settings, strings: pageStrings(config.preferences.uiLanguage) };
}
