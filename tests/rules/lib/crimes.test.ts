import { describe, expect, it } from 'vitest';
import { foldCase } from '../../../lib/engine/text';
import { accusedDeeds } from '../../../rules/lib/crimes';

/** The deeds `identifiable-person` reads as a criminal matter in `text`, as written. */
const deeds = (text: string) => accusedDeeds(foldCase(text)).map((span) => text.slice(span.start, span.end));

describe('accusedDeeds', () => {
  it.each([
    ['Vaktmesteren stal diesel fra depotet.', 'stal'],
    ['Han som driv verkstaden svindler kundane sine.', 'svindler'],
    ['The caretaker stole diesel from the depot.', 'stole'],
  ])('reads a deed in «%s»', (text, deed) => {
    expect(deeds(text)).toEqual([deed]);
  });

  it.each([
    'Rørleggeren er en svindler.', // the noun: an insult, no deed told
    'Hun stal showet på avslutninga.', // stealing the show
    'Eg kan stole på vaktmeisteren.', // trust
    'Det var ikke han som stjal dieselen.', // denied
  ])('reads no deed in «%s»', (text) => {
    expect(deeds(text)).toEqual([]);
  });
});
