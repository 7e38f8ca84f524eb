import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FRONT_MATTER_KEYS, FRONT_MATTER_VALUES, isFrontMatterFence, type Locale } from '../engine/index.js';
import { snippetToPlainText, type Snippet } from './snippets.js';

type Doc = { en: string; zh: string };

export const KEY_DOCS: Record<string, Doc> = {
  channel: {
    en: 'Where the message is sent. Decides which channel checks apply (e.g. off-platform contact on marketplaces).',
    zh: '消息发送的渠道。决定哪些渠道相关的检查生效（例如平台上的站外联系）。',
  },
  stage: { en: 'Where the deal stands: inquiry, negotiation, order or after-sales.', zh: '交易所处阶段：询盘、谈判、下单或售后。' },
  lang: { en: 'Language of the draft: en, zh, or auto (detected).', zh: '草稿语言：en、zh 或 auto（自动检测）。' },
  to: { en: 'Recipient (name, company). Not checked; for your records.', zh: '收件人（姓名、公司）。不做检查，仅作记录。' },
  subject: { en: 'Email subject line.', zh: '邮件主题。' },
  refs: { en: 'References: order, quote or PO numbers.', zh: '参考编号：订单号、报价单号或采购单号。' },
};

export const VALUE_DOCS: Record<string, Doc> = {
  email: { en: 'Email: formal, may carry attachments and full quotes.', zh: '邮件：正式，可附带附件和完整报价。' },
  whatsapp: { en: 'WhatsApp chat: short messages, informal tone.', zh: 'WhatsApp 聊天：短消息，语气随意。' },
  wechat: { en: 'WeChat chat.', zh: '微信聊天。' },
  telegram: { en: 'Telegram chat.', zh: 'Telegram 聊天。' },
  linkedin: { en: 'LinkedIn message: professional network, first contact.', zh: 'LinkedIn 消息：职业社交，首次联系。' },
  sms: { en: 'Text message.', zh: '短信。' },
  alibaba: {
    en: 'Alibaba.com inquiry messages: platform rules on off-platform contact and payment apply.',
    zh: '阿里巴巴国际站询盘消息：平台关于站外联系和付款的规则适用。',
  },
  marketplace: { en: 'Other B2B marketplace messaging: platform rules apply.', zh: '其他 B2B 平台站内信：平台规则适用。' },
  phone: { en: 'Notes or a script for a call.', zh: '电话记录或通话稿。' },
  inquiry: { en: 'First contact or answering an inquiry.', zh: '首次联系或回复询盘。' },
  negotiation: { en: 'Prices, terms and samples under discussion.', zh: '正在讨论价格、条款和样品。' },
  order: { en: 'Order placed or being placed: payment, production, shipping.', zh: '已下单或正在下单：付款、生产、发货。' },
  'after-sales': { en: 'After delivery: complaints, returns, repeat orders.', zh: '交货之后：投诉、退货、返单。' },
  en: { en: 'English.', zh: '英文。' },
  zh: { en: 'Chinese.', zh: '中文。' },
  auto: { en: 'Detect the language from the text.', zh: '根据正文自动检测语言。' },
};

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
      documentation: VALUE_DOCS[value] ? documentation(VALUE_DOCS[value][locale], caps) : undefined,
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
      documentation: documentation(KEY_DOCS[key]?.[locale] ?? '', caps),
      insertTextFormat: values && caps.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: snippet },
      sortText: String(i).padStart(2, '0'),
    };
  });
}

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
  const text = onKey
    ? KEY_DOCS[key]?.[locale]
    : onValue && FRONT_MATTER_VALUES[key]?.includes(value)
      ? VALUE_DOCS[value]?.[locale]
      : undefined;
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
