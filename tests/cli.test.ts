import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The command-line analyzer as CONTRACT.md §1 describes it, run as a user runs it.
function analyzeCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a Node process that loads TypeScript through tsx: seconds on a busy machine.
describe('npm run analyze', { timeout: 60_000 }, () => {
  it('explains a finding in the draft’s language', () => {
    const nb = analyzeCli(['Vakre Drøbak i morges, se bildet', '--media']);
    expect(nb.status).toBe(0);
    expect(nb.stdout).toMatch(/\[media\]/);
    expect(nb.stdout).toMatch(/Hvorfor: «Vær nøye med at personer ikke kan identifiseres/);
    const en = analyzeCli(['What a lovely morning in town, see the picture', '--media']);
    expect(en.stdout).toMatch(/Why: /);
    expect(en.stdout).toMatch(/image or video/);
  });

  it('says so when nothing is found', () => {
    const result = analyzeCli(['Biblioteket holder stengt fredag.']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Ingen funn/);
  });

  it('answers --jsonl with one line per input line, in order, and an error line for a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vaer-varsom-cli-'));
    const file = join(dir, 'drafts.jsonl');
    const lines = [
      JSON.stringify({ id: 'a', text: 'Vakre Drøbak', media: true }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'c', text: 'Biblioteket holder stengt fredag.', extra: 1 }),
      JSON.stringify({ id: 'd', text: 42 }),
      JSON.stringify({ id: 'e', text: 'Kva skjer?', crisisMode: true }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = analyzeCli(['--jsonl', file]);
    expect(result.status).toBe(1);
    const output = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(output).toHaveLength(lines.length);
    expect(output[0]).toMatchObject({ id: 'a', lang: 'nb', findings: [{ rule: 'media', severity: 'info', start: 0, end: 0 }] });
    expect(Object.keys(output[0].findings[0])).toEqual(['rule', 'severity', 'start', 'end', 'message']);
    expect(output[1]).toMatchObject({ id: null, line: 2 });
    expect(output[1].error).toMatch(/JSON/);
    expect(output[2]).toEqual({ id: 'c', lang: 'nb', findings: [] });
    expect(output[3]).toMatchObject({ id: 'd', line: 4 });
    expect(output[3].error).toMatch(/text/);
    expect(output[4].id).toBe('e');
  });

  it('reads --jsonl - from standard input and exits 0 when every line is valid', () => {
    const result = analyzeCli(['--jsonl', '-'], `${JSON.stringify({ id: 1, text: 'Hei' })}\n`);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: 1, lang: 'nb', findings: [] });
  });

  it('skips blank lines, accepts a byte-order mark, and numbers lines by \\n only', () => {
    const input = [
      `\uFEFF${JSON.stringify({ id: 'a', text: 'Hei' })}`,
      '',
      '   \t',
      // A lone \r is white space between JSON tokens here, not a line break.
      '{"id": "b",\r"text": "Hei"}',
      'not json\r',
    ].join('\n');
    const result = analyzeCli(['--jsonl', '-'], input);
    const output = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(output.map((line) => line.id)).toEqual(['a', 'b', null]);
    expect(output[2]).toMatchObject({ line: 5 });
    expect(result.status).toBe(1);
  });

  it('ends quietly when the reader goes away (| head -1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vaer-varsom-cli-'));
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 3_000 }, (_, id) => `${JSON.stringify({ id, text: 'Naboen er en idiot' })}\n`).join(''));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" --import tsx scripts/analyze.ts --jsonl "${file}" | head -1`], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(result.stdout).id).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('stops reading its input while its output is not being read (memory stays flat)', async () => {
    const cli = spawn(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--jsonl', '-'], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      // 2 MB of input in small writes: what the analyzer has not read stays in our buffer. Each
      // line is quick to answer (no text) and its answer is as long as it is (the id comes back).
      const line = `${JSON.stringify({ id: 'x'.repeat(1_000), text: null })}\n`;
      for (let written = 0; written < 2_000; written++) cli.stdin.write(line);
      const total = cli.stdin.writableLength;
      const unread = () => cli.stdin.writableLength;
      // Wait until the analyzer reads, then give it time to read everything if it would.
      await expect.poll(unread, { timeout: 40_000, interval: 100 }).toBeLessThan(total);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(unread()).toBeGreaterThan(total / 2);
    } finally {
      // Drop what it never read before stopping it: writing on would only fail.
      cli.stdin.destroy();
      cli.kill();
    }
  });
});

