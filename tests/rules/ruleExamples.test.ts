// Every rule carries its own failing and passing examples (as Harper's rule files do); this runs them all,
// and applies each failing example's fixes and re-lints, so every fix is tested (tests/helpers/ruleExamples.ts).
import { describe, expect, it } from 'vitest';
import { builtinRulesDir, loadPackPaths } from '../../server/src/node/rulePackFiles.js';
import { builtinRules } from '../helpers/engine.js';
import { exampleChecks } from '../helpers/ruleExamples.js';

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
  describe(rule.definition.id, () => {
    for (const check of exampleChecks(rule, rules)) it(check.name, check.run);
  });
}
