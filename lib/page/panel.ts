import type { Finding, Severity } from '../engine';
import { findPoint } from '../guideline';
import { groupByRule } from './by-rule';
import { baseCss, createShadowHost, h, onPersonsClick } from './dom';
import { placePanel, widestPanel, type Rect } from './layout';
import type { PageStrings } from './strings';

export const panelTag = 'vaer-varsom-panel';

const severityOrder: Severity[] = ['critical', 'warning', 'info'];

const css = `${baseCss}
.panel { font: 13px/1.35 system-ui, sans-serif; color: #1a1a1a; width: max-content; pointer-events: auto; display: flex; flex-direction: column; align-items: flex-start; }
.badge { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); padding: 2px 10px; flex: none; }
.name { font-weight: 600; }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #1e7d32; }
[data-level="info"] .dot { background: #0b57d0; }
[data-level="warning"] .dot { background: #a15c00; }
[data-level="critical"] .dot { background: #b00020; }
.findings { margin-top: 4px; background: #fff; border: 1px solid #767676; border-radius: 8px; padding: 2px 10px 6px; overflow: auto; min-height: 0; box-shadow: 0 2px 10px rgb(0 0 0 / 25%); width: 100%; }
.findings[hidden] { display: none; }
h2 { font-size: 11px; margin: 6px 0 2px; text-transform: uppercase; letter-spacing: .03em; }
[data-group="critical"] h2 { color: #b00020; }
[data-group="warning"] h2 { color: #8a4b00; }
[data-group="info"] h2 { color: #0b57d0; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-left: 3px solid #767676; padding-left: 6px; margin: 2px 0; }
li[data-severity="critical"] { border-color: #b00020; }
li[data-severity="warning"] { border-color: #a15c00; }
li[data-severity="info"] { border-color: #0b57d0; }
li.more { border-left: none; padding-left: 12px; color: #333; }
summary { cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding: 1px 0; }
summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
details[open] summary { white-space: normal; }
.detail { padding: 2px 0 6px; }
h3 { font-size: 11px; margin: 6px 0 0; color: #444; text-transform: uppercase; letter-spacing: .03em; }
p { margin: 0; }
q { display: block; font-style: italic; color: #333; margin: 4px 0; }
.actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 6px; }
`;

/** Where a finding's guideline section is: shown as the link's address, opened by the extension. */
export interface GuidelineLink {
  url(section: string): string;
  open(section: string): void;
}

export interface PanelCallbacks {
  onIgnore(finding: Finding): void;
  /** The panel changed size (opened or closed by the person): place it again. */
  onResize(): void;
}

/** The first sentence of a message: a finding's one line in the compact list. */
function headline(message: string): string {
  return /^.+?[.!?](?=\s|$)/u.exec(message)?.[0] ?? message;
}

/**
 * The warning panel of one compose box: `<vaer-varsom-panel>` with an open shadow root, placed
 * beside the box's composer (outside the editor's DOM). A button naming the product and counting
 * the findings; under it a compact list grouped by severity, one line per finding (`data-rule`,
 * `data-severity`), each opening to "why" and "do instead". Announces changes politely.
 */
export class Panel {
  readonly host: HTMLElement;
  private readonly frame: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly count: HTMLElement;
  private readonly name: HTMLElement;
  private readonly list: HTMLElement;
  private readonly live: HTMLElement;
  /** The person's choice to open or close the list; undefined until they make one. */
  private chosen: boolean | undefined;
  /** The list does not fit where the panel is: closed until the person opens it. */
  private folded = false;
  private rendered = '';

  constructor(
    private strings: PageStrings,
    private readonly guideline: GuidelineLink,
    private readonly callbacks: PanelCallbacks,
  ) {
    const { host, root } = createShadowHost(panelTag, css);
    this.host = host;
    // The host spans nothing: only the panel's own content takes clicks.
    host.style.cssText = 'position: fixed; z-index: 2147483646; left: 0; top: 0; pointer-events: none;';
    this.name = h('span', { class: 'name' });
    this.count = h('span', { class: 'count' });
    this.badge = h('button', { type: 'button', class: 'badge', 'aria-expanded': 'false', 'aria-controls': 'findings' },
      h('span', { class: 'dot', 'aria-hidden': 'true' }), this.name, this.count);
    onPersonsClick(this.badge, () => {
      this.chosen = !this.isOpen();
      this.updateOpen();
      callbacks.onResize();
    });
    this.list = h('div', { class: 'findings', id: 'findings', hidden: '' });
    this.list.addEventListener('toggle', () => callbacks.onResize(), true);
    this.live = h('div', { role: 'status', 'aria-live': 'polite', class: 'visually-hidden' });
    this.frame = h('div', { class: 'panel', 'data-level': 'none' }, this.badge, this.list, this.live);
    root.append(this.frame);
    this.render([], strings);
  }

  /**
   * Shows `findings` (already without ignored ones) with labels in `strings` – the language of
   * the findings' messages; does nothing when neither has changed.
   */
  render(findings: readonly Finding[], strings: PageStrings): void {
    const signature = JSON.stringify([strings.why, findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message])]);
    if (signature === this.rendered) return;
    this.rendered = signature;
    this.strings = strings;
    const counts = { critical: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity]++;
    const summary = strings.summary(counts);
    this.frame.dataset.level = severityOrder.find((severity) => counts[severity] > 0) ?? 'none';
    this.name.textContent = strings.name;
    this.count.textContent = findings.length ? String(findings.length) : '✓';
    this.badge.setAttribute('aria-label', summary);
    this.badge.title = summary;
    this.list.replaceChildren(
      ...severityOrder
        .filter((severity) => counts[severity] > 0)
        .map((severity) =>
          h('section', { 'data-group': severity },
            h('h2', {}, strings.severity[severity]),
            h('ul', {}, ...groupByRule(findings.filter((f) => f.severity === severity)).flatMap((group) => [
              ...group.listed.map((f) => this.findingItem(f)),
              group.more > 0 && h('li', { class: 'more', 'data-more': group.rule }, strings.more(group.more)),
            ]))),
        ),
    );
    if (this.live.textContent !== summary) this.live.textContent = summary;
    this.updateOpen();
  }

  /**
   * Places the panel beside the composer (`composer`: the box with its post button); shows
   * nothing while the box is off screen or covered by something of the site's.
   */
  place(box: DOMRect, composer: Rect, covered: boolean): void {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const visible = !covered && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height;
    this.host.style.visibility = visible ? 'visible' : 'hidden';
    if (!visible) return;
    this.frame.style.maxWidth = `${widestPanel}px`;
    this.frame.style.maxHeight = '';
    this.folded = false;
    this.updateOpen();
    const opened = this.chosen === true;
    let spot = placePanel(composer, this.size(), viewport, opened);
    this.frame.style.maxWidth = `${spot.maxWidth}px`;
    if (this.size().height > spot.maxHeight && spot.side === 'above' && !opened) {
      // Too little room above the composer for the list: the button alone, opened on request.
      this.folded = true;
      this.updateOpen();
    }
    spot = placePanel(composer, this.size(), viewport, opened);
    this.frame.style.maxHeight = `${spot.maxHeight}px`;
    const transform = `translate(${Math.round(spot.left)}px, ${Math.round(spot.top)}px)`;
    if (this.host.style.transform !== transform) this.host.style.transform = transform;
  }

  /** Puts the panel back if the page removed it: a watched box always has its panel. */
  restore(): void {
    if (!this.host.isConnected) document.body.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }

  private size(): { width: number; height: number } {
    const { width, height } = this.frame.getBoundingClientRect();
    return { width, height };
  }

  private isOpen(): boolean {
    return !this.list.hidden;
  }

  private updateOpen(): void {
    const open = (this.chosen ?? !this.folded) && this.list.childElementCount > 0;
    this.list.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
  }

  private findingItem(finding: Finding): HTMLElement {
    const { strings } = this;
    const point = findPoint(finding.section);
    const ignore = h('button', { type: 'button', 'data-action': 'ignore' }, strings.ignore);
    onPersonsClick(ignore, () => this.callbacks.onIgnore(finding));
    const guidelineLink = h('a', { href: this.guideline.url(finding.section), target: '_blank', rel: 'noopener noreferrer', 'data-section': finding.section },
      strings.guidelineLink(point?.section.heading ?? finding.section));
    // A page may not open an extension page itself (it is not web-accessible): the background does.
    // Only the person's own click opens it: a script clicking the link opens nothing.
    guidelineLink.addEventListener('click', (event) => {
      event.preventDefault();
      if (event.isTrusted) this.guideline.open(finding.section);
    });
    return h('li', { 'data-rule': finding.rule, 'data-severity': finding.severity },
      h('details', {},
        h('summary', { title: finding.message }, headline(finding.message)),
        h('div', { class: 'detail' },
          h('h3', {}, strings.why),
          h('p', { class: 'message' }, finding.message),
          finding.quote && h('q', {}, finding.quote),
          finding.suggestion && h('h3', {}, strings.instead),
          finding.suggestion && h('p', { class: 'suggestion' }, finding.suggestion),
          h('div', { class: 'actions' }, guidelineLink, ignore))));
  }
}
