/**
 * `npm run release -- --key <private-key.pem> --base-url <https://…/vaer-varsom/>`
 *
 * Builds Chrome/Edge and Firefox and leaves in `.output/release/` (or `--out DIR`) what IT
 * publishes at the base URL:
 *   vaer-varsom-<version>.crx   Chrome/Edge CRX3, signed with the key (`chromium --pack-extension`)
 *   updates.xml                 the update manifest the policy's `update_url` points at
 *   firefox/                    the Firefox build with `gecko.update_url`, ready for `web-ext sign`
 *   updates.json                Firefox's update manifest for the signed .xpi
 * and prints the extension id the key gives, for the policies. The same key must sign every
 * version: the id follows from it. Docs: docs/administrators.md ("Releasing a version").
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { geckoId } from '../lib/config/identity';
import { chromiumIdFromKey, manifestKeyFromPem } from '../lib/build/extension-id';
import { chromiumPath } from './fixture-browser';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    'base-url': { type: 'string' },
    out: { type: 'string', default: resolve(root, '.output/release') },
  },
});
if (!values.key || !values['base-url']) {
  console.error('usage: npm run release -- --key <private-key.pem> --base-url <https://host/path/>');
  console.error('  make a key once and keep it safe: openssl genrsa -out vaer-varsom.pem 2048');
  process.exit(2);
}
const baseUrl = values['base-url'].endsWith('/') ? values['base-url'] : `${values['base-url']}/`;
if (!/^https:\/\//.test(baseUrl)) throw new Error(`--base-url must be an https:// address, not ${baseUrl}`);
const out = resolve(values.out);
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

const key = manifestKeyFromPem(readFileSync(values.key, 'utf8'));
const id = chromiumIdFromKey(key);
const crxName = `vaer-varsom-${version}.crx`;
const xpiName = `vaer-varsom-${version}-firefox.xpi`;

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

/** Rewrites a built manifest in place. */
function editManifest(dir: string, edit: (manifest: Record<string, unknown>) => void): void {
  const path = resolve(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);

// Chrome/Edge: the release key's public half as the manifest key, so unpacked and packed agree on the id.
const chromeDir = resolve(out, 'chrome-mv3');
cpSync(resolve(root, '.output/chrome-mv3'), chromeDir, { recursive: true });
editManifest(chromeDir, (manifest) => {
  manifest.key = key;
  manifest.update_url = `${baseUrl}updates.xml`;
});
const browser = chromiumPath() ?? 'chromium';
const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
run(browser, [...sandbox, '--headless', `--pack-extension=${chromeDir}`, `--pack-extension-key=${resolve(values.key)}`]);
if (!existsSync(`${chromeDir}.crx`)) throw new Error(`${browser} wrote no ${chromeDir}.crx`);
renameSync(`${chromeDir}.crx`, resolve(out, crxName));
// Chromium writes it readable by its owner only; the web server must read it too.
chmodSync(resolve(out, crxName), 0o644);
writeFileSync(
  resolve(out, 'updates.xml'),
  `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'>
    <updatecheck codebase='${baseUrl}${crxName}' version='${version}' />
  </app>
</gupdate>
`,
);

// Firefox: an unlisted add-on updates itself from updates.json at the base URL.
const firefoxDir = resolve(out, 'firefox');
const firefoxBuild = ['firefox-mv2', 'firefox-mv3'].map((name) => resolve(root, '.output', name)).find((dir) => existsSync(dir));
if (!firefoxBuild) throw new Error('wxt build -b firefox left no .output/firefox-mv2 or -mv3');
cpSync(firefoxBuild, firefoxDir, { recursive: true });
editManifest(firefoxDir, (manifest) => {
  const settings = manifest.browser_specific_settings as { gecko: Record<string, unknown> };
  settings.gecko.update_url = `${baseUrl}updates.json`;
});
writeFileSync(
  resolve(out, 'updates.json'),
  `${JSON.stringify({ addons: { [geckoId]: { updates: [{ version, update_link: `${baseUrl}${xpiName}` }] } } }, null, 2)}\n`,
);

console.log(`
Vær varsom ${version}
  Chrome/Edge extension id: ${id}
  publish at ${baseUrl}: ${crxName}, updates.xml   (from ${out})
  policy: ExtensionSettings."${id}".update_url = "${baseUrl}updates.xml"

  Firefox (id ${geckoId}): sign the build with your addons.mozilla.org API key, then publish
  the .xpi as ${xpiName} next to updates.json:
    npx web-ext sign --channel=unlisted --source-dir ${firefoxDir} --artifacts-dir ${out} \\
      --api-key "$AMO_JWT_ISSUER" --api-secret "$AMO_JWT_SECRET"
`);
