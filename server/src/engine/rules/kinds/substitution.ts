import type { RawFinding } from '../../types.js';
import { textInScope, type CompiledRule } from '../compiledRule.js';
import { compilePatterns, matchAll } from '../patterns.js';
import type { SubstitutionRule } from '../ruleSchema.js';

/** Reports each swap pattern with a fix to its replacement, keeping the first letter's case. */
export function compileSubstitution(rule: SubstitutionRule): CompiledRule['run'] {
  const entries = Object.entries(rule.swap);
  // One pass over the text: each entry becomes a named group, so the match says which entry it was.
  const groups = entries.map(([pattern], i) => `(?<s${i}>${pattern})`);
  compilePatterns(entries.map(([pattern]) => pattern), rule.caseSensitive); // validates each pattern on its own
  // Checked entry by entry (the length and backtracking limits are per pattern, not per swap map).
  const checked = compilePatterns(groups, rule.caseSensitive);
  const combined = factorLookbehind(entries.map(([pattern]) => pattern), checked.flags) ?? checked;
  return (draft) => {
    const findings: RawFinding[] = [];
    for (const m of matchAll(combined, textInScope(rule, draft))) {
      const index = entries.findIndex((_, i) => m.groups?.[`s${i}`] !== undefined);
      const replacement = keepCase(m[0], entries[index][1]);
      const start = m.index;
      const end = start + m[0].length;
      findings.push({
        start,
        end,
        params: { match: m[0], replacement },
        fix: { title: `“${m[0]}” → “${replacement}”`, edits: [{ start, end, newText: replacement }], safe: rule.safe },
      });
    }
    return findings;
  };
}

function keepCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && replacement.length > 0) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * Consecutive entries that start with the same lookbehind (a phrase list's word boundary) and have no
 * top-level `|` are written with that lookbehind once in front: `P(?:(?<s0>a)|(?<s1>b))` matches
 * exactly what `(?<s0>Pa)|(?<s1>Pb)` matches (same order of attempts, same groups; alternation is
 * associative), but V8 tests the lookbehind once per position instead of once per entry.
 * Undefined when no two neighbours share one.
 */
function factorLookbehind(patterns: readonly string[], flags: string): RegExp | undefined {
  const split = patterns.map((pattern) => {
    const end = /^\(\?<[=!]/.test(pattern) ? groupEnd(pattern, 0) : -1;
    const rest = pattern.slice(end + 1);
    return end < 0 || hasTopLevelAlternation(rest) ? { prefix: '', rest: pattern } : { prefix: pattern.slice(0, end + 1), rest };
  });
  const parts: string[] = [];
  let factored = false;
  for (let i = 0; i < split.length; ) {
    const { prefix } = split[i];
    let j = i + 1;
    while (prefix && j < split.length && split[j].prefix === prefix) j++;
    if (j - i < 2) {
      parts.push(`(?:(?<s${i}>${patterns[i]}))`);
    } else {
      factored = true;
      const alternatives = split.slice(i, j).map((entry, k) => `(?:(?<s${i + k}>${entry.rest}))`);
      parts.push(`(?:${prefix}(?:${alternatives.join('|')}))`);
    }
    i = j;
  }
  return factored ? new RegExp(parts.join('|'), flags) : undefined;
}

/** Index of the `)` closing the group that opens at `open`, or -1; escapes and character classes are skipped. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(pattern, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    if (i < 0) return -1;
  }
  return -1;
}

function classEnd(pattern: string, open: number): number {
  for (let i = open + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return -1;
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(pattern, i);
      if (i < 0) return true; // unreadable: do not factor
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return depth !== 0;
}
