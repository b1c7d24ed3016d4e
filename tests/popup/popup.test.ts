// @vitest-environment happy-dom
import { getAllByText, getByLabelText, getByRole, getByText, queryByRole, queryByText } from '@testing-library/dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountPopup } from '../../entrypoints/popup/popup';
import { storageKeys } from '../../lib/config/store';
import type { TabStatus } from '../../lib/config/messages';
import { guideline, guidelineTitle } from '../../lib/guideline';
import { guidelineTranslations } from '../../lib/guideline/translations';
import { analyzeDraft } from '../../lib/engine';
import { uiStrings } from '../../lib/ui/strings';
import { rules } from '../../rules';

const nb = uiStrings.nb;

/** Starts the popup; `mounted` settles once the settings and the tab have answered. */
function startPopup(status?: TabStatus): { popup: HTMLElement; mounted: Promise<void> } {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  if (status) sendMessage.mockResolvedValue(status);
  else sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  document.body.replaceChildren();
  const popup = document.createElement('main');
  document.body.append(popup);
  return { popup, mounted: mountPopup(popup) };
}

async function openPopup(status?: TabStatus): Promise<HTMLElement> {
  const { popup, mounted } = startPopup(status);
  await mounted;
  return popup;
}

/** Managed storage that answers only when told to, as it does for seconds after the browser starts. */
function slowPolicy(): (policy: Record<string, unknown>) => void {
  let answer!: (policy: Record<string, unknown>) => void;
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)) as never);
  return (policy) => answer(policy);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  // The UI language follows the browser's unless the person picks one: here a Norwegian browser.
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('nb-NO');
});

describe('popup: the guideline', () => {
  it('shows every heading and every point in the original text, each point with the warnings behind it', async () => {
    const popup = await openPopup();
    expect(getByRole(popup, 'heading', { name: guidelineTitle })).toBeTruthy();
    for (const section of guideline) {
      expect(getByRole(popup, 'heading', { name: section.heading }).closest('section')?.id).toBe(section.id);
      for (const point of section.points) {
        const item = popup.querySelector(`[id="${point.id}"]`)!;
        expect(item.querySelector('.original')?.textContent).toBe(point.text);
        expect(item.closest('[lang]')?.getAttribute('lang')).toBe('nb');
        const cited = rules.filter((rule) => rule.section === point.id).map((rule) => rule.id);
        expect([...item.querySelectorAll('[data-rule]')].map((element) => element.getAttribute('data-rule'))).toEqual(cited);
        if (cited.length === 0) expect(item.querySelector('.point-rules')).toBeNull();
      }
    }
  });

  it('says once, above the sections, that points without warnings are guidance only', async () => {
    const popup = await openPopup();
    const [note, ...more] = getAllByText(popup, nb.pointsWithoutWarnings);
    expect(more).toEqual([]);
    expect(note!.closest('header')?.parentElement?.classList.contains('guideline')).toBe(true);
  });

  it('names the warnings in the UI language', async () => {
    const popup = await openPopup();
    const nationalId = rules.find((rule) => rule.id === 'national-id')!;
    expect(popup.querySelector(`[id="${nationalId.section}"] [data-rule="national-id"]`)?.textContent).toBe(
      `${nb.ruleNames['national-id']} (${nb.severity[nationalId.severity]})`,
    );
  });

  it('puts the English translation beside the original, never instead of it', async () => {
    await fakeBrowser.storage.local.set({ [storageKeys.preferences]: { uiLanguage: 'en' } });
    const popup = await openPopup();
    expect(document.documentElement.lang).toBe('en');
    const point = popup.querySelector('[id="bevisst.krise"]')!;
    expect(point.querySelector('.original')?.textContent).toBe(guideline[4]!.points[3]!.text);
    const translation = point.querySelector('.translation')!;
    expect(translation.getAttribute('lang')).toBe('en');
    expect(translation.textContent).toContain(guidelineTranslations.en.points['bevisst.krise']);
    expect(getByRole(popup, 'heading', { name: 'This tab' })).toBeTruthy();
  });
});

describe('popup: at once, before the policy answers', () => {
  it('shows the guideline and says it is loading, with the switches the policy may lock held until it answers', async () => {
    const answerPolicy = slowPolicy();
    const { popup, mounted } = startPopup();
    expect(getByRole(popup, 'heading', { name: guidelineTitle })).toBeTruthy();
    expect(getByRole(popup, 'status').textContent).toBe(nb.configLoading);
    expect(getByText(popup, nb.statusPending)).toBeTruthy();

    await vi.waitFor(() => expect(getByText(popup, nb.statusUnsupported)).toBeTruthy());
    expect(getByRole(popup, 'status').textContent).toBe(nb.configLoading);
    expect(getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch).disabled).toBe(true);
    expect(getByLabelText<HTMLSelectElement>(popup, nb.languageLabel).disabled).toBe(false);

    answerPolicy({ crisisMode: true });
    await mounted;
    expect(queryByRole(popup, 'status')).toBeNull();
    expect(popup.querySelector('#crisis-banner')).not.toBeNull();
    const crisis = getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch);
    expect([crisis.checked, crisis.disabled]).toEqual([true, true]);
    expect(getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('X')).disabled).toBe(false);
  });

  it("applies the person's own language while the policy is still silent", async () => {
    await fakeBrowser.storage.local.set({ [storageKeys.preferences]: { uiLanguage: 'nn' } });
    slowPolicy();
    const { popup } = startPopup();
    await vi.waitFor(() => expect(getByRole(popup, 'status').textContent).toBe(uiStrings.nn.configLoading));
    expect(getByRole(popup, 'heading', { name: uiStrings.nn.statusHeading })).toBeTruthy();
  });
});

describe('popup: first run', () => {
  it('explains what happens and gives an example to try, until put away, and remembers that', async () => {
    const popup = await openPopup();
    const intro = getByRole(popup, 'region', { name: nb.introHeading });
    expect(intro.textContent).toContain(nb.introHowItWorks);
    expect(getByText(intro, nb.introExample).getAttribute('lang')).toBe('nb');

    getByRole(intro, 'button', { name: nb.introDismiss }).click();
    await vi.waitFor(() => expect(queryByRole(popup, 'region', { name: nb.introHeading })).toBeNull());
    expect((await fakeBrowser.storage.local.get(storageKeys.preferences))[storageKeys.preferences]).toMatchObject({ introDismissed: true });
    expect(queryByText(await openPopup(), nb.introHowItWorks)).toBeNull();
  });

  it.each(['nb', 'nn', 'en'] as const)('the %s example gets a warning in its own language when typed', (lang) => {
    const { lang: detected, findings } = analyzeDraft(uiStrings[lang].introExample);
    expect(detected).toBe(lang);
    expect(findings.map((finding) => finding.severity)).toContain('warning');
  });
});

describe('popup: status of the current tab', () => {
  it('says when the page is not one of the three sites', async () => {
    const popup = await openPopup();
    expect(getByText(popup, nb.statusUnsupported)).toBeTruthy();
  });

  it("shows the site, whether it is on, and the active box's findings by severity", async () => {
    const popup = await openPopup({
      site: 'facebook',
      enabled: true,
      boxes: 2,
      active: {
        lang: 'nb',
        counts: { critical: 1, warning: 0, info: 2 },
        rules: [
          { rule: 'national-id', severity: 'critical' },
          { rule: 'tone', severity: 'info' },
          { rule: 'promise', severity: 'info' },
        ],
      },
    });
    expect(getByText(popup, nb.statusSite('Facebook', true))).toBeTruthy();
    expect(getByText(popup, nb.statusBoxes(2))).toBeTruthy();
    expect([...popup.querySelectorAll('.counts li')].map((item) => item.textContent)).toEqual(['kritisk: 1', 'påminnelse: 2']);
    expect(queryByText(popup, nb.statusUnsupported)).toBeNull();
  });

  it('shows a site that is switched off', async () => {
    const popup = await openPopup({ site: 'x', enabled: false, boxes: 0, active: null });
    expect(getByText(popup, nb.statusSite('X', false))).toBeTruthy();
    expect(getByText(popup, nb.statusNoBox)).toBeTruthy();
  });
});

describe('popup: switches', () => {
  it('switches crisis mode on, stores it and shows the banner with the communications unit', async () => {
    const popup = await openPopup();
    expect(popup.querySelector('#crisis-banner')).toBeNull();
    const crisis = getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch);
    crisis.click();
    await vi.waitFor(() => expect(popup.querySelector('#crisis-banner')).not.toBeNull());
    expect((await fakeBrowser.storage.local.get(storageKeys.settings))[storageKeys.settings]).toEqual({ crisisMode: true });
    expect(popup.querySelector('#crisis-banner')?.textContent).toBe(
      nb.crisisBanner('Kommunikasjonsenheten', '64 90 60 00, postmottak@frogn.kommune.no'),
    );
    expect(getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch).checked).toBe(true);
  });

  it('switches a site off and keeps the others', async () => {
    const popup = await openPopup();
    getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('Instagram')).click();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(storageKeys.preferences))[storageKeys.preferences]).toEqual({ sites: { instagram: false } }),
    );
    await vi.waitFor(() => expect(getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('Instagram')).checked).toBe(false));
    expect(getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('Facebook')).checked).toBe(true);
  });

  it('offers the UI language, Nynorsk among them, at the top, before the status and the switches', async () => {
    const popup = await openPopup();
    const language = getByLabelText<HTMLSelectElement>(popup, nb.languageLabel);
    expect([...language.options].map((option) => option.textContent)).toContain('Nynorsk');
    expect(language.closest('header')?.querySelector('h1')?.textContent).toBe(nb.appName);
    const status = getByRole(popup, 'heading', { name: nb.statusHeading });
    expect(language.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('changes the UI language at once', async () => {
    const popup = await openPopup();
    const language = getByLabelText<HTMLSelectElement>(popup, nb.languageLabel);
    language.value = 'nn';
    language.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(getByRole(popup, 'heading', { name: uiStrings.nn.statusHeading })).toBeTruthy());
    expect(getByLabelText<HTMLSelectElement>(popup, uiStrings.nn.languageLabel).value).toBe('nn');
  });

  it('locks what the policy sets, says why, and shows crisis mode from the policy', async () => {
    await fakeBrowser.storage.managed.set({ crisisMode: true, sites: { x: false } });
    const popup = await openPopup();
    const crisis = getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch);
    expect(crisis.checked).toBe(true);
    expect(crisis.disabled).toBe(true);
    const explanation = crisis.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(explanation).toContain(nb.lockedByPolicy);
    const x = getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('X'));
    expect([x.checked, x.disabled]).toEqual([false, true]);
    expect(getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('Facebook')).disabled).toBe(false);
    expect(popup.querySelector('#crisis-banner')).not.toBeNull();
  });

  it('reports an invalid policy field by name; only it falls back, the valid fields apply and lock', async () => {
    await fakeBrowser.storage.managed.set({ crisisMode: 'ja', sites: { x: false } });
    const popup = await openPopup();
    const banner = popup.querySelector('#policy-error')!;
    expect(banner.textContent).toMatch(/^Felt i den sentrale policyen er ugyldige og brukes ikke: crisisMode: .+\. Resten av policyen gjelder\.$/);
    const crisis = getByLabelText<HTMLInputElement>(popup, nb.crisisSwitch);
    expect([crisis.checked, crisis.disabled]).toEqual([false, false]);
    const x = getByLabelText<HTMLInputElement>(popup, nb.siteSwitch('X'));
    expect([x.checked, x.disabled]).toEqual([false, true]);
  });

  it('links to the options page and the guideline page', async () => {
    const popup = await openPopup();
    expect(getByRole(popup, 'link', { name: nb.openOptions }).getAttribute('href')).toMatch(/^chrome-extension:\/\/[^/]+\/options\.html$/);
    expect(getByRole(popup, 'link', { name: nb.openGuideline }).getAttribute('href')).toMatch(/\/guideline\.html$/);
  });
});
