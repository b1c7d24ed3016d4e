import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../lib/engine/text';
import { isPlainlySincere } from '../../../rules/lib/praise';

/** Whether the whole of `text`, read as one sentence, clears the model alone's irony. */
const clears = (text: string) => isPlainlySincere(foldCase(text), { start: 0, end: text.length });

describe('isPlainlySincere', () => {
  it.each([
    'Great news: the road to Heer is open again after the repairs.',
    'Biblioteket på Dal er åpent igjen etter vannlekkasjen.',
    'Turstien langs Bunnefjorden er gjenåpnet.',
    'Takk til alle som kom på dugnaden!',
    'Stengt hele høsten, men konserten var nydelig.',
  ])('clears «%s»', (text) => {
    expect(clears(text)).toBe(true);
  });

  it.each([
    'Så flott at bussen er forsinket igjen, da.',
    'Fantastisk planlegging av veiarbeidet.',
    'Great, another Monday with six meetings.',
  ])('leaves «%s» to the model', (text) => {
    expect(clears(text)).toBe(false);
  });
});
