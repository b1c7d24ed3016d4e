/**
 * Builds what the end-to-end tests load when it is missing: the extension (`npm run build`)
 * and the fixture pages. `E2E_REBUILD=1` forces both (test-all.sh builds them itself).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from '../../scripts/build-fixtures';
import { EXTENSION_DIR } from '../../scripts/fixture-browser';
import { FIXTURES_DIR } from '../../scripts/fixture-server';

export default async function globalSetup(): Promise<void> {
  const rebuild = Boolean(process.env.E2E_REBUILD);
  if (rebuild || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execSync('npm run -s build', { stdio: 'inherit' });
  }
  if (rebuild || !existsSync(join(FIXTURES_DIR, 'demo.html'))) await buildFixtures();
}
