import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guideline, guidelineSubtitle, guidelineTitle, sectionIds } from '../lib/guideline';

const original = readFileSync(new URL('../lib/guideline/vaer-varsom.nb.txt', import.meta.url), 'utf8');
const structured = [
  guidelineTitle,
  guidelineSubtitle,
  ...guideline.flatMap((section) => [section.heading, ...section.points.map((point) => point.text)]),
].join('\n');

describe('guideline data', () => {
  it('has the five "Vær …!" sections with stable ids', () => {
    expect(guideline.map((section) => section.id)).toEqual([...sectionIds]);
    for (const section of guideline) expect(section.heading).toMatch(/^Vær .+!$/u);
  });

  it('contains every line of the original text verbatim', () => {
    const lines = original
      .split('\n')
      .map((line) => line.replace(/^[•-]\s*/u, '').trim())
      .filter((line) => line !== '');
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) expect(structured, line).toContain(line);
  });

  it('has unique point ids under their section', () => {
    const ids = guideline.flatMap((section) => section.points.map((point) => point.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of guideline) for (const point of section.points) expect(point.id.startsWith(`${section.id}.`)).toBe(true);
  });
});
