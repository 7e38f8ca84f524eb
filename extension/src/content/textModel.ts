// The text of an editable field as the engine sees it, and the way back from offsets to the page:
// a DOM Range for contenteditable editors (Gmail, Outlook, WhatsApp Web, Lexical, iframe compose
// boxes), plain offsets for textarea and text inputs.

export type Field = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

export function isTextControl(field: Field): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
]);

interface Piece {
  node: Text;
  start: number;
}

export interface EditableText {
  text: string;
  pieces: Piece[];
}

/** Reads a contenteditable: text nodes in order, a line break for <br> and between blocks. */
export function readEditable(root: HTMLElement): EditableText {
  let text = '';
  const pieces: Piece[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child as Text, start: text.length });
        text += (child as Text).data;
      } else if (child instanceof HTMLBRElement) {
        text += '\n';
      } else if (child instanceof HTMLElement) {
        if (child.getAttribute('contenteditable') === 'false' || child instanceof HTMLScriptElement || child instanceof HTMLStyleElement)
          continue;
        const block = BLOCKS.has(child.tagName);
        if (block && text.length > 0 && !text.endsWith('\n')) text += '\n';
        walk(child);
        if (block && !text.endsWith('\n') && child.nextSibling) text += '\n';
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** The DOM position of a text offset (a line break between blocks maps to the end of the text before it). */
function domPosition(model: EditableText, offset: number): { node: Text; offset: number } | undefined {
  let best: Piece | undefined;
  for (const piece of model.pieces) {
    if (piece.start > offset) break;
    best = piece;
  }
  if (!best) return model.pieces[0] && { node: model.pieces[0].node, offset: 0 };
  return { node: best.node, offset: Math.min(offset - best.start, best.node.data.length) };
}

export function rangeOf(model: EditableText, start: number, end: number): Range | undefined {
  const from = domPosition(model, start);
  const to = domPosition(model, end);
  if (!from || !to) return undefined;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM point inside the editor, or undefined when it is elsewhere. */
export function offsetOf(model: EditableText, node: Node, offset: number): number | undefined {
  const piece = model.pieces.find((p) => p.node === node);
  if (piece) return piece.start + offset;
  // An element boundary: the start of its first text node at or after the point.
  const child = node.childNodes[offset] ?? node;
  const after = model.pieces.find(
    (p) =>
      child.compareDocumentPosition(p.node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY) || child === p.node,
  );
  return after?.start;
}

export function fieldText(field: Field): string {
  return isTextControl(field) ? field.value : readEditable(field).text;
}

/** The editable field an event happened in: a text control, or the root of a contenteditable region. */
export function editableRoot(target: EventTarget | null): Field | undefined {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return ['text', 'search', ''].includes(target.type) ? target : undefined;
  const start = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!(start instanceof HTMLElement) || !start.isContentEditable) return undefined;
  let root: HTMLElement = start;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}
