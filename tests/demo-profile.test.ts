import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExtensionId } from '../lib/config/identity';
import { createDemoProfile, demoArgs } from '../scripts/demo-profile';

describe("npm start's browser profile", () => {
  it('pins the extension by the id its key gives, turns translation off and asks for Norwegian', () => {
    const profile = createDemoProfile();
    try {
      const preferences = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
      expect(preferences.extensions.pinned_extensions).toEqual([chromiumExtensionId]);
      expect(preferences.translate.enabled).toBe(false);
      expect(preferences.intl.accept_languages).toMatch(/^nb,/);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(demoArgs).toEqual(expect.arrayContaining(['--lang=nb', '--test-type']));
  });
});
