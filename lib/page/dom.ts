/** Small DOM builders for the extension's own UI: createElement and textContent only, never HTML from text. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Runs `action` only for the person's own clicks. The site's scripts share the DOM with our
 * panel and dialog and can `click()` them; only the browser can mark an event as trusted.
 */
export function onPersonsClick(element: HTMLElement, action: (event: MouseEvent) => void): void {
  element.addEventListener('click', (event) => {
    if (event.isTrusted) action(event);
  });
}

/**
 * An element of ours with an open shadow root, appended to <body> (outside every editor). Not
 * registered as a custom element: content scripts run in an isolated world without `customElements`.
 */
export function createShadowHost(name: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(name);
  const root = host.attachShadow({ mode: 'open' });
  root.append(h('style', {}, css));
  document.body.append(host);
  return { host, root };
}

/** Styles shared by the panel and the dialog: readable contrast (AA) and a visible focus ring. */
export const baseCss = `
:host { all: initial; }
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #4a4a4a; background: #fff; color: #1a1a1a; padding: 4px 10px; }
button:focus-visible, a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
a { color: #0b57d0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
