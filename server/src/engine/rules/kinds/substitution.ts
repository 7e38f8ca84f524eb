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
  const combined = compilePatterns(groups, rule.caseSensitive);
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
