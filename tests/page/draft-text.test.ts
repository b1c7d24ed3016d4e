// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { rangeOf, readDraft } from '../../lib/page/draft-text';
import { mount } from './helpers';

afterEach(() => document.body.replaceChildren());

describe('readDraft', () => {
  it('joins Lexical rich-text paragraphs with a blank line, as Lexical does', () => {
    const box = mount(`<div contenteditable="true" data-lexical-editor="true"><p><span>Hei </span><b>du</b></p><p><br></p><p><span>to</span></p></div>`);
    expect(readDraft(box).text).toBe('Hei du\n\n\n\nto');
  });

  it('keeps line breaks inside a Lexical paragraph and drops the trailing placeholder <br>', () => {
    const box = mount(`<div contenteditable="true" data-lexical-editor="true"><p><span>en</span><br><span>to</span><br><br></p></div>`);
    expect(readDraft(box).text).toBe('en\nto\n');
  });

  it('joins Draft.js blocks with one line break, an empty block being an empty line', () => {
    const box = mount(`<div contenteditable="true" data-testid="tweetTextarea_0"><div data-contents="true">
      <div data-block="true"><div><span><span data-text="true">Første</span></span></div></div>
      <div data-block="true"><div><span><br data-text="true"></span></div></div>
      <div data-block="true"><div><span><span data-text="true">tredje</span></span></div></div></div></div>`);
    expect(readDraft(box).text).toBe('Første\n\ntredje');
  });

  it('reads an empty editor as empty text', () => {
    expect(readDraft(mount(`<div contenteditable="true" data-lexical-editor="true"><p><br></p></div>`)).text).toBe('');
  });

  it('reads a textarea by its value', () => {
    const box = mount(`<textarea></textarea>`) as HTMLTextAreaElement;
    box.value = 'linje 1\nlinje 2';
    expect(readDraft(box)).toEqual({ text: 'linje 1\nlinje 2', nodes: [] });
  });
});

describe('rangeOf', () => {
  it('maps draft offsets across paragraphs and text nodes to a DOM range over the same words', () => {
    const box = mount(`<div contenteditable="true" data-lexical-editor="true"><p><span>Hei </span><b>Kari Nord</b></p><p><span>mann har ADHD</span></p></div>`);
    const draft = readDraft(box);
    for (const word of ['Kari', 'ADHD', 'Hei Kari', 'Nord']) {
      const start = draft.text.indexOf(word);
      expect(rangeOf(draft, start, start + word.length)?.toString()).toBe(word);
    }
    const across = draft.text.indexOf('Nord');
    expect(rangeOf(draft, across, draft.text.indexOf(' har'))?.toString()).toBe('Nordmann');
  });

  it('gives nothing for a textarea (it is highlighted by an overlay instead)', () => {
    const box = mount(`<textarea>abc</textarea>`);
    expect(rangeOf(readDraft(box), 0, 2)).toBeUndefined();
  });
});
