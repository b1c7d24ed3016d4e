import { resolveUiLanguage } from '../config/schema';
import { unitContact } from '../engine/messages';
import type { EffectiveConfig } from '../config/resolve';
import { h } from './dom';
import type { UiLang, UiStrings } from './strings';

/** The UI language: the person's override, else the browser's. */
export function uiLanguageOf(config: EffectiveConfig): UiLang {
  return resolveUiLanguage(config.preferences.uiLanguage, globalThis.navigator?.language);
}

/** The page's UI language, also set on <html lang>. */
export function pageLanguage(config: EffectiveConfig): UiLang {
  const lang = uiLanguageOf(config);
  document.documentElement.lang = lang;
  return lang;
}

/** Shown on every extension page while crisis mode is on. */
export function crisisBanner(config: EffectiveConfig, strings: UiStrings): HTMLElement | null {
  if (!config.settings.crisisMode) return null;
  return h(
    'p',
    { class: 'banner crisis', id: 'crisis-banner' },
    strings.crisisBanner(config.settings.communicationsUnit.name, unitContact(config.settings)),
  );
}

/** An invalid policy or invalid stored settings: said plainly, with the field and the problem. */
export function problemBanners(config: EffectiveConfig, strings: UiStrings): HTMLElement[] {
  return [
    config.policyError && h('p', { class: 'banner problem', id: 'policy-error' }, strings.policyInvalid(config.policyError)),
    config.userError && h('p', { class: 'banner problem', id: 'user-error' }, strings.userSettingsInvalid(config.userError)),
  ].filter((banner): banner is HTMLParagraphElement => Boolean(banner));
}
