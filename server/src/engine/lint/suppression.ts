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
  /** Every rule or category named in a directive, where it is written (to flag unknown names). */
  names: { name: string; start: number; end: number }[];
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
  const named: Suppressions['names'] = [];
  for (const comment of draft.markdown.comments) {
    const m = DIRECTIVE.exec(draft.text.slice(comment.start, comment.end));
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const listStart = comment.start + m.index + m[0].length - m[2].length - 3;
    for (const found of m[2].matchAll(/[^\s,]+/g))
      named.push({ name: found[0], start: listStart + found.index!, end: listStart + found.index! + found[0].length });
    if (m[1] === 'disable' || m[1] === 'enable') {
      regions.push({ offset: m[1] === 'disable' ? comment.start : comment.end, kind: m[1], names });
    } else {
      const line = draft.lines.lineOf(m[1] === 'disable-line' ? comment.start : comment.end) + (m[1] === 'disable-next-line' ? 1 : 0);
      lineRules.set(line, [...(lineRules.get(line) ?? []), names]);
    }
  }
  if (regions.length === 0 && lineRules.size === 0) return { isSuppressed: () => false, names: named };
  regions.sort((a, b) => a.offset - b.offset);
  // The last disable/enable covering a rule decides. Events are indexed by the name they cover
  // ('' for every rule), so a finding looks up its rule id and its category: O(log n), not O(n).
  const byName = new Map<string, { offset: number; seq: number; disable: boolean }[]>();
  regions.forEach((event, seq) => {
    for (const name of event.names.length === 0 ? [''] : new Set(event.names)) {
      const list = byName.get(name) ?? [];
      list.push({ offset: event.offset, seq, disable: event.kind === 'disable' });
      byName.set(name, list);
    }
  });
  return {
    names: named,
    isSuppressed(ruleId, offset) {
      const onLine = lineRules.get(draft.lines.lineOf(offset));
      if (onLine?.some((names) => covers(names, ruleId))) return true;
      let last: { seq: number; disable: boolean } | undefined;
      for (const name of namesCovering(ruleId)) {
        const list = byName.get(name);
        if (!list) continue;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].offset <= offset) lo = mid + 1;
          else hi = mid;
        }
        const event = list[lo - 1];
        if (event && (!last || event.seq > last.seq)) last = event;
      }
      return last?.disable ?? false;
    },
  };
}

/** Every name that covers the rule: all rules (''), the id itself, and each `prefix` of `prefix/…`. */
function namesCovering(ruleId: string): string[] {
  const names = ['', ruleId];
  for (let i = ruleId.indexOf('/'); i > 0; i = ruleId.indexOf('/', i + 1)) names.push(ruleId.slice(0, i));
  return names;
}

function covers(names: string[], ruleId: string): boolean {
  return names.length === 0 || names.some((name) => name === ruleId || ruleId.startsWith(`${name}/`));
}
