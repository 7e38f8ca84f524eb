import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  FRONT_MATTER_KEY_DOCS,
  FRONT_MATTER_KEYS,
  FRONT_MATTER_VALUE_DOCS,
  FRONT_MATTER_VALUES,
  isFrontMatterFence,
  type Locale,
} from '../engine/index.js';
import { snippetToPlainText, type Snippet } from './snippets.js';

export interface CompletionCapabilities {
  snippets: boolean;
  /** The client declared `markdown` in `completionItem.documentationFormat`; else documentation is a plain string. */
  markdown: boolean;
  /** Offer `snippets/` (false when the client contributes them itself). */
  offerSnippets: boolean;
}

interface FrontMatterSpot {
  /** Line of the closing fence, or -1 while it is not typed yet. */
  close: number;
}

/** Whether `line` lies between the front matter fences (or after an opening fence not closed yet). */
export function frontMatterAt(doc: TextDocument, line: number): FrontMatterSpot | undefined {
  const first = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  if (!isFrontMatterFence(withoutLineBreak(first), 'open') || line === 0) return undefined;
  for (let l = 1; l < Math.min(doc.lineCount, 200); l++) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } });
    if (isFrontMatterFence(withoutLineBreak(text), 'close')) return line < l ? { close: l } : undefined;
  }
  return line < 200 ? { close: -1 } : undefined;
}

function withoutLineBreak(line: string): string {
  return line.replace(/(?:\r?\n|\r)$/, '');
}

export function completion(
  doc: TextDocument,
  position: Position,
  locale: Locale,
  caps: CompletionCapabilities,
  snippets: readonly Snippet[],
): CompletionItem[] {
  const lineText = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const fm = frontMatterAt(doc, position.line);
  if (fm) return frontMatterCompletion(doc, position, lineText, locale, caps, fm);
  if (!caps.offerSnippets) return [];
  const word = /[\w-]*$/.exec(lineText)![0];
  const range = { start: { line: position.line, character: position.character - word.length }, end: position };
  const atStart = doc.offsetAt(position) - word.length === 0;
  return snippets.flatMap((snippet) =>
    snippet.prefix
      // A front matter snippet only makes sense at the very top.
      .filter(() => atStart || !snippet.body.startsWith('---'))
      .map(
        (prefix): CompletionItem => ({
          label: prefix,
          kind: CompletionItemKind.Snippet,
          detail: snippet.name,
          documentation: caps.markdown
            ? {
                kind: MarkupKind.Markdown,
                value: `${snippet.description ? `${snippet.description}\n\n` : ''}\`\`\`markdown\n${snippetToPlainText(snippet.body)}\n\`\`\``,
              }
            : `${snippet.description ? `${snippet.description}\n\n` : ''}${snippetToPlainText(snippet.body)}`,
          insertTextFormat: caps.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range, newText: caps.snippets ? snippet.body : snippetToPlainText(snippet.body) },
          filterText: prefix,
          sortText: `1${prefix}`,
        }),
      ),
  );
}

function frontMatterCompletion(
  doc: TextDocument,
  position: Position,
  lineText: string,
  locale: Locale,
  caps: CompletionCapabilities,
  fm: FrontMatterSpot,
): CompletionItem[] {
  const valueMatch = /^([A-Za-z_-]+)([ \t]*):[ \t]*([\w-]*)$/.exec(lineText);
  if (valueMatch) {
    const [, key, beforeColon] = valueMatch;
    const allowed = FRONT_MATTER_VALUES[key];
    if (!allowed) return [];
    // Whatever is between the colon and the cursor (nothing, spaces, part of a word) and the rest of
    // the word after the cursor becomes `: value`: `channel:` never turns into `channel:alibaba`.
    const lineRest = doc.getText({ start: position, end: { line: position.line + 1, character: 0 } });
    const wordAfter = /^[\w-]*/.exec(lineRest)![0];
    const range = {
      start: { line: position.line, character: key.length + beforeColon.length },
      end: { line: position.line, character: position.character + wordAfter.length },
    };
    return allowed.map((value, i) => ({
      label: value,
      kind: CompletionItemKind.EnumMember,
      detail: `${key}: ${value}`,
      documentation: valueDoc(value) ? documentation(valueDoc(value)![locale], caps) : undefined,
      textEdit: { range, newText: `: ${value}` },
      filterText: `: ${value}`,
      sortText: String(i).padStart(2, '0'),
    }));
  }
  const keyMatch = /^([A-Za-z_-]*)$/.exec(lineText);
  if (!keyMatch) return [];
  const end = fm.close === -1 ? doc.lineCount : fm.close;
  const present = new Set(
    doc
      .getText({ start: { line: 1, character: 0 }, end: { line: end, character: 0 } })
      .split(/\r?\n|\r/)
      .map((l) => /^([A-Za-z_-]+)[ \t]*:/.exec(l)?.[1])
      .filter(Boolean),
  );
  const range = { start: { line: position.line, character: 0 }, end: position };
  return FRONT_MATTER_KEYS.filter((key) => !present.has(key) || key === keyMatch[1]).map((key, i) => {
    const values = FRONT_MATTER_VALUES[key];
    const snippet = values && caps.snippets ? `${key}: \${1|${values.join(',')}|}` : `${key}: `;
    return {
      label: key,
      kind: CompletionItemKind.Property,
      detail: values ? values.join(' | ') : undefined,
      documentation: documentation(FRONT_MATTER_KEY_DOCS[key][locale], caps),
      insertTextFormat: values && caps.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippet },
      sortText: String(i).padStart(2, '0'),
    };
  });
}

const keyDoc = (key: string) =>
  Object.hasOwn(FRONT_MATTER_KEY_DOCS, key) ? FRONT_MATTER_KEY_DOCS[key as keyof typeof FRONT_MATTER_KEY_DOCS] : undefined;
const valueDoc = (value: string) =>
  Object.hasOwn(FRONT_MATTER_VALUE_DOCS, value) ? FRONT_MATTER_VALUE_DOCS[value as keyof typeof FRONT_MATTER_VALUE_DOCS] : undefined;

/** Markdown for clients that declared it; a plain string (valid in every LSP version) for the others. */
function documentation(text: string, caps: CompletionCapabilities): MarkupContent | string {
  return caps.markdown ? { kind: MarkupKind.Markdown, value: text } : text;
}

/** Hover on a front matter key or value (when no finding is there): what it means. */
export function frontMatterHover(doc: TextDocument, position: Position, locale: Locale, markdown: boolean) {
  if (!frontMatterAt(doc, position.line)) return null;
  const line = doc
    .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
    .replace(/\r?\n$|\r$/, '');
  const m = /^([A-Za-z_-]+)([ \t]*:[ \t]*)([\w-]*)/.exec(line);
  if (!m) return null;
  const [, key, sep, value] = m;
  const onKey = position.character <= key.length;
  const valueStart = key.length + sep.length;
  const onValue = !onKey && value && position.character >= valueStart && position.character <= valueStart + value.length;
  const text = onKey ? keyDoc(key)?.[locale] : onValue && FRONT_MATTER_VALUES[key]?.includes(value) ? valueDoc(value)?.[locale] : undefined;
  if (!text) return null;
  const title = onKey ? key : `${key}: ${value}`;
  const range = onKey
    ? { start: { line: position.line, character: 0 }, end: { line: position.line, character: key.length } }
    : { start: { line: position.line, character: valueStart }, end: { line: position.line, character: valueStart + value.length } };
  return {
    contents: markdown
      ? { kind: MarkupKind.Markdown, value: `**${title}**\n\n${text}` }
      : { kind: MarkupKind.PlainText, value: `${title}\n\n${text}` },
    range,
  };
}
