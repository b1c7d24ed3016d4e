import { createHash, createPublicKey } from 'node:crypto';

/** Chromium's extension id for a manifest key: the first 128 bits of SHA-256 over the DER public key, in the letters a–p. */
export function chromiumIdFromKey(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((hex) => String.fromCharCode(97 + Number.parseInt(hex, 16))).join('');
}

/** The manifest `key` (base64 DER public key) of a PEM private key, as `chromium --pack-extension-key` uses it. */
export function manifestKeyFromPem(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}
