// The generic runner of rule examples: every rule's failing examples must be flagged by it (and its
// fixes, applied, must leave no fixable finding of it), its passing examples must not. Used for the
// built-in packs (tests/rules/ruleExamples.test.ts) and for packs a test edits as the guide says.
import { expect } from 'vitest';
import { applyFixes, LineIndex, lintDraft, type CompiledRule, type RuleSet } from '../../server/src/engine/index.js';
import { exampleText } from './engine.js';

export interface ExampleCheck {
  /** "flags failing example 1", "passes passing example 2", … */
  name: string;
  /** Throws (a vitest expectation error) when the example does not hold. */
  run(): void;
}

/** One check per example of `rule` (plus one per fixable failing example), linted with all of `rules`. */
export function exampleChecks(rule: CompiledRule, rules: RuleSet): ExampleCheck[] {
  const { definition } = rule;
  const lint = (text: string) => lintDraft(text, rules.rules).diagnostics;
  const checks: ExampleCheck[] = [];
  definition.examples.fail.forEach((example, i) => {
    const text = exampleText(example, definition);
    checks.push({
      name: `flags failing example ${i + 1}`,
      run: () =>
        expect(
          lint(text).map((d) => d.ruleId),
          text,
        ).toContain(definition.id),
    });
    // Only examples whose findings carry a fix get a fix check (a check with nothing to apply asserts nothing).
    if (!lint(text).some((d) => d.ruleId === definition.id && d.fix)) return;
    checks.push({
      name: `fixes of failing example ${i + 1} leave no fixable finding of the rule`,
      run: () => {
        const own = lint(text).filter((d) => d.ruleId === definition.id && d.fix);
        expect(own.length).toBeGreaterThan(0);
        const lines = new LineIndex(text);
        const fixed = applyFixes(
          text,
          own.map((d) => ({
            edits: d.fix!.edits.map((e) => ({
              start: lines.offsetAt(e.range.start),
              end: lines.offsetAt(e.range.end),
              newText: e.newText,
            })),
          })),
        ).text;
        expect(fixed).not.toEqual(text);
        expect(
          lint(fixed).filter((d) => d.ruleId === definition.id && d.fix),
          fixed,
        ).toEqual([]);
      },
    });
  });
  definition.examples.pass.forEach((example, i) => {
    const text = exampleText(example, definition);
    checks.push({
      name: `passes passing example ${i + 1}`,
      run: () =>
        expect(
          lint(text).map((d) => d.ruleId),
          text,
        ).not.toContain(definition.id),
    });
  });
  return checks;
}
