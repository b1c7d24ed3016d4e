/**
 * Reading a compose box's draft without touching it. For contenteditable editors the text is
 * rebuilt from the DOM the way the editors themselves join it (Lexical: paragraphs joined by a
 * blank line; Draft.js: blocks by one line break; a trailing placeholder `<br>` is no text), so
 * that offsets map back to text nodes for highlighting, identically in every browser.
 */
export interface TextNodeAt {
  node: Text;
  /** Offset of the node's first character in the draft text. */
  start: number;
}

export interface DraftText {
  text: string;
  /** Text nodes of a contenteditable box in order (empty for textareas). */
  nodes: TextNodeAt[];
}

const blockSelector = 'p, div, h1, h2, h3, h4, h5, h6, li, ul, ol, blockquote, pre';

export function isTextField(box: Element): box is HTMLTextAreaElement | HTMLInputElement {
  return box.localName === 'textarea' || box.localName === 'input';
}

export function readDraft(box: HTMLElement): DraftText {
  if (isTextField(box)) return { text: box.value, nodes: [] };
  const separator = box.hasAttribute('data-lexical-editor') ? '\n\n' : '\n';
  const nodes: TextNodeAt[] = [];
  let text = '';
  let blocks = 0;

  const appendBlock = (inline: Node[]) => {
    if (blocks++ > 0) text += separator;
    if (inline.at(-1)?.nodeName === 'BR') inline.pop(); // the editors' placeholder for an empty line
    for (const node of inline) {
      if (node.nodeType === Node.TEXT_NODE) {
        nodes.push({ node: node as Text, start: text.length });
        text += (node as Text).data;
      } else {
        text += '\n';
      }
    }
  };

  // White space between blocks (markup formatting) is no line of its own.
  const appendRun = (run: Node[]) => {
    if (run.some((node) => node.nodeName === 'BR' || /\S/u.test(node.textContent ?? ''))) appendBlock(run);
  };
  const visit = (container: Node) => {
    let run: Node[] = [];
    for (const child of container.childNodes) {
      if (child instanceof Element && child.matches(blockSelector)) {
        appendRun(run);
        run = [];
        if (child.querySelector(blockSelector)) visit(child);
        else appendBlock(inlineNodes(child, []));
      } else {
        inlineNodes(child, run);
      }
    }
    appendRun(run);
  };
  visit(box);
  return { text, nodes };
}

/** Text nodes and line breaks under `node`, in document order. */
function inlineNodes(node: Node, into: Node[]): Node[] {
  if (node.nodeType === Node.TEXT_NODE || node.nodeName === 'BR') into.push(node);
  else for (const child of node.childNodes) inlineNodes(child, into);
  return into;
}

/** The text node and offset inside it for a draft offset; `after` picks the node ending there over the one starting there. */
function positionAt(nodes: readonly TextNodeAt[], offset: number, after: boolean): { node: Text; offset: number } | undefined {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const starts = nodes[middle]!.start;
    if (starts < offset || (starts === offset && !after)) low = middle;
    else high = middle - 1;
  }
  const found = nodes[low];
  if (!found) return undefined;
  const inside = offset - found.start;
  if (inside >= 0 && inside <= found.node.length) return { node: found.node, offset: inside };
  // The offset falls on a line break between nodes: move to the next node's start.
  const next = nodes[low + 1];
  return next && offset < next.start ? { node: next.node, offset: 0 } : undefined;
}

/** A DOM Range over draft offsets `start…end` in a contenteditable box (undefined for textareas or stale offsets). */
export function rangeOf(draft: DraftText, start: number, end: number): Range | undefined {
  const from = positionAt(draft.nodes, start, false);
  const to = positionAt(draft.nodes, end, true);
  if (!from || !to) return undefined;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
