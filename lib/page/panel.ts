import type { Finding, Severity } from '../engine';
import { findPoint } from '../guideline';
import { groupByRule } from './by-rule';
import { baseCss, createShadowHost, h, onPersonsClick } from './dom';
import { panelTop, placeBeside } from './layout';
import type { PageStrings } from './strings';

export const panelTag = 'vaer-varsom-panel';

const severityOrder: Severity[] = ['critical', 'warning', 'info'];
/** The panel's widest, where there is room. */
const panelWidth = 360;

const css = `${baseCss}
.panel { font: 14px/1.4 system-ui, sans-serif; color: #1a1a1a; width: max-content; pointer-events: auto; }
.badge { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
.dot { width: 10px; height: 10px; border-radius: 50%; background: #1e7d32; }
[data-level="info"] .dot { background: #0b57d0; }
[data-level="warning"] .dot { background: #a15c00; }
[data-level="critical"] .dot { background: #b00020; }
.findings { margin-top: 6px; background: #fff; border: 1px solid #767676; border-radius: 8px; padding: 8px 12px; max-height: 50vh; overflow: auto; box-shadow: 0 2px 10px rgb(0 0 0 / 25%); }
.findings[hidden] { display: none; }
h2 { font-size: 13px; margin: 8px 0 4px; text-transform: uppercase; letter-spacing: .03em; }
[data-group="critical"] h2 { color: #b00020; }
[data-group="warning"] h2 { color: #8a4b00; }
[data-group="info"] h2 { color: #0b57d0; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-left: 4px solid #767676; padding: 4px 0 8px 8px; margin-bottom: 6px; }
li[data-severity="critical"] { border-color: #b00020; }
li[data-severity="warning"] { border-color: #a15c00; }
li[data-severity="info"] { border-color: #0b57d0; }
li.more { border-left: none; padding-left: 12px; color: #333; }
p { margin: 2px 0; }
.suggestion { color: #333; }
q { display: block; font-style: italic; color: #333; margin: 4px 0; }
.actions { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 4px; }
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

/**
 * The warning panel of one compose box: `<vaer-varsom-panel>` with an open shadow root, placed
 * beside the box (outside the editor's DOM). A quiet indicator when all is well; otherwise the
 * findings by severity, each with `data-rule` and `data-severity`. Announces changes politely.
 */
export class Panel {
  readonly host: HTMLElement;
  private readonly frame: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly badgeText: HTMLElement;
  private readonly list: HTMLElement;
  private readonly live: HTMLElement;
  private expanded: boolean | undefined;
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
    this.badgeText = h('span');
    this.badge = h('button', { type: 'button', class: 'badge', 'aria-expanded': 'false', 'aria-controls': 'findings' },
      h('span', { class: 'dot', 'aria-hidden': 'true' }), this.badgeText);
    onPersonsClick(this.badge, () => {
      this.setExpanded(!this.isExpanded());
      callbacks.onResize();
    });
    this.list = h('div', { class: 'findings', id: 'findings', hidden: '' });
    this.live = h('div', { role: 'status', 'aria-live': 'polite', class: 'visually-hidden' });
    this.frame = h('div', { class: 'panel', 'data-level': 'none' }, this.badge, this.list, this.live);
    root.append(this.frame);
    this.render([]);
  }

  setStrings(strings: PageStrings, findings: readonly Finding[]): void {
    this.strings = strings;
    this.rendered = '';
    this.render(findings);
  }

  /** Shows `findings` (already without ignored ones); does nothing when they have not changed. */
  render(findings: readonly Finding[]): void {
    const signature = JSON.stringify(findings.map((f) => [f.rule, f.severity, f.start, f.end, f.message]));
    if (signature === this.rendered) return;
    this.rendered = signature;
    const counts = { critical: 0, warning: 0, info: 0 };
    for (const finding of findings) counts[finding.severity]++;
    const summary = this.strings.summary(counts);
    this.frame.dataset.level = severityOrder.find((severity) => counts[severity] > 0) ?? 'none';
    this.badgeText.textContent = findings.length ? String(findings.length) : '✓';
    this.badge.setAttribute('aria-label', summary);
    this.badge.title = summary;
    this.list.replaceChildren(
      ...severityOrder
        .filter((severity) => counts[severity] > 0)
        .map((severity) =>
          h('section', { 'data-group': severity },
            h('h2', {}, this.strings.severity[severity]),
            h('ul', {}, ...groupByRule(findings.filter((f) => f.severity === severity)).flatMap((group) => [
              ...group.listed.map((f) => this.findingItem(f)),
              group.more > 0 && h('li', { class: 'more', 'data-more': group.rule }, this.strings.more(group.more)),
            ]))),
        ),
    );
    if (this.live.textContent !== summary) this.live.textContent = summary;
    this.setExpanded(this.expanded ?? (counts.critical > 0 || counts.warning > 0), false);
  }

  /** Places the panel beside the box; hidden while the box is not on screen. */
  place(box: DOMRect): void {
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height;
    this.host.style.visibility = visible ? 'visible' : 'hidden';
    if (!visible) return;
    this.frame.style.maxWidth = `${panelWidth}px`;
    const natural = this.frame.getBoundingClientRect().width;
    const { left, maxWidth, side } = placeBeside(box, natural, viewport);
    this.frame.style.maxWidth = `${Math.min(panelWidth, maxWidth)}px`;
    const top = panelTop(box, this.frame.getBoundingClientRect().height, side, viewport);
    const transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    if (this.host.style.transform !== transform) this.host.style.transform = transform;
  }

  /** Puts the panel back if the page removed it: a watched box always has its panel. */
  restore(): void {
    if (!this.host.isConnected) document.body.append(this.host);
  }

  remove(): void {
    this.host.remove();
  }

  private isExpanded(): boolean {
    return !this.list.hidden;
  }

  private setExpanded(expanded: boolean, byUser = true): void {
    if (byUser) this.expanded = expanded;
    const show = expanded && this.list.childElementCount > 0;
    this.list.hidden = !show;
    this.badge.setAttribute('aria-expanded', String(show));
  }

  private findingItem(finding: Finding): HTMLElement {
    const point = findPoint(finding.section);
    const ignore = h('button', { type: 'button', 'data-action': 'ignore' }, this.strings.ignore);
    onPersonsClick(ignore, () => this.callbacks.onIgnore(finding));
    const guidelineLink = h('a', { href: this.guideline.url(finding.section), target: '_blank', rel: 'noopener noreferrer', 'data-section': finding.section },
      this.strings.guidelineLink(point?.section.heading ?? finding.section));
    // A page may not open an extension page itself (it is not web-accessible): the background does.
    // Only the person's own click opens it: a script clicking the link opens nothing.
    guidelineLink.addEventListener('click', (event) => {
      event.preventDefault();
      if (event.isTrusted) this.guideline.open(finding.section);
    });
    return h('li', { 'data-rule': finding.rule, 'data-severity': finding.severity },
      h('p', { class: 'message' }, finding.message),
      finding.suggestion && h('p', { class: 'suggestion' }, finding.suggestion),
      finding.quote && h('q', {}, finding.quote),
      h('div', { class: 'actions' },
        guidelineLink,
        ignore),
    );
  }
}
