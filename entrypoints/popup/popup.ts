import { browser } from 'wxt/browser';
import { isLocked, type EffectiveConfig } from '../../lib/config/resolve';
import { loadConfig, savePreferences, saveUserSettings, watchConfig } from '../../lib/config/store';
import { siteIds, uiLanguageSchema, type SiteId } from '../../lib/config/schema';
import { tabStatusSchema, type StatusRequest, type TabStatus } from '../../lib/config/messages';
import { severities } from '../../lib/engine/schema';
import { renderGuideline } from '../../lib/ui/guideline-view';
import { h, idList } from '../../lib/ui/dom';
import { crisisBanner, problemBanners, pageLanguage } from '../../lib/ui/page';
import { uiStrings, type UiLang, type UiStrings } from '../../lib/ui/strings';

const statusRequest: StatusRequest = { type: 'vaer-varsom:status' };

/** Asks the active tab's content script how things stand; no answer means the page is not one of the three sites. */
async function queryTabStatus(): Promise<TabStatus | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    return tabStatusSchema.safeParse(await browser.tabs.sendMessage(tab.id, statusRequest)).data;
  } catch {
    return undefined; // "Receiving end does not exist": no content script runs on this page.
  }
}

function renderStatus(status: TabStatus | undefined, strings: UiStrings): HTMLElement {
  const body = status
    ? [
        h('p', { 'data-status': status.enabled ? 'on' : 'off' }, strings.statusSite(strings.siteNames[status.site], status.enabled)),
        h('p', {}, status.boxes === 0 ? strings.statusNoBox : strings.statusBoxes(status.boxes)),
        status.active && renderCounts(status.active.counts, strings),
      ]
    : [h('p', { 'data-status': 'unsupported' }, strings.statusUnsupported)];
  return h('section', { class: 'status', 'aria-labelledby': 'status-heading' }, h('h2', { id: 'status-heading' }, strings.statusHeading), body);
}

function renderCounts(counts: NonNullable<TabStatus['active']>['counts'], strings: UiStrings): HTMLElement {
  const present = [...severities].reverse().filter((severity) => counts[severity] > 0);
  if (present.length === 0) return h('p', {}, strings.statusActiveClean);
  return h(
    'div',
    {},
    h('p', {}, strings.statusActiveCounts),
    h('ul', { class: 'counts' }, present.map((severity) => h('li', { 'data-severity': severity }, `${strings.severity[severity]}: ${counts[severity]}`))),
  );
}

function lockNote(id: string, locked: boolean, strings: UiStrings): HTMLElement | null {
  return locked ? h('p', { id, class: 'locked' }, strings.lockedByPolicy) : null;
}

function checkbox(
  id: string,
  label: string,
  checked: boolean,
  locked: boolean,
  strings: UiStrings,
  onChange: (checked: boolean) => void,
  hint?: string,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    id,
    checked,
    disabled: locked,
    'aria-describedby': idList(hint && `${id}-hint`, locked && `${id}-locked`),
  });
  input.addEventListener('change', () => onChange(input.checked));
  return h(
    'div',
    { class: 'switch' },
    input,
    h('label', { for: id }, label),
    hint && h('p', { id: `${id}-hint`, class: 'hint' }, hint),
    lockNote(`${id}-locked`, locked, strings),
  );
}

function renderSwitches(config: EffectiveConfig, strings: UiStrings): HTMLElement {
  const crisis = checkbox(
    'crisis-mode',
    strings.crisisSwitch,
    config.settings.crisisMode,
    isLocked(config, 'crisisMode'),
    strings,
    (crisisMode) => void saveUserSettings({ crisisMode }),
    strings.crisisSwitchHint,
  );
  const sites = siteIds.map((site: SiteId) =>
    checkbox(
      `site-${site}`,
      strings.siteSwitch(strings.siteNames[site]),
      config.preferences.sites[site],
      isLocked(config, `sites.${site}`),
      strings,
      (enabled) => void savePreferences({ sites: { [site]: enabled } }),
    ),
  );
  const language = h(
    'select',
    { id: 'ui-language' },
    uiLanguageSchema.options.map((option) =>
      h('option', { value: option, lang: option === 'auto' ? undefined : option }, strings.languageNames[option]),
    ),
  );
  language.value = config.preferences.uiLanguage;
  language.addEventListener('change', () => void savePreferences({ uiLanguage: uiLanguageSchema.parse(language.value) }));
  return h(
    'section',
    { class: 'switches', 'aria-labelledby': 'switches-heading' },
    h('h2', { id: 'switches-heading' }, strings.switchesHeading),
    crisis,
    sites,
    h('div', { class: 'field' }, h('label', { for: 'ui-language' }, strings.languageLabel), language),
  );
}

function renderLinks(strings: UiStrings): HTMLElement {
  return h(
    'nav',
    { class: 'links', 'aria-label': strings.appName },
    h('a', { href: browser.runtime.getURL('/options.html'), target: '_blank', id: 'open-options' }, strings.openOptions),
    h('a', { href: browser.runtime.getURL('/guideline.html'), target: '_blank', id: 'open-guideline' }, strings.openGuideline),
  );
}

export function renderPopup(config: EffectiveConfig, status: TabStatus | undefined, lang: UiLang): HTMLElement[] {
  const strings = uiStrings[lang];
  return [
    h('h1', {}, strings.appName),
    crisisBanner(config, strings),
    ...problemBanners(config, strings),
    renderStatus(status, strings),
    renderSwitches(config, strings),
    renderLinks(strings),
    renderGuideline(lang, 2),
  ].filter((element): element is HTMLElement => element !== null);
}

/** Renders the popup and re-renders it whenever the settings change, keeping keyboard focus where it was. */
export async function mountPopup(root: HTMLElement): Promise<void> {
  const render = async (config: EffectiveConfig) => {
    const status = await queryTabStatus();
    const focusedId = document.activeElement?.id;
    root.replaceChildren(...renderPopup(config, status, pageLanguage(config)));
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  await render(await loadConfig());
  watchConfig((config) => void render(config));
}
