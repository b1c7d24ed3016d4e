/**
 * Command-line analyzer (CONTRACT.md §1).
 *   npm run -s analyze -- "Tekst som skal sjekkes"
 *   npm run -s analyze -- --jsonl drafts.jsonl     (or - for standard input)
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeDraft } from '../lib/engine';
import { analyzeJsonLine } from '../lib/engine/jsonl';
import { formatReport } from './report';

const usage = `Usage:
  npm run -s analyze -- "Tekst som skal sjekkes" [--media] [--crisis]
  npm run -s analyze -- --jsonl <file.jsonl | ->`;

async function runJsonl(path: string): Promise<number> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  let lineNumber = 0;
  let failed = false;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    const result = analyzeJsonLine(line, lineNumber);
    failed ||= !result.ok;
    process.stdout.write(`${JSON.stringify(result.output)}\n`);
  }
  return failed ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    process.stdout.write(`${usage}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const jsonlAt = argv.indexOf('--jsonl');
  if (jsonlAt >= 0) {
    const path = argv[jsonlAt + 1];
    if (!path) {
      process.stderr.write(`--jsonl needs a file or -\n${usage}\n`);
      return 2;
    }
    return runJsonl(path);
  }
  const text = argv.filter((arg) => !arg.startsWith('--')).join(' ');
  const analysis = analyzeDraft(text, { media: argv.includes('--media'), crisisMode: argv.includes('--crisis') });
  process.stdout.write(formatReport(text, analysis));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
