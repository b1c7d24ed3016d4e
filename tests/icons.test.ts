import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the product icon', () => {
  it.each([16, 32, 48, 128])('public/icon/%i.png is drawn at its size (scripts/icons.ts)', (size) => {
    expect(pngSize(resolve(import.meta.dirname, `../public/icon/${size}.png`))).toEqual({ width: size, height: size });
  });
});
