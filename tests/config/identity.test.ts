import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chromiumExtensionId, manifestKey } from '../../lib/config/identity';

// Chromium's id: the first 128 bits of SHA-256 over the DER public key, written with the letters a–p.
function idFromKey(key: string): string {
  const digest = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16))).join('');
}

describe('extension identity', () => {
  it('has the Chromium id that the manifest key gives', () => {
    expect(idFromKey(manifestKey)).toBe(chromiumExtensionId);
  });
});
