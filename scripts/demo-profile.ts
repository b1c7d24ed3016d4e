/**
 * The browser profile `npm start` opens with a display: the extension's icon pinned, translation
 * off and Norwegian as the language, so nothing of the browser's own covers the demo. Checked under
 * Xvfb: without `translate.enabled: false` a translate bubble covers the page; without
 * `--test-type` an infobar warns about `--host-resolver-rules`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExtensionId } from '../lib/config/identity';

/** Chromium's own preferences (Default/Preferences) for a fresh demo profile. */
export const demoPreferences = {
  // The toolbar button shows beside the address bar instead of inside the puzzle-piece menu.
  extensions: { pinned_extensions: [chromiumExtensionId] },
  translate: { enabled: false },
  intl: { accept_languages: 'nb,nn,no,en' },
};

/**
 * `--lang` sets the interface language on Windows and macOS; Chromium on Linux takes it from
 * LANGUAGE instead (and shows English unless its translations, Debian's chromium-l10n, are installed).
 * `--test-type` keeps the infobar about unsupported command-line flags away.
 */
export const demoArgs = ['--lang=nb', '--test-type'];
export const demoEnv = { LANGUAGE: 'nb' };

/** A new temporary profile directory with the demo's preferences; the caller removes it. */
export function createDemoProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vaer-varsom-demo-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(demoPreferences));
  return dir;
}
