import type { EffectiveConfig } from '../../lib/config/resolve';
import { loadConfig } from '../../lib/config/store';
import { renderGuideline } from '../../lib/ui/guideline-view';
import { crisisBanner, pageLanguage } from '../../lib/ui/page';
import { uiStrings } from '../../lib/ui/strings';

/**
 * Brings the section or point named in the URL (`#bevisst`, `#bevisst.krise`) into view. The page
 * is built after load, too late for the browser's own jump to the fragment, so it is done here.
 */
export function showTarget(root: HTMLElement, hash: string): HTMLElement | undefined {
  for (const previous of root.querySelectorAll('.targeted')) previous.classList.remove('targeted');
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  const target = id === '' ? null : root.ownerDocument.getElementById(id);
  if (!target || !root.contains(target)) return undefined;
  target.classList.add('targeted');
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  return target;
}

export function renderGuidelinePage(config: EffectiveConfig): HTMLElement[] {
  const lang = pageLanguage(config);
  return [crisisBanner(config, uiStrings[lang]), renderGuideline(lang, 1)].filter(
    (element): element is HTMLElement => element !== null,
  );
}

export async function mountGuidelinePage(root: HTMLElement): Promise<void> {
  root.replaceChildren(...renderGuidelinePage(await loadConfig()));
  showTarget(root, location.hash);
  window.addEventListener('hashchange', () => showTarget(root, location.hash));
}
