import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/engine';

describe('detectLanguage', () => {
  it.each([
    ['Jeg synes ikke det er greit at bussen er forsinket hver morgen.', 'nb'],
    ['Eg synest ikkje det er greitt at bussen er forseinka kvar morgon.', 'nn'],
    ['I think the bus has been late every single morning this week.', 'en'],
    ['Hva skjer i helgen?', 'nb'],
    ['Kva skjer i helga?', 'nn'],
    ['What is on this weekend?', 'en'],
    ['Bebuarane kosa seg i dag.', 'nn'],
    ['Det blir brøyta før klokka sju, det kan eg garantere.', 'nn'],
    ['Ring meg på jobb, det er enklest.', 'nb'],
    ['Thanks to all the volunteers who came!', 'en'],
    ['Spørsmål? Send e-post til postmottak@frogn.kommune.no og merk den med saksnummeret.', 'nb'],
    ['Skal vi leggje ut bileta frå turen på nettsida?', 'nn'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says und when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 🎉')).toBe('und');
  });

  it('treats an English draft with a Norwegian place name as English', () => {
    expect(detectLanguage('The Christmas market in Drøbak opens on Saturday at the town square.')).toBe('en');
  });

  it('decides on the beginning of a huge paste', () => {
    expect(detectLanguage(`Eg har ikkje tid no. ${'x'.repeat(1_000_000)}`)).toBe('nn');
  });
});
