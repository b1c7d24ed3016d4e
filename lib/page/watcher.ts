import type { OrganisationSettings } from '../engine';
import { BoxController, type PageEnvironment } from './controller';
import { closeConfirmDialog } from './dialog';
import { interceptPosting } from './intercept';
import type { SiteAdapter } from './sites/adapter';
import type { PageStrings } from './strings';
import type { GuidelineLink } from './panel';
import type { Analyzer } from './analysis';
import { analyzeDraft } from '../engine';

export interface WatcherOptions {
  adapter: SiteAdapter;
  settings: OrganisationSettings;
  strings: PageStrings;
  guideline: GuidelineLink;
  analyze?: Analyzer;
  /** Quiet time after the last keystroke before analysing (default 150 ms). */
  debounceMs?: number;
}

/** Added nodes are looked at in batches, at most this long after they appear. */
export const mutationBatchMs = 200;

const ownElement = /^vaer-varsom-/;

/**
 * Finds the site's compose boxes and gives each one a controller. Boxes are found through the
 * person's own focus and input (capture phase on the document), an initial scan, and a batched
 * look at added subtrees only – never a rescan of the whole page per mutation.
 */
export class Watcher {
  private readonly controllers = new Map<HTMLElement, BoxController>();
  private readonly env: PageEnvironment;
  private active: BoxController | undefined;
  private observer: MutationObserver | undefined;
  private added: Element[] = [];
  private removals = false;
  private batch: ReturnType<typeof setTimeout> | undefined;
  private stopIntercepting: (() => void) | undefined;

  constructor(options: WatcherOptions) {
    this.env = {
      adapter: options.adapter,
      analyze: options.analyze ?? analyzeDraft,
      guideline: options.guideline,
      debounceMs: options.debounceMs ?? 150,
      settings: options.settings,
      strings: options.strings,
    };
  }

  get adapter(): SiteAdapter {
    return this.env.adapter;
  }

  get running(): boolean {
    return this.observer !== undefined;
  }

  get boxCount(): number {
    return this.controllers.size;
  }

  /** The box focused last, if it is still watched. */
  get activeBox(): BoxController | undefined {
    return this.active && this.controllers.get(this.active.box) === this.active ? this.active : undefined;
  }

  get watched(): Iterable<BoxController> {
    return this.controllers.values();
  }

  start(): void {
    if (this.running) return;
    for (const [type, listener] of this.listeners) document.addEventListener(type, listener, true);
    this.observer = new MutationObserver((records) => this.noteMutations(records));
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.stopIntercepting = interceptPosting(this);
    this.rescan();
  }

  /** Stops watching and removes everything the extension put in the page. */
  stop(): void {
    if (!this.running) return;
    for (const [type, listener] of this.listeners) document.removeEventListener(type, listener, true);
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.batch);
    this.added = [];
    this.stopIntercepting?.();
    closeConfirmDialog();
    for (const controller of this.controllers.values()) controller.dispose();
    this.controllers.clear();
  }

  configure(settings: OrganisationSettings, strings: PageStrings): void {
    this.env.settings = settings;
    this.env.strings = strings;
    for (const controller of this.controllers.values()) controller.reconfigure();
  }

  /** Looks over the whole page once: at start and after SPA navigation, never per mutation. */
  rescan(): void {
    this.watchWithin(document.documentElement);
    this.forgetDetached();
  }

  /** The controller of the box an event happened in, watching the box from now on if it is new. */
  controllerFor(target: EventTarget | null): BoxController | undefined {
    if (!this.running || !(target instanceof Element)) return undefined;
    const box = target.closest<HTMLElement>(this.adapter.boxSelector);
    return box && this.accepts(box) ? this.watch(box) : undefined;
  }

  private readonly listeners: [string, (event: Event) => void][] = [
    ['focusin', (event) => {
      const controller = this.controllerFor(event.target);
      if (!controller) return;
      this.active = controller;
      controller.focused();
    }],
    ['focusout', (event) => this.existing(event.target)?.blurred()],
    ['input', (event) => this.controllerFor(event.target)?.schedule()],
    ['compositionstart', (event) => this.controllerFor(event.target)?.compositionStarted()],
    ['compositionend', (event) => this.existing(event.target)?.compositionEnded()],
  ];

  private existing(target: EventTarget | null): BoxController | undefined {
    const box = target instanceof Element ? target.closest<HTMLElement>(this.adapter.boxSelector) : null;
    return box ? this.controllers.get(box) : undefined;
  }

  private accepts(box: HTMLElement): boolean {
    return this.adapter.accepts?.(box) ?? true;
  }

  private watch(box: HTMLElement): BoxController {
    let controller = this.controllers.get(box);
    if (!controller) {
      controller = new BoxController(box, this.env);
      this.controllers.set(box, controller);
    }
    return controller;
  }

  private watchWithin(root: Element): void {
    if (root.matches(this.adapter.boxSelector) && this.accepts(root as HTMLElement)) this.watch(root as HTMLElement);
    for (const box of root.querySelectorAll<HTMLElement>(this.adapter.boxSelector)) if (this.accepts(box)) this.watch(box);
  }

  private forgetDetached(): void {
    for (const [box, controller] of this.controllers) {
      if (box.isConnected) continue;
      controller.dispose();
      this.controllers.delete(box);
    }
  }

  /** Cheap per mutation: remember added elements; look at them in one batch a little later. */
  private noteMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element && !ownElement.test(node.localName)) this.added.push(node);
      if (record.removedNodes.length) this.removals = true;
    }
    this.batch ??= setTimeout(() => this.processBatch(), mutationBatchMs);
  }

  private processBatch(): void {
    this.batch = undefined;
    const added = this.added;
    this.added = [];
    const removals = this.removals;
    this.removals = false;
    for (const element of added) if (element.isConnected) this.watchWithin(element);
    if (removals) {
      this.forgetDetached();
      for (const controller of this.controllers.values()) controller.restorePanel();
    }
    // An attachment preview may have come or gone: boxes near a change check their draft again.
    for (const controller of this.controllers.values()) {
      const composer = this.adapter.composer(controller.box);
      if (removals || added.some((element) => composer?.contains(element))) controller.schedule();
    }
  }
}
