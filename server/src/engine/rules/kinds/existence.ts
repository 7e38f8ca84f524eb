import { alreadyHas } from '../../fixes/placement.js';
import { clauseAround, spanContaining } from '../../text/sentences.js';
import type { RawFinding } from '../../types.js';
import { textInScope, type CompiledRule } from '../compiledRule.js';
import { compilePatterns, matchAll, test } from '../patterns.js';
import type { ExistenceRule } from '../ruleSchema.js';

/** Reports every match of the rule's patterns, unless its sentence or the counterpart's words say otherwise. */
export function compileExistence(rule: ExistenceRule): CompiledRule['run'] {
  const pattern = compilePatterns(rule.patterns, rule.caseSensitive);
  const unless = rule.unless && compilePatterns(rule.unless);
  const unlessClause = rule.unlessClause && compilePatterns(rule.unlessClause);
  const unlessQuoted = rule.unlessQuoted && compilePatterns(rule.unlessQuoted);
  return (draft) => {
    if (unlessQuoted && test(unlessQuoted, draft.quotedText)) return [];
    const text = textInScope(rule, draft);
    const findings: RawFinding[] = [];
    for (const m of matchAll(pattern, text)) {
      if (unless || unlessClause) {
        const sentence = spanContaining(draft.sentences, m.index);
        if (sentence && unless && test(unless, text, sentence.start, sentence.end)) continue;
        if (sentence && unlessClause) {
          const clause = clauseAround(text, sentence, m.index, m.index + m[0].length);
          if (test(unlessClause, text, clause.start, clause.end)) continue;
        }
      }
      const start = m.index;
      const end = m.index + m[0].length;
      const finding: RawFinding = { start, end, params: { match: m[0] } };
      if (rule.fix) {
        const target = rule.fix.target === 'sentence' ? (spanContaining(draft.sentences, m.index) ?? { start, end }) : { start, end };
        const newText = rule.fix.replace[draft.lang].replaceAll('{match}', m[0]);
        // The draft already says it (a second sentence with the same problem): never the same sentence twice.
        const said = newText.trim().length >= 12 && alreadyHas(draft.text, newText); // a sentence, not a mark like “!”
        if (!said || rule.fix.target === 'sentence') {
          const endWithSpace = said ? target.end + (/^[ \t]*/.exec(draft.text.slice(target.end))?.[0].length ?? 0) : target.end;
          finding.fix = {
            title: rule.fix.title[draft.lang],
            edits: [{ start: target.start, end: endWithSpace, newText: said ? '' : newText }],
            safe: rule.fix.safe && !said,
          };
        }
      }
      findings.push(finding);
    }
    return findings;
  };
}
