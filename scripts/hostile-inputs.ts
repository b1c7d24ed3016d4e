/**
 * Long inputs built to make a rule rescan its sentence per match (issue 8): one long
 * unpunctuated sentence repeating a cue. `npm run bench` times them; the property tests check
 * that their cost grows linearly.
 */
export const hostileInputs: Record<string, (length: number) => string> = {
  "'hvorfor '×N + '?'": (length) => `${repeatTo('hvorfor ', length - 1)}?`,
  "'Storgata 7, '×N": (length) => repeatTo('Storgata 7, ', length),
  "'han stjeler '×N": (length) => repeatTo('han stjeler ', length),
  "'kommunestyret ' + 'jeg tror '×N": (length) => `kommunestyret ${repeatTo('jeg tror ', length - 14)}`,
  "'kommunestyret jeg mener som privatperson '×N": (length) => repeatTo('kommunestyret jeg mener som privatperson ', length),
  "'«idiot» '×N": (length) => repeatTo('«idiot» ', length),
  "'ring: 64 90 61 20 '×N": (length) => repeatTo('ring: 64 90 61 20 ', length),
  '🙄×N': (length) => repeatTo('🙄', length),
  "' '×N + 'ledelsen'": (length) => `Hei${repeatTo(' ', length - 11)}ledelsen`,
  // Lines that each open an interview paragraph and name its speaker: reported speech reads each line once.
  "'– Ja, sier Eva Strand, leder.⏎'×N": (length) => repeatTo('– Ja, sier Eva Strand, leder.\n', length),
  // A contact heading over an endless list of numbers: each number reads only the lines just above it.
  "'Kontakt⏎' + 'Kari Dal⏎917 43 218⏎'×N": (length) => `Kontakt\n${repeatTo('Kari Dal\n917 43 218\n', length - 8)}`,
};

/** `unit` repeated to exactly `length` UTF-16 code units (a cut surrogate pair is dropped). */
export function repeatTo(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return text.replace(/[\uD800-\uDBFF]$/u, '');
}
