// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/engine';
import { readDraft } from '../../lib/page/draft-text';
import { HighlightLayer } from '../../lib/page/highlight';

const finding = (start: number, end: number, emphasis?: { start: number; end: number }[]): Finding => ({
  rule: 'identifiable-person',
  severity: 'critical',
  start,
  end,
  ...(emphasis && { emphasis }),
  message: 'm',
  suggestion: 's',
  section: 'bevisst.taushetsplikt',
  quote: 'q',
});

/** The text of the marks the overlay draws over a textarea (happy-dom has no highlight API). */
function marksFor(text: string, findings: Finding[]): string[] {
  const box = document.createElement('textarea');
  box.value = text;
  document.body.append(box);
  const layer = new HighlightLayer(box);
  layer.show(readDraft(box), findings);
  const host = document.querySelector('vaer-varsom-highlights')!;
  return [...host.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent ?? '');
}

afterEach(() => document.body.replaceChildren());

describe('highlights', () => {
  it('mark a word-list finding as it spans', () => {
    expect(marksFor('Ring meg på 912 34 567.', [finding(12, 22)])).toEqual(['912 34 567']);
  });

  it('mark the words that weigh most for a learned finding, not its whole sentence', () => {
    const text = 'Hun på rom 14 husker ikke oss fra dag til dag.';
    const words = [{ start: 4, end: 13 }, { start: 21, end: 29 }];
    expect(marksFor(text, [finding(0, text.length, words)])).toEqual(['på rom 14', 'ikke oss']);
  });
});
