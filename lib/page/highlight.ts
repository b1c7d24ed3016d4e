import type { Finding, Severity } from '../engine';
import { createShadowHost, h } from './dom';
import { isTextField, rangeOf, type DraftText } from './draft-text';

/**
 * Flagged words, marked without touching the editor: the CSS Custom Highlight API for
 * contenteditable editors, and a positioned overlay for textareas (a mirror of the text that
 * measures where the words are) and for browsers without the API.
 */
export const highlightName = (severity: Severity) => `vaer-varsom-${severity}`;

const colours: Record<Severity, string> = {
  critical: '176 0 32',
  warning: '161 92 0',
  info: '11 87 208',
};
const severities = Object.keys(colours) as Severity[];

const highlightCss = severities
  .map((s) => `::highlight(${highlightName(s)}) { background-color: rgb(${colours[s]} / 18%); text-decoration: underline wavy rgb(${colours[s]}); }`)
  .join('\n');

const overlayCss = `
:host { all: initial; }
.mirror { position: absolute; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; pointer-events: none; }
mark, .mark { color: transparent; border-bottom: 2px solid; }
${severities.map((s) => `[data-severity="${s}"] { background: rgb(${colours[s]} / 18%); border-color: rgb(${colours[s]}); }`).join('\n')}
.mark { position: absolute; pointer-events: none; }
`;

type RangesBySeverity = Map<Severity, Range[]>;

function highlightApi(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' ? CSS.highlights : undefined;
}

/** The API's highlights are global: one per severity, holding the ranges of every box. */
const rangesByBox = new Map<HighlightLayer, RangesBySeverity>();

function publishHighlights(registry: HighlightRegistry): void {
  for (const severity of severities) {
    const ranges = [...rangesByBox.values()].flatMap((byBox) => byBox.get(severity) ?? []);
    if (ranges.length) registry.set(highlightName(severity), new Highlight(...ranges));
    else registry.delete(highlightName(severity));
  }
}

function ensureHighlightStyle(): void {
  const id = 'vaer-varsom-highlight-style';
  if (document.getElementById(id)) return;
  document.head.append(h('style', { id }, highlightCss));
}

// Styles a textarea's mirror must copy so that its text wraps exactly like the textarea's.
const mirroredStyles = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'letter-spacing', 'line-height', 'text-transform',
  'text-indent', 'text-align', 'word-spacing', 'tab-size', 'padding-top', 'padding-right', 'padding-bottom',
  'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-style', 'box-sizing', 'direction',
] as const;

export class HighlightLayer {
  private overlay: { host: HTMLElement; root: ShadowRoot } | undefined;
  private draft: DraftText = { text: '', nodes: [] };
  private findings: readonly Finding[] = [];
  /** Where the overlay was last drawn, to skip redrawing when nothing moved. */
  private drawnAt = '';

  constructor(private readonly box: HTMLElement) {}

  show(draft: DraftText, findings: readonly Finding[]): void {
    this.draft = draft;
    // A learned finding spans its sentence; the words that weigh most for it are what is marked.
    this.findings = findings.flatMap((finding) => (finding.emphasis?.length ? finding.emphasis.map((span) => ({ ...finding, ...span })) : [finding])).filter((finding) => finding.end > finding.start)
      .sort((a, b) => a.start - b.start);
    this.drawnAt = '';
    const registry = highlightApi();
    if (registry && !isTextField(this.box)) {
      ensureHighlightStyle();
      const ranges: RangesBySeverity = new Map();
      for (const finding of this.findings) {
        const range = rangeOf(draft, finding.start, finding.end);
        if (!range) continue;
        const ofSeverity = ranges.get(finding.severity);
        if (ofSeverity) ofSeverity.push(range);
        else ranges.set(finding.severity, [range]);
      }
      rangesByBox.set(this, ranges);
      publishHighlights(registry);
      return;
    }
    this.place(this.box.getBoundingClientRect());
  }

  /** Redraws the overlay (textareas, or no highlight API) where the box now is. */
  place(rect: DOMRect): void {
    if (rangesByBox.has(this)) return;
    const at = `${rect.left},${rect.top},${rect.width},${rect.height},${this.box.scrollTop},${this.box.scrollLeft}`;
    if (at === this.drawnAt) return;
    this.drawnAt = at;
    if (!this.findings.length) {
      this.overlay?.root.replaceChildren(this.overlay.root.firstChild!);
      return;
    }
    this.overlay ??= createShadowHost('vaer-varsom-highlights', overlayCss);
    this.overlay.host.style.cssText = 'position: fixed; left: 0; top: 0; z-index: 2147483645; pointer-events: none;';
    const style = this.overlay.root.firstChild!;
    this.overlay.root.replaceChildren(style, ...(isTextField(this.box) ? [this.mirror(rect)] : this.rangeMarks()));
  }

  remove(): void {
    this.overlay?.host.remove();
    this.overlay = undefined;
    if (rangesByBox.delete(this)) {
      const registry = highlightApi();
      if (registry) publishHighlights(registry);
    }
  }

  /** A copy of the textarea's text, styled and scrolled like it, with the flagged words marked. */
  private mirror(rect: DOMRect): HTMLElement {
    const field = this.box as HTMLTextAreaElement;
    const computed = getComputedStyle(field);
    const mirror = h('div', { class: 'mirror', 'aria-hidden': 'true' });
    for (const property of mirroredStyles) mirror.style.setProperty(property, computed.getPropertyValue(property));
    mirror.style.borderColor = 'transparent';
    Object.assign(mirror.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    let at = 0;
    for (const finding of this.findings) {
      if (finding.start < at) continue;
      mirror.append(this.draft.text.slice(at, finding.start));
      mirror.append(h('mark', { 'data-severity': finding.severity }, this.draft.text.slice(finding.start, finding.end)));
      at = finding.end;
    }
    // A trailing line break needs a character after it to take up its line, as in the textarea.
    mirror.append(`${this.draft.text.slice(at)}\u200b`);
    queueMicrotask(() => {
      mirror.scrollTop = field.scrollTop;
      mirror.scrollLeft = field.scrollLeft;
    });
    return mirror;
  }

  /** Boxes over the client rectangles of each flagged range (contenteditable without the API). */
  private rangeMarks(): HTMLElement[] {
    return this.findings.flatMap((finding) => {
      const range = rangeOf(this.draft, finding.start, finding.end);
      return [...(range?.getClientRects() ?? [])].map((r) =>
        h('div', {
          class: 'mark',
          'data-severity': finding.severity,
          style: `left: ${r.left}px; top: ${r.top}px; width: ${r.width}px; height: ${r.height}px;`,
        }),
      );
    });
  }
}
