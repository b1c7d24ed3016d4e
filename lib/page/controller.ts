import type { Finding, Lang, OrganisationSettings } from '../engine';
import { analyzeNow, analyzeSoon, type Analyzer } from './analysis';
import { readDraft, type DraftText } from './draft-text';
import { HighlightLayer } from './highlight';
import { followWhileMoving, isCovered, trackLayout, union } from './layout';
import { Panel, type GuidelineLink } from './panel';
import { hasAttachments, type SiteAdapter } from './sites/adapter';
import { messageStrings, type PageStrings } from './strings';

/** What every box on the page shares: the site, the settings and the UI language. */
export interface PageEnvironment {
  readonly adapter: SiteAdapter;
  readonly analyze: Analyzer;
  readonly guideline: GuidelineLink;
  /** Quiet time after the last keystroke before the draft is analysed. */
  readonly debounceMs: number;
  settings: OrganisationSettings;
  strings: PageStrings;
}

interface AnalysedDraft {
  draft: DraftText;
  media: boolean;
  lang: Lang;
  findings: Finding[];
}

/**
 * One watched compose box: reads its draft (never writes), analyses it shortly after typing
 * stops, shows the panel and highlights, and remembers for this draft which findings the
 * person ignored or acknowledged with "post anyway".
 */
export class BoxController {
  private analysed: AnalysedDraft = { draft: { text: '', nodes: [] }, media: false, lang: 'und', findings: [] };
  /** Findings set aside for this draft, by rule and flagged text. */
  private readonly ignored = new Set<string>();
  private readonly acknowledged = new Set<string>();
  /** The settings changed since the last analysis. */
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: AbortController | undefined;
  private composing = false;
  private readonly panel: Panel;
  private readonly highlights: HighlightLayer;
  private readonly stopTracking: () => void;
  private stopFollowing: (() => void) | undefined;
  /** The region holding the box and its post button, as of the last reading of the draft. */
  private composer: Element | null = null;
  /** The box's geometry when the panel was last placed. */
  private placedAt = '';

  constructor(
    readonly box: HTMLElement,
    private readonly env: PageEnvironment,
  ) {
    this.panel = new Panel(env.strings, env.guideline, {
      onIgnore: (finding) => this.ignore(finding),
      onResize: () => this.place(true),
    });
    this.highlights = new HighlightLayer(box);
    this.stopTracking = trackLayout(box, () => this.place());
    this.schedule(0);
  }

  get lang(): Lang {
    return this.analysed.lang;
  }

  /**
   * The panel's and the dialog's labels: in the language of the findings' messages while there
   * are findings (an English draft gets English labels), else in the person's UI language.
   */
  get strings(): PageStrings {
    return this.analysed.findings.length ? messageStrings(this.analysed.lang) : this.env.strings;
  }

  /** Findings as shown: the latest analysis without the ignored ones. */
  get findings(): Finding[] {
    return this.analysed.findings.filter((finding) => !this.ignored.has(this.keyOf(finding)));
  }

  /** Analyse after the person pauses. Costs a timer reset per keystroke, nothing more. */
  schedule(delay = this.env.debounceMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  compositionStarted(): void {
    this.composing = true;
    clearTimeout(this.timer);
  }

  compositionEnded(): void {
    this.composing = false;
    this.schedule();
  }

  focused(): void {
    this.stopFollowing ??= followWhileMoving(() => this.place());
  }

  blurred(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /**
   * The critical findings that must stop a post right now, judged on the text as it is at this
   * moment (re-analysed at once if it changed since the last analysis).
   */
  blockingFindings(): Finding[] {
    const { draft, media } = this.read();
    if (!this.isCurrent(draft, media)) {
      this.running?.abort();
      this.show(draft, media, analyzeNow(draft.text, this.options(media), this.env.analyze));
    }
    return this.findings.filter((finding) => finding.severity === 'critical' && !this.acknowledged.has(this.keyOf(finding)));
  }

  /** "Post anyway": these findings no longer stop this draft; new ones still do. */
  acknowledge(findings: readonly Finding[]): void {
    for (const finding of findings) this.acknowledged.add(this.keyOf(finding));
  }

  ignore(finding: Finding): void {
    this.ignored.add(this.keyOf(finding));
    this.render();
  }

  /** Settings or UI language changed: show again in the new language, analyse with the new settings. */
  reconfigure(): void {
    this.render();
    this.stale = true;
    this.schedule(0);
  }

  /** Something was removed from the page: if it was our panel, it comes back. */
  restorePanel(): void {
    if (this.panel.host.isConnected || !this.box.isConnected) return;
    this.panel.restore();
    this.place(true);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.abort();
    this.blurred();
    this.stopTracking();
    this.panel.remove();
    this.highlights.remove();
  }

  private async refresh(): Promise<void> {
    if (this.composing || !this.box.isConnected) return;
    const { draft, media } = this.read();
    if (this.isCurrent(draft, media)) {
      // Same text, but the editor may have re-rendered its nodes: re-anchor the highlights.
      this.analysed.draft = draft;
      this.highlights.show(draft, this.findings);
      return;
    }
    this.running?.abort();
    const running = (this.running = new AbortController());
    const analysis = await analyzeSoon(draft.text, this.options(media), running.signal, this.env.analyze);
    if (analysis) this.show(draft, media, analysis);
  }

  private isCurrent(draft: DraftText, media: boolean): boolean {
    return !this.stale && draft.text === this.analysed.draft.text && media === this.analysed.media;
  }

  private read(): { draft: DraftText; media: boolean } {
    this.composer = this.env.adapter.composer(this.box);
    return { draft: readDraft(this.box), media: hasAttachments(this.composer) };
  }

  private options(media: boolean) {
    return { settings: this.env.settings, media };
  }

  private show(draft: DraftText, media: boolean, analysis: { lang: Lang; findings: Finding[] }): void {
    // An emptied box (posted or cleared) starts a new draft: nothing stays ignored or acknowledged.
    if (draft.text.trim() === '') {
      this.ignored.clear();
      this.acknowledged.clear();
    }
    this.analysed = { draft, media, ...analysis };
    this.stale = false;
    this.render();
  }

  private render(): void {
    const findings = this.findings;
    this.panel.render(findings, this.strings);
    this.highlights.show(this.analysed.draft, findings);
    this.place(true);
  }

  /** Moves the panel and overlay with the box, and says whether the box moved; cheap when nothing moved (it runs every frame while the box moves). */
  private place(contentChanged = false): boolean {
    if (!this.box.isConnected) return false;
    const rect = this.box.getBoundingClientRect();
    const region = this.composer?.isConnected ? this.composer : this.box.parentElement;
    const composer = union(rect, region?.getBoundingClientRect() ?? rect);
    const covered = region !== null && isCovered(region, rect);
    const at = [rect.left, rect.top, rect.width, rect.height, composer.left, composer.top, composer.right, composer.bottom, covered, this.box.scrollTop, window.innerWidth, window.innerHeight].join();
    const moved = at !== this.placedAt;
    if (!moved && !contentChanged) return false;
    this.placedAt = at;
    this.panel.place(rect, composer, covered);
    this.highlights.place(rect);
    return moved;
  }

  private keyOf(finding: Finding): string {
    return `${finding.rule}\u0000${this.analysed.draft.text.slice(finding.start, finding.end)}`;
  }
}
