// Every rule carries its own failing and passing examples (as Harper's rule files do); this runs them all,
// and applies each failing example's fixes and re-lints, so every fix is tested.
import { describe, expect, it } from 'vitest';
import { applyFixes, LineIndex } from '../../server/src/engine/index.js';
import { builtinRulesDir, loadPackPaths } from '../../server/src/node/rulePackFiles.js';
import { builtinRules, exampleText, lint } from '../helpers/engine.js';

const rules = builtinRules();

describe('built-in rule packs', () => {
  it('load from YAML without errors, every pattern vetted', () => {
    // From the YAML itself, not the build-time snapshot, so schema and pattern checks all run.
    const packs = loadPackPaths([builtinRulesDir()]);
    expect(packs.flatMap((p) => p.errors)).toEqual([]);
    expect(packs.flatMap((p) => p.rules).length).toBeGreaterThan(0);
  });
});

for (const rule of rules.rules) {
  const { definition } = rule;
  describe(definition.id, () => {
    definition.examples.fail.forEach((example, i) => {
      const text = exampleText(example, definition);
      it(`flags failing example ${i + 1}`, () => {
        const ids = lint(text).diagnostics.map((d) => d.ruleId);
        expect(ids, text).toContain(definition.id);
      });
      // Only examples whose findings carry a fix get a fix test (a test with nothing to apply asserts nothing).
      const fixable = lint(text).diagnostics.some((d) => d.ruleId === definition.id && d.fix);
      if (fixable) {
        it(`fixes of failing example ${i + 1} leave no fixable finding of the rule`, () => {
          const own = lint(text).diagnostics.filter((d) => d.ruleId === definition.id && d.fix);
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
          const again = lint(fixed).diagnostics.filter((d) => d.ruleId === definition.id && d.fix);
          expect(again, fixed).toEqual([]);
        });
      }
    });
    definition.examples.pass.forEach((example, i) => {
      const text = exampleText(example, definition);
      it(`passes passing example ${i + 1}`, () => {
        const ids = lint(text).diagnostics.map((d) => d.ruleId);
        expect(ids, text).not.toContain(definition.id);
      });
    });
  });
}
