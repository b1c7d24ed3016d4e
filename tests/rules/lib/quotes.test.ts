import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../lib/engine/text';
import { reportedSpeech } from '../../../rules/lib/quotes';

/** Each sentence of `text` with how reportedSpeech reads it. */
function readings(text: string): { sentence: string; said: boolean; interviewed: boolean }[] {
  const sentences = sentenceSpans(text);
  const { said, interviewed } = reportedSpeech(text, sentences);
  return sentences.map((span) => ({ sentence: text.slice(span.start, span.end), said: said(span), interviewed: interviewed(span) }));
}

describe('reportedSpeech', () => {
  it('reads every sentence of a dash-quoted paragraph that names its speaker, title and all, as an interview', () => {
    const text = 'Kommunen beholder planleggeren et år til.\n\n– Jeg ble veldig glad da han sa ja. Løsningen er bra for alle parter, sier Eva Strand, kommunalsjef for samfunnsutvikling.';
    expect(readings(text).map(({ said, interviewed }) => [said, interviewed])).toEqual([[false, false], [true, true], [true, true]]);
  });

  it('reads a quote answered by the writer as said, not as an interview, and the answer as the writer\'s', () => {
    const text = '«Vi har full kontroll», sa enhetslederen til avisa. Ja, det merket vi i natt.';
    expect(readings(text).map(({ said, interviewed }) => [said, interviewed])).toEqual([[true, false], [false, false]]);
  });

  it('leaves a dash with no speaker, and the writer\'s own clause after one, to the writer', () => {
    expect(readings('– Jeg mener skatten bør ned. Det har jeg sagt lenge.').some(({ said }) => said)).toBe(false);
    expect(readings('«Dette blir bra», sa ordføreren, og det er jeg helt enig i.')[0]!.said).toBe(false);
  });

  it('reads a pronoun at the end of the sentence as its speaker, but not a pronoun the writer\'s clause goes on from', () => {
    expect(readings('Tiltaket er rettferdig for alle, sier hun.')[0]!.said).toBe(true);
    expect(readings('Dette vert ein god vinter for hamna, seier ho.')[0]!.said).toBe(true);
    expect(readings('Tiltaket er rettferdig, sier de fleste i nabolaget.')[0]!.said).toBe(false);
  });

  it('reads every sentence of a long paste of interview paragraphs', () => {
    const paste = '– Dette er en setning. En til, sier Eva Strand, kommunalsjef.\n'.repeat(20_000);
    const sentences = sentenceSpans(paste);
    const { said } = reportedSpeech(paste, sentences);
    expect(sentences.every(said)).toBe(true);
  });
});
