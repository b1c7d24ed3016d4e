import { analyzeDraft, detectLanguage, severityRank, type AnalyzeOptions, type Analysis, type Finding } from '../engine';

export type Analyzer = (text: string, options: AnalyzeOptions) => Analysis;

/** Drafts up to this length are analysed in one call; longer ones (a 1 MB paste) in chunks of it. */
export const chunkSize = 8_000;
/** Chunks overlap so that a finding spanning a chunk border is seen whole in one of them. */
const overlap = 400;

/**
 * Analyses a draft in chunks, yielding between them so that a huge paste (1 MB) never blocks the
 * page for long. Every chunk uses the language detected at the start of the draft; findings about
 * the draft as a whole (zero-length: media, crisis mode) are kept from the first chunk only.
 */
function* chunkedAnalysis(analyze: Analyzer, text: string, options: AnalyzeOptions): Generator<void, Analysis> {
  if (text.length <= chunkSize) return analyze(text, options);
  const lang = options.lang ?? detectLanguage(text.slice(0, 4000));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (let start = 0; start < text.length; start += chunkSize - overlap) {
    if (start > 0) yield;
    const chunk = analyze(text.slice(start, start + chunkSize), { ...options, lang });
    for (const finding of chunk.findings) {
      if (start > 0 && finding.start === finding.end) continue;
      const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + start, end: span.end + start });
      const shifted = { ...shift(finding), ...(finding.emphasis && { emphasis: finding.emphasis.map(shift) }) };
      const key = `${shifted.rule}:${shifted.start}:${shifted.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(shifted);
    }
  }
  findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.start - b.start);
  return { lang, findings };
}

/** The whole analysis at once: for judging a post attempt on the text as it is at that moment. */
export function analyzeNow(text: string, options: AnalyzeOptions, analyze: Analyzer = analyzeDraft): Analysis {
  const steps = chunkedAnalysis(analyze, text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The analysis spread over tasks; resolves undefined when `signal` aborts (newer text arrived). */
export async function analyzeSoon(
  text: string,
  options: AnalyzeOptions,
  signal: AbortSignal,
  analyze: Analyzer = analyzeDraft,
): Promise<Analysis | undefined> {
  const steps = chunkedAnalysis(analyze, text, options);
  for (;;) {
    if (signal.aborted) return undefined;
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
