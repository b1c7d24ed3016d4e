import type { z } from 'zod/mini';
import { isLocked, type EffectiveConfig } from '../../lib/config/resolve';
import { loadConfig, resetUserSettings, saveUserSettings, watchConfig } from '../../lib/config/store';
import { ruleIds, severities, severitySchema, type RuleId } from '../../lib/engine/schema';
import { partialOrganisationSettingsSchema, protectedRules, type PartialOrganisationSettings } from '../../lib/engine/settings';
import { rules } from '../../rules';
import { h, idList } from '../../lib/ui/dom';
import { crisisBanner, pageLanguage, problemBanners } from '../../lib/ui/page';
import { uiStrings, type UiStrings } from '../../lib/ui/strings';

type FieldProblem = 'required' | 'url' | 'domain' | 'email' | 'phone';

/** One text field of the form, bound to a settings path such as `organisation.website`. */
interface TextField {
  group: 'organisation' | 'communicationsUnit';
  key: string;
  label: keyof UiStrings['fields'];
  type: 'text' | 'url' | 'email' | 'tel';
  /** A list, edited one item per line. */
  lines?: true;
  /** May be left empty (then the default applies). */
  optional?: true;
  /** What a valid value looks like, said when the value is not one. */
  problem: FieldProblem;
}

const textFields: readonly TextField[] = [
  { group: 'organisation', key: 'name', label: 'organisationName', type: 'text', problem: 'required' },
  { group: 'organisation', key: 'website', label: 'website', type: 'url', optional: true, problem: 'url' },
  { group: 'organisation', key: 'officialDomains', label: 'officialDomains', type: 'text', lines: true, problem: 'domain' },
  { group: 'organisation', key: 'officialEmails', label: 'officialEmails', type: 'email', lines: true, problem: 'email' },
  { group: 'organisation', key: 'officialPhoneNumbers', label: 'officialPhoneNumbers', type: 'tel', lines: true, problem: 'phone' },
  { group: 'communicationsUnit', key: 'name', label: 'unitName', type: 'text', problem: 'required' },
  { group: 'communicationsUnit', key: 'phone', label: 'unitPhone', type: 'tel', optional: true, problem: 'phone' },
  { group: 'communicationsUnit', key: 'email', label: 'unitEmail', type: 'email', optional: true, problem: 'email' },
];

const pathOf = (field: TextField) => `${field.group}.${field.key}`;
const idOf = (field: TextField) => `${field.group}-${field.key}`;

function currentValue(config: EffectiveConfig, field: TextField): string {
  const value: unknown = (config.settings[field.group] as Record<string, unknown>)[field.key];
  if (Array.isArray(value)) return value.join('\n');
  return typeof value === 'string' ? value : '';
}

function renderTextField(config: EffectiveConfig, field: TextField, strings: UiStrings): HTMLElement {
  const id = idOf(field);
  const locked = isLocked(config, pathOf(field));
  const describedBy = idList(field.lines && `${id}-hint`, locked && `${id}-locked`, `${id}-error`);
  const common = { id, name: id, disabled: locked, 'aria-describedby': describedBy };
  const input = field.lines
    ? h('textarea', { ...common, rows: 3 }, currentValue(config, field))
    : h('input', { ...common, type: field.type, value: currentValue(config, field), required: !field.optional });
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, strings.fields[field.label]),
    field.lines && h('p', { id: `${id}-hint`, class: 'hint' }, strings.onePerLine),
    input,
    locked && h('p', { id: `${id}-locked`, class: 'locked' }, strings.lockedByPolicy),
    h('p', { id: `${id}-error`, class: 'error', hidden: true }),
  );
}

function renderRules(config: EffectiveConfig, strings: UiStrings): HTMLElement {
  const disabledLocked = isLocked(config, 'disabledRules');
  const rows = rules.map((rule) => {
    // The person cannot quiet confidentiality or legal liability; only the policy can.
    const personsChoice = !protectedRules.includes(rule.id);
    const overrideLocked = isLocked(config, `severityOverrides.${rule.id}`) || !personsChoice;
    const describedBy = personsChoice ? {} : { 'aria-describedby': 'protected-rules' };
    const override = config.settings.severityOverrides[rule.id];
    return h(
      'tr',
      {},
      h('th', { scope: 'row', id: `rule-${rule.id}` }, strings.ruleNames[rule.id]),
      h(
        'td',
        {},
        h('input', {
          type: 'checkbox',
          id: `disabled-${rule.id}`,
          'data-rule': rule.id,
          checked: config.settings.disabledRules.includes(rule.id),
          disabled: disabledLocked || !personsChoice,
          'aria-label': `${strings.ruleNames[rule.id]}: ${strings.ruleOff}`,
          ...describedBy,
        }),
      ),
      h(
        'td',
        {},
        h(
          'select',
          {
            id: `severity-${rule.id}`,
            'data-rule': rule.id,
            disabled: overrideLocked,
            'aria-label': `${strings.ruleNames[rule.id]}: ${strings.ruleSeverity}`,
            ...describedBy,
          },
          h('option', { value: '', selected: override === undefined }, strings.defaultSeverity(strings.severity[rule.severity])),
          severities.map((severity) => h('option', { value: severity, selected: override === severity }, strings.severity[severity])),
        ),
      ),
    );
  });
  const lockedNote = (disabledLocked || config.locked.some((path) => path.startsWith('severityOverrides.'))) && h('p', { class: 'locked' }, strings.lockedByPolicy);
  return h(
    'fieldset',
    {},
    h('legend', {}, strings.rulesLegend),
    lockedNote,
    h('p', { id: 'protected-rules', class: 'hint' }, strings.protectedRules(protectedRules.map((rule) => strings.ruleNames[rule]))),
    h(
      'table',
      { class: 'rules' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, strings.ruleColumn), h('th', { scope: 'col' }, strings.ruleOff), h('th', { scope: 'col' }, strings.ruleSeverity))),
      h('tbody', {}, rows),
    ),
  );
}

const splitLines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The user's settings layer as the form says, leaving out what the policy locks (it would not apply anyway). */
export function readForm(form: HTMLFormElement, config: EffectiveConfig): PartialOrganisationSettings {
  const groups: Record<TextField['group'], Record<string, unknown>> = { organisation: {}, communicationsUnit: {} };
  for (const field of textFields) {
    if (isLocked(config, pathOf(field))) continue;
    const raw = form.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${idOf(field)}`)!.value;
    if (field.lines) groups[field.group][field.key] = splitLines(raw);
    else if (!(field.optional && raw.trim() === '')) groups[field.group][field.key] = raw.trim();
  }
  const layer: Record<string, unknown> = { ...groups };
  if (!isLocked(config, 'disabledRules')) {
    layer.disabledRules = [...form.querySelectorAll<HTMLInputElement>('input[id^="disabled-"]:checked:not(:disabled)')].map((box) => box.dataset.rule);
  }
  const overrides: Record<string, unknown> = {};
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[id^="severity-"]')) {
    const rule = select.dataset.rule as RuleId;
    if (select.value !== '' && !select.disabled) overrides[rule] = severitySchema.parse(select.value);
  }
  layer.severityOverrides = overrides;
  // Everything above is validated by the caller with the same schema as the policy; this cast only names the shape.
  return layer as PartialOrganisationSettings;
}

/** What to say next to a field about one zod issue: the field's own hint, with the line for list items. */
function describeProblem(field: TextField, issue: z.core.$ZodIssue, strings: UiStrings): string {
  const errors = strings.fieldErrors;
  const line = issue.path[2];
  if (typeof line === 'number') return errors.onLine(line + 1, errors[field.problem]);
  if (issue.code === 'too_big') return field.lines ? errors.tooMany(Number(issue.maximum)) : errors.tooLong(Number(issue.maximum));
  return errors[field.problem];
}

/** Marks each field that has a problem (aria-invalid, the message in its aria-describedby) and clears the rest. */
export function showFieldErrors(form: HTMLFormElement, issues: readonly z.core.$ZodIssue[], strings: UiStrings): HTMLElement | undefined {
  let firstInvalid: HTMLElement | undefined;
  for (const field of textFields) {
    const input = form.querySelector<HTMLElement>(`#${idOf(field)}`)!;
    const message = form.querySelector<HTMLElement>(`#${idOf(field)}-error`)!;
    const problems = issues
      .filter((issue) => issue.path[0] === field.group && issue.path[1] === field.key)
      .map((issue) => describeProblem(field, issue, strings));
    message.textContent = [...new Set(problems)].join(' ');
    message.hidden = problems.length === 0;
    if (problems.length > 0) {
      input.setAttribute('aria-invalid', 'true');
      firstInvalid ??= input;
    } else input.removeAttribute('aria-invalid');
  }
  return firstInvalid;
}

export function renderOptions(config: EffectiveConfig, strings: UiStrings): HTMLElement[] {
  const group = (legend: string, fields: readonly TextField[]) =>
    h('fieldset', {}, h('legend', {}, legend), fields.map((field) => renderTextField(config, field, strings)));
  const form = h(
    'form',
    { id: 'settings-form', novalidate: true },
    group(strings.organisationLegend, textFields.filter((field) => field.group === 'organisation')),
    group(strings.communicationsUnitLegend, textFields.filter((field) => field.group === 'communicationsUnit')),
    renderRules(config, strings),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', id: 'save' }, strings.save),
      h('button', { type: 'button', id: 'reset', class: 'secondary' }, strings.resetDefaults),
      h('p', { id: 'form-status', role: 'status' }),
    ),
  );
  return [
    h('h1', {}, strings.optionsTitle),
    crisisBanner(config, strings),
    ...problemBanners(config, strings),
    h('p', {}, strings.optionsIntro),
    form,
  ].filter((element): element is HTMLElement => element !== null);
}

/** Renders the form; saving validates with the settings schema and stores nothing while any field is invalid. */
export async function mountOptions(root: HTMLElement): Promise<void> {
  const render = (config: EffectiveConfig) => {
    const strings = uiStrings[pageLanguage(config)];
    root.replaceChildren(...renderOptions(config, strings));
    document.title = strings.optionsTitle;
    const form = root.querySelector<HTMLFormElement>('#settings-form')!;
    const status = root.querySelector<HTMLElement>('#form-status')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const result = partialOrganisationSettingsSchema.safeParse(readForm(form, config));
      const firstInvalid = showFieldErrors(form, result.error?.issues ?? [], strings);
      if (!result.success) {
        status.textContent = strings.notSaved;
        firstInvalid?.focus();
        return;
      }
      void saveUserSettings(result.data).then(() => (status.textContent = strings.saved));
    });
    root.querySelector('#reset')!.addEventListener('click', () => {
      void resetUserSettings()
        .then(loadConfig)
        .then((fresh) => {
          render(fresh);
          root.querySelector('#form-status')!.textContent = strings.resetDone;
        });
    });
  };
  render(await loadConfig());
  // After the browser starts, the policy can arrive seconds after the page: what it locks must show.
  watchConfig(render, ['managed']);
}
