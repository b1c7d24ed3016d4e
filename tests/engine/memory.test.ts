import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function heapAfter(drafts: number): number {
  const probe = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/engine/probes/heap-after-drafts.ts', String(drafts)], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (probe.status !== 0) throw new Error(probe.stderr);
  return Number(probe.stdout);
}

// Each case starts a Node process and analyses thousands of 9,000-character drafts: slow on a busy machine.
describe('memory', { timeout: 300_000 }, () => {
  it('does not grow with the number of drafts analysed (no cache keeps a draft alive)', () => {
    const few = heapAfter(200);
    const many = heapAfter(2_200);
    // 2,000 more drafts of ~18 kB each: a cache holding them would add ~36 MB.
    expect(many - few).toBeLessThan(8_000_000);
  });
});
