import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs one of the corpus and training scripts as `npm run` does, and returns its exit code and output. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stderr: result.stderr };
}

// A mistyped option must stop the script with its usage, not run it on the whole corpus (or train on it) as if unsaid.
describe.each([
  ['corpus/check.ts', '--profile', '--profle', 'usage: npx tsx corpus/check.ts'],
  ['corpus/agreement.ts', '--batches', '--batch', 'usage: npm run corpus:agreement'],
  ['training/train.ts', '--batches', '--batch', 'usage: npm run train'],
])('%s', (script, option, mistyped, usage) => {
  it('rejects an unknown option with its usage', () => {
    const { status, stderr } = run(script, mistyped, 'b1');
    expect(status).toBe(2);
    expect(stderr).toContain(`Unknown option '${mistyped}'`);
    expect(stderr).toContain(usage);
  });

  it('rejects an option without its value', () => {
    const { status, stderr } = run(script, option);
    expect(status).toBe(2);
    expect(stderr).toContain(`Option '${option} <value>' argument missing`);
  });
});
