import { browser } from 'wxt/browser';
import { isLocked, resolveConfig, type EffectiveConfig } from '../../lib/config/resolve';
import { loadConfigInStages, savePreferences, saveUserSettings, watchConfig } from '../../lib/config/store';
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

/** What the popup knows so far. It shows at once and again as each answer comes in. */
export interface PopupState {
  config: EffectiveConfig;
  /** 'defaults': nothing read yet; 'user': the person's own settings, the policy not yet; 'complete'. */
  stage: 'defaults' | 'user' | 'complete';
  /** undefined: the page is not one of the three sites; 'pending': the tab has not answered yet. */
  tab: TabStatus | undefined | 'pending';
}

function renderStatus(tab: PopupState['tab'], strings: UiStrings): HTMLElement {
  const body =
    tab === 'pending'
      ? [h('p', {}, strings.statusPending)]
      : tab
        ? [
            h('p', { 'data-status': tab.enabled ? 'on' : 'off' }, strings.statusSite(strings.siteNames[tab.site], tab.enabled)),
            h('p', {}, tab.boxes === 0 ? strings.statusNoBox : strings.statusBoxes(tab.boxes)),
            tab.active && renderCounts(tab.active.counts, strings),
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

interface CheckboxSpec {
  id: string;
  label: string;
  checked: boolean;
  /** Fixed by the policy: disabled, and says so. */
  locked: boolean;
  /** Disabled without a note, e.g. while the policy that may lock it has not answered. */
  waiting: boolean;
  hint?: string;
  onChange: (checked: boolean) => void;
}

function checkbox({ id, label, checked, locked, waiting, hint, onChange }: CheckboxSpec, strings: UiStrings): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    id,
    checked,
    disabled: locked || waiting,
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

function renderSwitches({ config, stage }: PopupState, strings: UiStrings): HTMLElement {
  const waiting = stage !== 'complete';
  const crisis = checkbox(
    {
      id: 'crisis-mode',
      label: strings.crisisSwitch,
      checked: config.settings.crisisMode,
      locked: isLocked(config, 'crisisMode'),
      waiting,
      hint: strings.crisisSwitchHint,
      onChange: (crisisMode) => void saveUserSettings({ crisisMode }),
    },
    strings,
  );
  const sites = siteIds.map((site: SiteId) =>
    checkbox(
      {
        id: `site-${site}`,
        label: strings.siteSwitch(strings.siteNames[site]),
        checked: config.preferences.sites[site],
        locked: isLocked(config, `sites.${site}`),
        waiting,
        onChange: (enabled) => void savePreferences({ sites: { [site]: enabled } }),
      },
      strings,
    ),
  );
  return h(
    'section',
    { class: 'switches', 'aria-labelledby': 'switches-heading', 'aria-busy': waiting ? 'true' : undefined },
    h('h2', { id: 'switches-heading' }, strings.switchesHeading),
    crisis,
    sites,
  );
}

/** The product's name with the UI language beside it: Chrome has no Nynorsk UI, so Nynorsk is picked here. */
function renderHeader(config: EffectiveConfig, strings: UiStrings): HTMLElement {
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
    'header',
    { class: 'popup-header' },
    h('h1', {}, strings.appName),
    h('div', { class: 'language' }, h('label', { for: 'ui-language' }, strings.languageLabel), language),
  );
}

/** The first-run explanation, until the person puts it away; hidden until their own settings say whether they did. */
function renderIntro({ config, stage }: PopupState, lang: UiLang): HTMLElement | null {
  if (stage === 'defaults' || config.preferences.introDismissed) return null;
  const strings = uiStrings[lang];
  const dismiss = h('button', { type: 'button', class: 'secondary', 'data-action': 'dismiss-intro' }, strings.introDismiss);
  dismiss.addEventListener('click', () => void savePreferences({ introDismissed: true }));
  return h(
    'section',
    { class: 'intro', 'aria-labelledby': 'intro-heading' },
    h('h2', { id: 'intro-heading' }, strings.introHeading),
    h('p', {}, strings.introHowItWorks),
    h('p', {}, strings.introTryIt),
    h('p', { class: 'example', lang }, strings.introExample),
    dismiss,
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

export function renderPopup(state: PopupState, lang: UiLang): HTMLElement[] {
  const strings = uiStrings[lang];
  return [
    renderHeader(state.config, strings),
    state.stage !== 'complete' && h('p', { role: 'status', id: 'config-loading', class: 'loading' }, strings.configLoading),
    crisisBanner(state.config, strings),
    ...problemBanners(state.config, strings),
    renderIntro(state, lang),
    renderStatus(state.tab, strings),
    renderSwitches(state, strings),
    renderLinks(strings),
    renderGuideline(lang, 2),
  ].filter((element): element is HTMLElement => Boolean(element));
}

/**
 * Shows the popup at once with the defaults, then with the person's own settings, then with the
 * policy (which can take seconds after the browser starts), and again whenever the settings
 * change, keeping keyboard focus where it was. Resolves once the settings and the tab have answered.
 */
export async function mountPopup(root: HTMLElement): Promise<void> {
  let state: PopupState = { config: resolveConfig({}), stage: 'defaults', tab: 'pending' };
  const show = (next: Partial<PopupState>) => {
    state = { ...state, ...next };
    const focusedId = document.activeElement?.id;
    root.replaceChildren(...renderPopup(state, pageLanguage(state.config)));
    if (focusedId) document.getElementById(focusedId)?.focus();
  };
  // A settings change makes the answers to questions asked before it stale.
  let changes = 0;
  const askTab = async () => {
    const askedAt = changes;
    const tab = await queryTabStatus();
    if (askedAt === changes) show({ tab });
  };
  const loadSettings = async () => {
    const askedAt = changes;
    const config = await loadConfigInStages((userConfig) => askedAt === changes && show({ config: userConfig, stage: 'user' }));
    if (askedAt === changes) show({ config, stage: 'complete' });
  };
  show({});
  watchConfig((config) => {
    changes += 1;
    show({ config, stage: 'complete' });
    void askTab();
  });
  await Promise.all([askTab(), loadSettings()]);
}
