// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountGuidelinePage, showTarget } from '../../entrypoints/guideline/guideline';
import { pointIds, sectionIds } from '../../lib/guideline';

async function openPage(hash: string): Promise<HTMLElement> {
  window.location.hash = hash;
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  await mountGuidelinePage(root);
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('nb-NO');
});

describe('guideline page', () => {
  it('has an anchor for every section and every point, the title as its h1', async () => {
    const root = await openPage('');
    for (const id of [...sectionIds, ...pointIds]) expect(document.getElementById(id), id).not.toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('Vær varsom!');
  });

  it('marks and focuses the point a deep link names', async () => {
    const root = await openPage('#bevisst.krise');
    const target = document.getElementById('bevisst.krise')!;
    expect(target.classList.contains('targeted')).toBe(true);
    expect(document.activeElement).toBe(target);
    expect(showTarget(root, '#bevisst')?.id).toBe('bevisst');
    expect(target.classList.contains('targeted')).toBe(false);
  });

  it('ignores a fragment that names nothing in the guideline', async () => {
    const root = await openPage('#nope');
    expect(root.querySelector('.targeted')).toBeNull();
    expect(showTarget(root, '')).toBeUndefined();
  });
});
