/**
 * Command-line analyzer (CONTRACT.md §1).
 *   npm run -s analyze -- "Tekst som skal sjekkes"
 *   npm run -s analyze -- --jsonl drafts.jsonl     (or - for standard input)
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { analyzeDraft } from '../lib/engine';
import { analyzeJsonLine } from '../lib/engine/jsonl';
import { formatReport } from './report';

const usage = `Usage:
  npm run -s analyze -- "Tekst som skal sjekkes" [--media] [--crisis]
  npm run -s analyze -- --jsonl <file.jsonl | ->`;

/**
 * The input's lines, split at \n only (a lone \r stays in its line; the \r of \r\n goes), with a
 * UTF-8 byte-order mark at the start dropped. Linear: a long line is joined once, from its pieces.
 */
async function* linesOf(input: AsyncIterable<string>): AsyncGenerator<string> {
  let pieces: string[] = [];
  let atStart = true;
  for await (let chunk of input) {
    if (atStart && chunk.length > 0) {
      chunk = chunk.replace(/^\uFEFF/, '');
      atStart = false;
    }
    let from = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', from)) {
      pieces.push(chunk.slice(from, end));
      yield pieces.join('').replace(/\r$/, '');
      pieces = [];
      from = end + 1;
    }
    pieces.push(chunk.slice(from));
  }
  const last = pieces.join('');
  if (last !== '') yield last.replace(/\r$/, '');
}

/** Writes and waits while the reader is behind, so memory stays flat however long the input. */
async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

async function runJsonl(path: string): Promise<number> {
  const input = path === '-' ? process.stdin.setEncoding('utf8') : createReadStream(path, { encoding: 'utf8' });
  let lineNumber = 0;
  let failed = false;
  for await (const line of linesOf(input)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const result = analyzeJsonLine(line, lineNumber);
    failed ||= !result.ok;
    await writeOut(`${JSON.stringify(result.output)}\n`);
  }
  return failed ? 1 : 0;
}

// The reader went away (`… | head -1`): stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

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
