import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExtensionId, geckoId } from '../../lib/config/identity';
import { policyProblems } from '../../scripts/policy-check';

const dir = mkdtempSync(join(tmpdir(), 'vaer-varsom-policy-check-'));

/** `npm run -s policy:check -- <file>` as IT runs it. */
function policyCheck(content: string) {
  const file = join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, content);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/policy-check.ts', file], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const chromeFile = (policy: unknown) => ({ '3rdparty': { extensions: { [chromiumExtensionId]: policy } } });

describe('npm run -s policy:check', { timeout: 60_000 }, () => {
  it('names every problem – what Chrome drops silently and what the extension refuses – and exits 1', () => {
    const result = policyCheck(JSON.stringify(chromeFile({ crisisMode: 'yes', organisation: { name: 'Asker kommune', website: 'asker' }, sites: { x: false } })));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Chrome: crisisMode: Chrome expects boolean, the policy has string');
    expect(result.stdout).toContain('Vær varsom: organisation.website: ');
    expect(result.stdout).not.toContain('sites.x');
  });

  it('passes a valid policy with exit status 0', () => {
    const result = policyCheck(JSON.stringify(chromeFile({ crisisMode: true, organisation: { name: 'Asker kommune' } })));
    expect([result.status, result.stdout]).toEqual([0, expect.stringContaining('the policy is valid')]);
  });

  it('says why it cannot read a file, with exit status 2', () => {
    const result = policyCheck('{"crisisMode": ');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot read it as JSON/);
  });
});

describe('policyProblems', () => {
  it("reads Firefox's policies.json and the bare extension policy too", () => {
    const firefox = { policies: { '3rdparty': { Extensions: { [geckoId]: { disabledRules: 'tone' } } } } };
    expect(policyProblems(firefox)).toEqual([
      'Chrome: disabledRules: Chrome expects array, the policy has string; Chrome drops it without a word',
      expect.stringMatching(/^Vær varsom: disabledRules: /),
    ]);
    expect(policyProblems({ severityOverrides: { tone: 'loud' } })).toEqual([
      expect.stringMatching(/^Chrome: severityOverrides\.tone: Chrome expects one of "info", "warning", "critical"/),
      expect.stringMatching(/^Vær varsom: severityOverrides\.tone: /),
    ]);
  });

  it('says so when the file has no policy for the extension', () => {
    expect(policyProblems(chromeFile(undefined))).toEqual([expect.stringMatching(/^no policy for the extension/)]);
  });
});
