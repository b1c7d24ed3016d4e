import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { guideline, pointIds, sectionIds } from '../../lib/guideline';
import { guidelineTranslations } from '../../lib/guideline/translations';
import { uiStrings } from '../../lib/ui/strings';

const langs = ['nb', 'nn', 'en'] as const;

describe('manifest strings (locales/*.yml)', () => {
  it.each(langs)('%s says what the UI string table says, within Chrome\'s 132-character description limit', async (lang) => {
    const messages = await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${lang}.yml`));
    const byKey = Object.fromEntries(messages.map((message) => [message.key.join('.'), message.type === 'simple' ? message.message : undefined]));
    expect(byKey).toEqual({ extName: uiStrings[lang].appName, extDescription: uiStrings[lang].appDescription });
    expect(uiStrings[lang].appDescription.length).toBeLessThanOrEqual(132);
  });
});

describe('guideline translations', () => {
  it.each(['nn', 'en'] as const)('%s translates every heading and every point, and none is the original', (lang) => {
    const translation = guidelineTranslations[lang];
    expect(Object.keys(translation.headings).sort()).toEqual([...sectionIds].sort());
    expect(Object.keys(translation.points).sort()).toEqual([...pointIds].sort());
    for (const section of guideline) {
      expect(translation.headings[section.id]).not.toBe(section.heading);
      for (const point of section.points) expect(translation.points[point.id], point.id).not.toBe(point.text);
    }
  });
});
