import type { Draft } from '../draft/parseDraft.js';

/**
 * Inline suppression, as in markdownlint:
 *   <!-- msglint-disable [rule-or-category ...] -->   until a matching enable (or the end)
 *   <!-- msglint-enable [rule-or-category ...] -->
 *   <!-- msglint-disable-next-line [rule-or-category ...] -->
 *   <!-- msglint-disable-line [rule-or-category ...] -->
 * No names means every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

const DIRECTIVE = /<!--\s*msglint-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/;

interface RegionEvent {
  offset: number;
  kind: 'disable' | 'enable';
  names: string[];
}

export function readSuppressions(draft: Draft): Suppressions {
  const regions: RegionEvent[] = [];
  const lineRules = new Map<number, string[][]>();
  for (const comment of draft.markdown.comments) {
    const m = DIRECTIVE.exec(draft.text.slice(comment.start, comment.end));
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    if (m[1] === 'disable' || m[1] === 'enable') {
      regions.push({ offset: m[1] === 'disable' ? comment.start : comment.end, kind: m[1], names });
    } else {
      const line = draft.lines.lineOf(m[1] === 'disable-line' ? comment.start : comment.end) + (m[1] === 'disable-next-line' ? 1 : 0);
      lineRules.set(line, [...(lineRules.get(line) ?? []), names]);
    }
  }
  if (regions.length === 0 && lineRules.size === 0) return { isSuppressed: () => false };
  regions.sort((a, b) => a.offset - b.offset);
  return {
    isSuppressed(ruleId, offset) {
      const onLine = lineRules.get(draft.lines.lineOf(offset));
      if (onLine?.some((names) => covers(names, ruleId))) return true;
      let disabled = false;
      for (const event of regions) {
        if (event.offset > offset) break;
        if (covers(event.names, ruleId)) disabled = event.kind === 'disable';
      }
      return disabled;
    },
  };
}

function covers(names: string[], ruleId: string): boolean {
  return names.length === 0 || names.some((name) => name === ruleId || ruleId.startsWith(`${name}/`));
}
