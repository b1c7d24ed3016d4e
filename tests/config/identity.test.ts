import { describe, expect, it } from 'vitest';
import { chromiumExtensionId, manifestKey } from '../../lib/config/identity';
import { chromiumIdFromKey } from '../../lib/build/extension-id';

describe('extension identity', () => {
  // The e2e suite checks the other half: Chromium gives the built extension this very id.
  it('has the Chromium id that the manifest key gives', () => {
    expect(chromiumIdFromKey(manifestKey)).toBe(chromiumExtensionId);
  });
});
