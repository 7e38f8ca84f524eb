// Everything the extension draws lives in one shadow root outside the fields: textarea underlines
// (a transparent mirror laid over the field) and the finding card. For contenteditable editors the
// underlines are CSS Custom Highlights: the page's DOM and text stay exactly as the editor made them.
import type { Finding } from '../messages.js';

const COLORS: Record<Finding['severity'], string> = { error: '#d23c3c', warning: '#d99a00', info: '#3d6ee8', hint: '#8a94a6' };

let shadow: ShadowRoot | undefined;

export function overlayRoot(): ShadowRoot {
  if (shadow) return shadow;
  const host = document.createElement('msglint-overlay');
  host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;';
  shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .mirror { position:absolute; overflow:hidden; pointer-events:none; color:transparent; white-space:pre-wrap; overflow-wrap:break-word; box-sizing:border-box; border-color:transparent !important; background:transparent !important; }
    .mirror mark { color:transparent; background:transparent; text-decoration:underline wavy; text-decoration-skip-ink:none; text-underline-offset:3px; }
    ${Object.entries(COLORS)
      .map(([s, c]) => `.mirror mark.${s} { text-decoration-color:${c}; }`)
      .join('\n')}
    .card { position:absolute; max-width:26rem; background:#fff; color:#1d2330; border:1px solid #c5cbd6; border-radius:6px; box-shadow:0 4px 16px rgba(0,0,0,.18); padding:.5rem .65rem; font:14px/1.4 system-ui, sans-serif; pointer-events:auto; }
    .card p { margin:.15rem 0 .35rem; }
    .card .rule { font:12px ui-monospace, monospace; color:#5a6475; }
    .card .why { color:#3a4252; font-size:13px; }
    .card button { font:inherit; font-size:13px; margin:.2rem .3rem 0 0; padding:.1rem .5rem; border:1px solid #3d6ee8; background:#eef3ff; border-radius:4px; cursor:pointer; }
  `;
  shadow.append(style);
  document.documentElement.append(host);
  return shadow;
}

let highlightSheet: CSSStyleSheet | undefined;

/** The ::highlight() styles, adopted by the document (no element is added to the page). */
function ensureHighlightStyles(): void {
  if (highlightSheet) return;
  highlightSheet = new CSSStyleSheet();
  highlightSheet.replaceSync(
    Object.entries(COLORS)
      .map(
        ([s, c]) =>
          `::highlight(msglint-${s}) { text-decoration: underline wavy ${c}; text-decoration-skip-ink: none; text-underline-offset: 3px; }`,
      )
      .join('\n'),
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlightSheet];
}

const highlightRanges = new Map<Element, { range: Range; severity: Finding['severity'] }[]>();

/** Sets the underlined ranges of one contenteditable field (empty to clear). */
export function setHighlights(field: Element, ranges: { range: Range; severity: Finding['severity'] }[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  ensureHighlightStyles();
  if (ranges.length === 0) highlightRanges.delete(field);
  else highlightRanges.set(field, ranges);
  for (const severity of Object.keys(COLORS) as Finding['severity'][]) {
    const all = [...highlightRanges.values()]
      .flat()
      .filter((r) => r.severity === severity)
      .map((r) => r.range);
    if (all.length > 0) CSS.highlights.set(`msglint-${severity}`, new Highlight(...all));
    else CSS.highlights.delete(`msglint-${severity}`);
  }
}

const MIRRORED = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'line-height',
  'text-transform',
  'word-spacing',
  'text-indent',
  'text-align',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-style',
  'direction',
  'tab-size',
];

/** A transparent copy of a textarea's text, laid exactly over it, whose marks draw the underlines. */
export class TextareaMirror {
  readonly element: HTMLDivElement;

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {
    this.element = document.createElement('div');
    this.element.className = 'mirror';
    overlayRoot().append(this.element);
  }

  render(text: string, findings: Finding[]): void {
    const parts: Node[] = [];
    let cursor = 0;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < cursor || f.end <= f.start) continue;
      parts.push(document.createTextNode(text.slice(cursor, f.start)));
      const mark = document.createElement('mark');
      mark.className = f.severity;
      mark.textContent = text.slice(f.start, f.end);
      mark.dataset.start = String(f.start);
      parts.push(mark);
      cursor = f.end;
    }
    parts.push(document.createTextNode(text.slice(cursor) + '\n'));
    this.element.replaceChildren(...parts);
    this.place();
  }

  /** Follows the field's position, size and scroll. */
  place(): void {
    const rect = this.field.getBoundingClientRect();
    const style = getComputedStyle(this.field);
    const mirror = this.element.style;
    for (const property of MIRRORED) mirror.setProperty(property, style.getPropertyValue(property));
    mirror.left = `${rect.left + scrollX}px`;
    mirror.top = `${rect.top + scrollY}px`;
    mirror.width = `${rect.width}px`;
    mirror.height = `${rect.height}px`;
    mirror.whiteSpace = this.field instanceof HTMLInputElement ? 'pre' : 'pre-wrap';
    mirror.display = rect.width === 0 ? 'none' : 'block';
    this.element.scrollTop = this.field.scrollTop;
    this.element.scrollLeft = this.field.scrollLeft;
  }

  /** The finding start under a point, if a mark is there. */
  startAt(x: number, y: number): number | undefined {
    for (const mark of this.element.querySelectorAll('mark')) {
      for (const r of mark.getClientRects())
        if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 4) return Number(mark.dataset.start);
    }
    return undefined;
  }

  remove(): void {
    this.element.remove();
  }
}
