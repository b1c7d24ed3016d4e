import type { OrganisationSettings } from './settings';
import type { Lang, MessageLang } from './schema';
import type { LocalizedMessages, RuleMessages } from './rule';

export function messageLang(lang: Lang): MessageLang {
  return lang === 'und' ? 'nb' : lang;
}

/** The communications unit's contact as one line: phone and e-mail, or just its name. */
export function unitContact(settings: OrganisationSettings): string {
  const unit = settings.communicationsUnit;
  return [unit.phone, unit.email].filter(Boolean).join(', ') || unit.name;
}

/** Fills {organisation}, {unit} and {unitContact} in a rule's messages from the settings. */
export function renderMessages(
  messages: LocalizedMessages,
  lang: Lang,
  settings: OrganisationSettings,
): RuleMessages {
  const values: Record<string, string> = {
    organisation: settings.organisation.name,
    unit: settings.communicationsUnit.name,
    unitContact: unitContact(settings),
  };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  const chosen = messages[messageLang(lang)];
  return { message: fill(chosen.message), suggestion: fill(chosen.suggestion) };
}
