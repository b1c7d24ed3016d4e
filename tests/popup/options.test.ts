// @vitest-environment happy-dom
import { getByLabelText, getByRole } from '@testing-library/dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountOptions } from '../../entrypoints/options/options';
import { storageKeys } from '../../lib/config/store';
import { uiStrings } from '../../lib/ui/strings';

const nb = uiStrings.nb;
const storedSettings = async (): Promise<Record<string, unknown>> =>
  (await fakeBrowser.storage.local.get(storageKeys.settings))[storageKeys.settings] as Record<string, unknown>;

async function openOptions(): Promise<HTMLElement> {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  await mountOptions(root);
  return root;
}

function field<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, id: string): T {
  return root.querySelector<T>(`#${id}`)!;
}

/** The texts an element's aria-describedby points at. */
function description(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .filter((node) => node && !node.hidden)
    .map((node) => node!.textContent ?? '');
}

async function submit(root: HTMLElement): Promise<void> {
  getByRole(root, 'button', { name: nb.save }).click();
  await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('nb-NO');
});

describe('options page', () => {
  it('shows the effective settings in labelled fields', async () => {
    const root = await openOptions();
    expect(getByLabelText<HTMLInputElement>(root, nb.fields.website).value).toBe('https://www.frogn.kommune.no');
    expect(field<HTMLTextAreaElement>(root, 'organisation-officialDomains').value).toBe('frogn.kommune.no\nfrogn.no');
    expect(field(root, 'communicationsUnit-name').value).toBe('Kommunikasjonsenheten');
  });

  it('shows an invalid value next to its field, with the line, and saves nothing', async () => {
    await fakeBrowser.storage.local.set({ [storageKeys.settings]: { crisisMode: true } });
    const root = await openOptions();
    field<HTMLTextAreaElement>(root, 'organisation-officialEmails').value = 'postmottak@frogn.kommune.no\nikke-en-adresse';
    field(root, 'organisation-website').value = 'frogn.no';
    await submit(root);

    const emails = field<HTMLTextAreaElement>(root, 'organisation-officialEmails');
    expect(emails.getAttribute('aria-invalid')).toBe('true');
    expect(description(emails)).toContain(nb.fieldErrors.onLine(2, nb.fieldErrors.email));
    const website = field(root, 'organisation-website');
    expect(website.getAttribute('aria-invalid')).toBe('true');
    expect(description(website)).toContain(nb.fieldErrors.url);
    expect(document.activeElement).toBe(website);
    expect(field(root, 'organisation-name').hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('#form-status')?.textContent).toBe(nb.notSaved);
    expect(await storedSettings()).toEqual({ crisisMode: true });
  });

  it('clears the error once the value is corrected, and saves, keeping crisis mode', async () => {
    await fakeBrowser.storage.local.set({ [storageKeys.settings]: { crisisMode: true } });
    const root = await openOptions();
    const phones = field<HTMLTextAreaElement>(root, 'organisation-officialPhoneNumbers');
    phones.value = 'sentralbord';
    await submit(root);
    expect(phones.getAttribute('aria-invalid')).toBe('true');

    phones.value = '64 90 60 00\n\n 64 90 61 00 ';
    field(root, 'organisation-name').value = 'Ås kommune';
    getByLabelText<HTMLInputElement>(root, `${nb.ruleNames.tone}: ${nb.ruleOff}`).click();
    const sarcasm = getByLabelText<HTMLSelectElement>(root, `${nb.ruleNames.sarcasm}: ${nb.ruleSeverity}`);
    sarcasm.value = 'info';
    await submit(root);

    expect(phones.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('#form-status')?.textContent).toBe(nb.saved);
    const saved = await storedSettings();
    expect(saved).toMatchObject({
      crisisMode: true,
      organisation: { name: 'Ås kommune', officialPhoneNumbers: ['64 90 60 00', '64 90 61 00'] },
      disabledRules: ['tone'],
      severityOverrides: { sarcasm: 'info' },
    });
    expect(saved.communicationsUnit).toEqual({ name: 'Kommunikasjonsenheten', phone: '64 90 60 00', email: 'postmottak@frogn.kommune.no' });
  });

  it('shows managed values locked and leaves them out of what it saves', async () => {
    await fakeBrowser.storage.managed.set({
      organisation: { name: 'Frogn kommune (IT)' },
      severityOverrides: { tone: 'warning' },
    });
    const root = await openOptions();
    const name = field(root, 'organisation-name');
    expect([name.value, name.disabled]).toEqual(['Frogn kommune (IT)', true]);
    expect(description(name)).toContain(nb.lockedByPolicy);
    expect(getByLabelText<HTMLSelectElement>(root, `${nb.ruleNames.tone}: ${nb.ruleSeverity}`).disabled).toBe(true);
    expect(getByLabelText<HTMLSelectElement>(root, `${nb.ruleNames.sarcasm}: ${nb.ruleSeverity}`).disabled).toBe(false);
    await submit(root);
    const saved = await storedSettings();
    expect(saved.organisation).not.toHaveProperty('name');
    expect(saved.severityOverrides).toEqual({});
  });

  it('locks what a policy that arrives after the page opened locks', async () => {
    const root = await openOptions();
    expect(field(root, 'organisation-name').disabled).toBe(false);
    await fakeBrowser.storage.managed.set({ organisation: { name: 'Frogn kommune (IT)' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([field(root, 'organisation-name').value, field(root, 'organisation-name').disabled]).toEqual(['Frogn kommune (IT)', true]);
  });

  it('reports an invalid policy field by name and locks the valid ones', async () => {
    await fakeBrowser.storage.managed.set({ organisation: { name: 'Asker kommune', website: 'asker' } });
    const root = await openOptions();
    expect(root.querySelector('#policy-error')?.textContent).toMatch(/: organisation\.website: .+Resten av policyen gjelder\.$/);
    expect([field(root, 'organisation-name').value, field(root, 'organisation-name').disabled]).toEqual(['Asker kommune', true]);
    expect(field(root, 'organisation-website').disabled).toBe(false);
    expect(field<HTMLTextAreaElement>(root, 'organisation-officialDomains').value).toBe('');
  });

  it('leaves confidentiality and legal liability to the policy: those rules cannot be switched off or lowered here', async () => {
    const root = await openOptions();
    for (const rule of ['national-id', 'identifiable-person', 'offensive'] as const) {
      const off = getByLabelText<HTMLInputElement>(root, `${nb.ruleNames[rule]}: ${nb.ruleOff}`);
      expect([off.disabled, description(off).join()]).toEqual([true, expect.stringContaining('Bare IT-avdelingen')]);
      expect(getByLabelText<HTMLSelectElement>(root, `${nb.ruleNames[rule]}: ${nb.ruleSeverity}`).disabled).toBe(true);
    }
    expect(getByLabelText<HTMLInputElement>(root, `${nb.ruleNames.tone}: ${nb.ruleOff}`).disabled).toBe(false);
  });

  it('restores the defaults', async () => {
    await fakeBrowser.storage.local.set({ [storageKeys.settings]: { crisisMode: true, organisation: { name: 'Ås kommune' } } });
    const root = await openOptions();
    expect(field(root, 'organisation-name').value).toBe('Ås kommune');
    getByRole(root, 'button', { name: nb.resetDefaults }).click();
    await vi.waitFor(() => expect(field(root, 'organisation-name').value).toBe('Frogn kommune'));
    expect(root.querySelector('#form-status')?.textContent).toBe(nb.resetDone);
    expect(await storedSettings()).toEqual({ crisisMode: true });
  });
});
