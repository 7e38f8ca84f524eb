// Substitution rules write a lookbehind shared by neighbouring swap entries once in front of them
// (faster in V8). The findings must be exactly those of the plain alternation, one group per entry.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintDraft, parseDraft, RuleSet } from '../../server/src/engine/index.js';
import { textInScope } from '../../server/src/engine/rules/compiledRule.js';
import { compilePatterns, matchAll } from '../../server/src/engine/rules/patterns.js';
import type { SubstitutionRule } from '../../server/src/engine/rules/ruleSchema.js';
import { loadBuiltinPacks } from '../../server/src/node/rulePackFiles.js';

const rules = new RuleSet(loadBuiltinPacks()).rules;
const substitutions = rules.filter((r) => r.definition.kind === 'substitution');

/** What the rule reported before the factoring: one alternation of `(?<sN>entry)` groups. */
function plainAlternation(rule: SubstitutionRule, text: string) {
  const entries = Object.entries(rule.swap);
  const combined = compilePatterns(entries.map(([p], i) => `(?<s${i}>${p})`), rule.caseSensitive);
  return [...matchAll(combined, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, entry: entries.findIndex((_, i) => m.groups?.[`s${i}`] !== undefined) }));
}

describe('substitution: shared lookbehinds factored out', () => {
  it('the built-in packs have substitution rules to compare', () => {
    expect(substitutions.length).toBeGreaterThan(0);
  });

  it('finds exactly what the plain alternation finds (random chat text)', () => {
    const piece = fc.constantFrom('thx', 'pls', ' lol', 'LOL', 'gd', ' morning', 'ty', '!', '.', ' ', 'b4', 'u', 'ur', 'r', 'n', '2day', 'x', 'a', '-', "'", 'asap', '!!', '\n', '谢', 'wat ', 'Thx', 'PLS', '3q');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (body) => {
        // Indented lines are Markdown code, which the rule does not read: the reference reads the same text.
        const text = `---\nchannel: whatsapp\nlang: en\n---\n${body}\n`;
        const diagnostics = lintDraft(text, rules).diagnostics;
        for (const rule of substitutions) {
          const definition = rule.definition as SubstitutionRule;
          const found = diagnostics.filter((d) => d.ruleId === definition.id).map((d) => ({ start: d.offsets.start, end: d.offsets.end, message: d.message }));
          const expected = plainAlternation(definition, textInScope(definition, parseDraft(text))).map(({ start, end, entry }) => ({ start, end, entry }));
          expect(found.map(({ start, end }) => ({ start, end }))).toEqual(expected.map(({ start, end }) => ({ start, end })));
          for (const [k, e] of expected.entries()) {
            const replacement = Object.values(definition.swap)[e.entry];
            expect(found[k].message.toLowerCase()).toContain(`“${replacement.toLowerCase()}”`);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
