import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node.js';
import type { Locale } from '../engine/index.js';
import { SOURCE } from './diagnostics.js';
import type { LintEntry } from './linting.js';

const LABELS = {
  good: { en: 'Better', zh: '更好的写法' },
  why: { en: 'Why', zh: '原因' },
  docs: { en: 'Rule documentation', zh: '规则说明' },
};

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Hover over a finding: its message, the rule's rationale and a good version, in the user's language. */
export function hover(entry: LintEntry, position: Position, markdown = true): Hover | null {
  const hits = entry.diagnostics.filter((d) => d.source === SOURCE && before(d.range.start, position) && before(position, d.range.end));
  if (hits.length === 0) return null;
  const locale: Locale = entry.locale;
  const text = markdown ? (s: string) => escapeMarkdown(oneLine(s)) : oneLine;
  const sections: string[] = [];
  for (const hit of hits) {
    const ruleId = String(hit.code);
    const rule = entry.context.rules.get(ruleId)?.definition;
    const lines = [markdown ? `**${text(hit.message)}** \`${ruleId}\`` : `${text(hit.message)} (${ruleId})`];
    if (rule) {
      lines.push(`${LABELS.why[locale]}: ${text(rule.rationale[locale])}`);
      if (rule.good) lines.push(`${LABELS.good[locale]}: ${text(rule.good[locale])}`);
      const href = rule.link;
      if (href) lines.push(markdown ? `[${LABELS.docs[locale]}](${href})` : `${LABELS.docs[locale]}: ${href}`);
    }
    sections.push(lines.join('\n\n'));
  }
  const range = hits.length === 1 ? hits[0].range : undefined;
  const value = sections.join(markdown ? '\n\n---\n\n' : '\n\n');
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, ...(range ? { range } : {}) };
}

/** Folded YAML text on one line, without the spaces YAML folding puts between Chinese characters. */
function oneLine(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '$1');
}

/** Keeps rule text literal in Markdown (angle brackets, emphasis and code markers). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_<>[\]])/g, '\\$1');
}
